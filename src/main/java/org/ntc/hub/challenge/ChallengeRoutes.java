package org.ntc.hub.challenge;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Review;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.WebContext;

/** {@code /api/v1/challenges} and the digest of needs in followed categories. */
public final class ChallengeRoutes {
  private final ChallengeService challenges;

  public ChallengeRoutes(ChallengeService challenges) {
    this.challenges = challenges;
  }

  public void mount(Router router) {
    router.get("/api/v1/me/digest").respond(ctx -> {
      Paging paging = Paging.from(ctx.queryParams(), 20);
      return challenges.digest(WebContext.viewer(ctx)).map(list -> paging.slice(Challenge.toJson(list, Languages.of(ctx))));
    });
    router.get("/api/v1/challenges").respond(ctx -> {
      Paging paging = Paging.from(ctx.queryParams(), 20);
      return challenges.list(paging).map(list -> list.toJson(paging, Languages.of(ctx)));
    });
    router.post("/api/v1/challenges").respond(ctx -> {
      JsonObject body = Bodies.json(ctx);
      Viewer viewer = WebContext.viewer(ctx).requireSignedIn();
      return challenges.create(NewChallenge.from(body, challenges.today()), viewer).map(created -> {
        ctx.response().setStatusCode(201);
        return created.toJson(Languages.of(ctx));
      });
    });
    router.get("/api/v1/challenges/gaps").respond(ctx -> {
      Paging paging = Paging.from(ctx.queryParams(), 20);
      Viewer viewer = WebContext.viewer(ctx).requireStaff();
      return challenges.gaps(viewer).map(list -> paging.slice(Challenge.toJson(list, Languages.of(ctx))));
    });
    router.get("/api/v1/challenges/:id").respond(ctx -> challenges.visible(Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .map(c -> c.toJson(Languages.of(ctx))));
    router.patch("/api/v1/challenges/:id").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      JsonObject body = Bodies.json(ctx);
      Viewer viewer = WebContext.viewer(ctx).requireSignedIn();
      return challenges.update(id, ChallengeChange.from(body, challenges.today()), viewer).map(c -> c.toJson(Languages.of(ctx)));
    });
    router.post("/api/v1/challenges/:id/close").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      JsonObject body = Bodies.json(ctx);
      Viewer viewer = WebContext.viewer(ctx).requireSignedIn();
      return challenges.close(id, ChallengeClosing.from(body), viewer).map(c -> c.toJson(Languages.of(ctx)));
    });
    router.post("/api/v1/challenges/:id/submit").respond(ctx -> challenges.submit(Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .map(c -> c.toJson(Languages.of(ctx))));
    router.post("/api/v1/challenges/:id/review").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      JsonObject body = Bodies.json(ctx);
      Viewer viewer = WebContext.viewer(ctx).requireStaff();
      return challenges.review(id, Review.from(body), viewer).map(c -> c.toJson(Languages.of(ctx)));
    });
    router.get("/api/v1/challenges/:id/matches").respond(ctx -> {
      Paging paging = Paging.from(ctx.queryParams(), 20);
      UUID id = Ids.path(ctx, "id");
      return challenges.matches(id, WebContext.viewer(ctx))
          .map(list -> paged(id, list.stream().map(m -> m.toJson(Languages.of(ctx))).toList(), paging));
    });
    router.post("/api/v1/challenges/:id/answers").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      JsonObject body = Bodies.json(ctx);
      Viewer viewer = WebContext.viewer(ctx).requireSignedIn();
      return challenges.answer(id, NewAnswer.from(body), viewer).map(sent -> {
        ctx.response().setStatusCode(201);
        return sent.toJson();
      });
    });
    router.get("/api/v1/challenges/:id/answers").respond(ctx -> {
      Paging paging = Paging.from(ctx.queryParams(), 20);
      UUID id = Ids.path(ctx, "id");
      return challenges.answers(id, WebContext.viewer(ctx))
          .map(list -> paged(id, list.stream().map(a -> a.toJson(Languages.of(ctx))).toList(), paging));
    });
  }

  /** One page of the need's items, and the need's id. */
  private static JsonObject paged(UUID id, List<JsonObject> items, Paging paging) {
    return paging.slice(items).put("challengeId", id.toString());
  }
}
