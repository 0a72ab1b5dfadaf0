package org.ntc.hub.library;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Review;
import org.ntc.hub.platform.WebContext;

/** The library API. */
public final class LibraryRoutes {
  private final LibraryService library;

  public LibraryRoutes(LibraryService library) {
    this.library = library;
  }

  public void mount(Router router) {
    router.get("/api/v1/library").respond(ctx -> library.search(EntrySearch.from(ctx.queryParams(), 20))
        .map(results -> results.toJson(Languages.of(ctx))));
    // Who may ask is settled before the body is read: an anonymous caller hears 401, not what its body lacks.
    router.post("/api/v1/library").respond(ctx -> answer(ctx, library
        .create(NewEntry.from(Bodies.json(WebContext.signedIn(ctx))), WebContext.viewer(ctx)))
        .onSuccess(created -> ctx.response().setStatusCode(201)));
    router.get("/api/v1/library/:id").respond(ctx -> answer(ctx, library.find(Ids.path(ctx, "id"), WebContext.viewer(ctx))));
    router.patch("/api/v1/library/:id").respond(ctx -> answer(ctx, library
        .update(Ids.path(ctx, "id"), EntryChange.from(Bodies.json(WebContext.signedIn(ctx))), WebContext.viewer(ctx))));
    router.post("/api/v1/library/:id/submit").respond(ctx -> answer(ctx, library
        .submit(Ids.path(ctx, "id"), WebContext.viewer(ctx))));
    router.post("/api/v1/library/:id/archive").respond(ctx -> answer(ctx, library
        .archive(Ids.path(ctx, "id"), WebContext.viewer(ctx))));
    router.post("/api/v1/library/:id/restore").respond(ctx -> answer(ctx, library
        .restore(Ids.path(ctx, "id"), WebContext.viewer(ctx))));
    router.post("/api/v1/library/:id/review").respond(ctx -> answer(ctx, library
        .review(Ids.path(ctx, "id"), Review.from(Bodies.json(WebContext.staffOnly(ctx))), WebContext.viewer(ctx))));
  }

  private static Future<JsonObject> answer(RoutingContext ctx, Future<LibraryService.Viewed> viewed) {
    return viewed.map(v -> v.toJson(Languages.of(ctx)));
  }


}
