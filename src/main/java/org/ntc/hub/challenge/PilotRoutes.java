package org.ntc.hub.challenge;

import io.vertx.ext.web.Router;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.WebContext;

/** {@code /api/v1/pilots}. */
public final class PilotRoutes {
  private final PilotService pilots;

  public PilotRoutes(PilotService pilots) {
    this.pilots = pilots;
  }

  public void mount(Router router) {
    router.post("/api/v1/pilots").respond(ctx -> pilots.create(Bodies.json(ctx), WebContext.viewer(ctx), Languages.of(ctx))
        .onSuccess(created -> ctx.response().setStatusCode(201)));
    router.get("/api/v1/pilots").respond(ctx -> {
      FieldErrors errors = new FieldErrors();
      java.util.UUID showcase = errors.uuid(Bodies.query(ctx.queryParams()), "showcaseId", true);
      errors.throwIfAny();
      Paging paging = Paging.from(ctx.queryParams(), 20);
      return pilots.ofShowcase(showcase, WebContext.viewer(ctx), Languages.of(ctx)).map(paging::slice);
    });
    router.patch("/api/v1/pilots/:id").respond(ctx -> pilots.update(Ids.path(ctx, "id"), Bodies.json(ctx), WebContext.viewer(ctx),
        Languages.of(ctx)));
  }
}
