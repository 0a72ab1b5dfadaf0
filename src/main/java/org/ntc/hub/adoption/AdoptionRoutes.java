package org.ntc.hub.adoption;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.util.HashMap;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.WebContext;

/** The adoption API: the regions, and where showcased technology is in use. */
public final class AdoptionRoutes {
  private final AdoptionService adoptions;

  public AdoptionRoutes(AdoptionService adoptions) {
    this.adoptions = adoptions;
  }

  public void mount(Router router) {
    router.get("/api/v1/regions").respond(ctx -> Future.succeededFuture(Paging.from(ctx.queryParams(), Paging.MAX_PAGE_SIZE)
        .slice(regions(Languages.of(ctx)))));
    router.get("/api/v1/adoptions").respond(ctx -> adoptions.list(AdoptionQuery.from(ctx.queryParams()))
        .map(results -> results.toJson(Languages.of(ctx))));
    // Who may ask is settled before the body is read: an anonymous caller hears 401, not what its body lacks.
    router.post("/api/v1/adoptions").respond(ctx -> adoptions
        .record(NewAdoption.from(Bodies.json(WebContext.signedIn(ctx)), adoptions.today()), WebContext.viewer(ctx), WebContext.address(ctx))
        .onSuccess(saved -> ctx.response().setStatusCode(saved.created() ? 201 : 200))
        .map(saved -> saved.adoption().toJson(Languages.of(ctx))));
    router.get("/api/v1/adoptions/:id").respond(ctx -> adoptions.find(Ids.path(ctx, "id"))
        .map(adoption -> adoption.toJson(Languages.of(ctx))));
    router.patch("/api/v1/adoptions/:id").respond(ctx -> adoptions
        .change(Ids.path(ctx, "id"), AdoptionChange.from(Bodies.json(WebContext.signedIn(ctx)), adoptions.today()), WebContext.viewer(ctx),
            WebContext.address(ctx))
        .map(adoption -> adoption.toJson(Languages.of(ctx))));
    router.delete("/api/v1/adoptions/:id").respond(ctx -> adoptions
        .remove(Ids.path(ctx, "id"), WebContext.viewer(ctx), WebContext.address(ctx)).<Void>mapEmpty()
        .onSuccess(done -> ctx.response().setStatusCode(204)));
  }

  /** Every region (one page holds them all), Finland's first, with its name in the caller's language and in all three. */
  static JsonArray regions(String lang) {
    return new JsonArray(Region.values().stream().map(r -> new JsonObject().put("id", r.id()).put("country", r.country())
        .put("name", r.name(lang)).put("nameI18n", new JsonObject(new HashMap<>(r.names())))
        .put("latitude", r.latitude()).put("longitude", r.longitude())).toList());
  }

}
