package org.ntc.hub.review;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.WebContext;

/** The "we tried it" API: a showcase's reviews, the company's answers, staff's hiding, and "useful" marks. */
public final class ReviewRoutes {
  private static final String REVIEWS = "/api/v1/showcases/:id/reviews";
  private static final String REVIEW = REVIEWS + "/:reviewId";
  private final ReviewService reviews;

  public ReviewRoutes(ReviewService reviews) {
    this.reviews = reviews;
  }

  public void mount(Router router) {
    router.get(REVIEWS).respond(ctx -> reviews.list(Ids.path(ctx, "id"), viewer(ctx), Paging.from(ctx.queryParams(), 20))
        .map(listing -> listing.toJson(viewer(ctx), Languages.of(ctx))));
    // Who may ask is settled before the body is read: an anonymous caller hears 401, not what its body lacks.
    router.post(REVIEWS).respond(ctx -> reviews
        .write(Ids.path(ctx, "id"), NewReview.from(Bodies.json(WebContext.signedIn(ctx)), Languages.of(ctx)), viewer(ctx))
        .onSuccess(review -> ctx.response().setStatusCode(201).putHeader("Location", "/api/v1/showcases/" + review.showcaseId()
            + "/reviews/" + review.id()))
        .map(review -> review.toJson(viewer(ctx), Languages.of(ctx))));
    router.get(REVIEW).respond(ctx -> reviews.find(Ids.path(ctx, "id"), Ids.path(ctx, "reviewId"), viewer(ctx))
        .map(review -> review.toJson(viewer(ctx), Languages.of(ctx))));
    router.patch(REVIEW).respond(ctx -> reviews
        .change(Ids.path(ctx, "id"), Ids.path(ctx, "reviewId"), ReviewChange.from(Bodies.json(WebContext.signedIn(ctx))), viewer(ctx))
        .map(review -> review.toJson(viewer(ctx), Languages.of(ctx))));
    router.delete(REVIEW).respond(ctx -> reviews.delete(Ids.path(ctx, "id"), Ids.path(ctx, "reviewId"), viewer(ctx)).<Void>mapEmpty()
        .onSuccess(done -> ctx.response().setStatusCode(204)));
    router.post(REVIEW + "/answer").respond(ctx -> reviews
        .answer(Ids.path(ctx, "id"), Ids.path(ctx, "reviewId"), NewAnswer.from(Bodies.json(WebContext.signedIn(ctx))).text(), viewer(ctx))
        .map(review -> review.toJson(viewer(ctx), Languages.of(ctx))));
    router.post(REVIEW + "/hide").respond(ctx -> reviews
        .hide(Ids.path(ctx, "id"), Ids.path(ctx, "reviewId"), Hiding.from(Bodies.json(WebContext.staffOnly(ctx))).reason(), viewer(ctx),
            WebContext.address(ctx))
        .map(review -> review.toJson(viewer(ctx), Languages.of(ctx))));
    router.post(REVIEW + "/restore").respond(ctx -> reviews
        .restore(Ids.path(ctx, "id"), Ids.path(ctx, "reviewId"), noFields(WebContext.staffOnly(ctx)), WebContext.address(ctx))
        .map(review -> review.toJson(viewer(ctx), Languages.of(ctx))));
    router.put("/api/v1/showcases/:id/useful").respond(ctx -> reviews.useful(Ids.path(ctx, "id"), true, noFields(WebContext.signedIn(ctx)))
        .map(ReviewService::usefulJson));
    router.delete("/api/v1/showcases/:id/useful").respond(ctx -> reviews.useful(Ids.path(ctx, "id"), false,
        noFields(WebContext.signedIn(ctx))).map(ReviewService::usefulJson));
  }

  private static Viewer viewer(RoutingContext ctx) {
    return WebContext.viewer(ctx);
  }

  /** An action that takes no fields: an empty body, or an empty object. */
  private static Viewer noFields(RoutingContext ctx) {
    JsonObject body = Bodies.json(ctx);
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, Set.of());
    errors.throwIfAny();
    return WebContext.viewer(ctx);
  }
}
