package org.ntc.hub.challenge;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.WebContext;

/** {@code /api/v1/challenges}. */
public final class ChallengeRoutes {
  private final ChallengeService challenges;

  public ChallengeRoutes(ChallengeService challenges) {
    this.challenges = challenges;
  }

  public void mount(Router router) {
    router.get("/api/v1/me/digest").respond(ctx -> {
      Paging paging = Paging.from(ctx.queryParams(), 20);
      return challenges.digest(WebContext.viewer(ctx), Languages.of(ctx)).map(paging::slice);
    });
    router.get("/api/v1/challenges").respond(ctx -> challenges.list(Paging.from(ctx.queryParams(), 20), Languages.of(ctx)));
    router.post("/api/v1/challenges").respond(ctx -> challenges.create(Bodies.json(ctx), WebContext.viewer(ctx), Languages.of(ctx))
        .onSuccess(created -> ctx.response().setStatusCode(201)));
    router.get("/api/v1/challenges/:id").respond(ctx -> challenges.visible(Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .map(c -> c.toJson(Languages.of(ctx))));
    router.post("/api/v1/challenges/:id/submit").respond(ctx -> challenges.submit(Ids.path(ctx, "id"), WebContext.viewer(ctx),
        Languages.of(ctx)));
    router.post("/api/v1/challenges/:id/review").respond(ctx -> challenges.review(Ids.path(ctx, "id"), Bodies.json(ctx),
        WebContext.viewer(ctx), Languages.of(ctx)));
    router.get("/api/v1/challenges/:id/matches").respond(ctx -> {
      Paging paging = Paging.from(ctx.queryParams(), 20);
      return challenges.matches(Ids.path(ctx, "id"), WebContext.viewer(ctx), Languages.of(ctx)).map(json -> paged(json, paging));
    });
    router.post("/api/v1/challenges/:id/answers").respond(ctx -> challenges.answer(Ids.path(ctx, "id"), Bodies.json(ctx),
        WebContext.viewer(ctx)).onSuccess(created -> ctx.response().setStatusCode(201)));
    router.get("/api/v1/challenges/:id/answers").respond(ctx -> {
      Paging paging = Paging.from(ctx.queryParams(), 20);
      return challenges.answers(Ids.path(ctx, "id"), WebContext.viewer(ctx), Languages.of(ctx)).map(json -> paged(json, paging));
    });
  }

  /** The need's id and one page of its items. */
  private static JsonObject paged(JsonObject json, Paging paging) {
    return paging.slice(json.getJsonArray("items")).put("challengeId", json.getString("challengeId"));
  }
}
