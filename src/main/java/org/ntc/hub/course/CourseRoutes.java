package org.ntc.hub.course;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Review;
import org.ntc.hub.platform.WebContext;

/** The courses API: the public catalogue, and writing and reviewing courses. */
public final class CourseRoutes {
  private final CourseService courses;

  public CourseRoutes(CourseService courses) {
    this.courses = courses;
  }

  public void mount(Router router) {
    router.get("/api/v1/courses").respond(ctx -> courses.search(CourseSearch.from(ctx.queryParams(), "lang", 20))
        .map(results -> results.toJson(Languages.of(ctx))));
    // Who may ask is settled before the body is read: an anonymous caller hears 401, not what its body lacks.
    router.post("/api/v1/courses").respond(ctx -> answer(ctx, courses
        .create(NewCourse.from(Bodies.json(WebContext.signedIn(ctx))), WebContext.viewer(ctx)))
        .onSuccess(created -> ctx.response().setStatusCode(201)));
    router.get("/api/v1/courses/:id").respond(ctx -> answer(ctx, courses.find(Ids.path(ctx, "id"), WebContext.viewer(ctx))));
    router.patch("/api/v1/courses/:id").respond(ctx -> answer(ctx, courses
        .update(Ids.path(ctx, "id"), CourseChange.from(Bodies.json(WebContext.signedIn(ctx))), WebContext.viewer(ctx))));
    router.post("/api/v1/courses/:id/submit").respond(ctx -> answer(ctx, courses
        .submit(Ids.path(ctx, "id"), WebContext.viewer(WebContext.signedIn(ctx)))));
    router.post("/api/v1/courses/:id/lessons/:lessonId/complete").respond(ctx -> courses
        .completeLesson(Ids.path(ctx, "id"), Ids.path(ctx, "lessonId"), WebContext.viewer(WebContext.signedIn(ctx)))
        .onSuccess(done -> ctx.response().setStatusCode(204)));
    router.get("/api/v1/me/courses").respond(ctx -> {
      Paging paging = Paging.from(ctx.queryParams(), 20);
      return courses.progress(WebContext.viewer(WebContext.signedIn(ctx)))
          .map(all -> paging.slice(new JsonArray(all.stream().map(p -> (Object) p.toJson(Languages.of(ctx))).toList())));
    });
    router.post("/api/v1/courses/:id/review").respond(ctx -> answer(ctx, courses
        .review(Ids.path(ctx, "id"), Review.from(Bodies.json(WebContext.staffOnly(ctx))), WebContext.viewer(ctx))));
  }

  private static Future<JsonObject> answer(RoutingContext ctx, Future<CourseService.Viewed> viewed) {
    return viewed.map(v -> v.toJson(Languages.of(ctx)));
  }
}
