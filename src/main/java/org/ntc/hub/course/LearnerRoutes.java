package org.ntc.hub.course;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.WebContext;

/** The learner's API: a try at a module's quiz, and sharing a completed course with one's organisations. */
public final class LearnerRoutes {
  private final LearnerService learners;

  public LearnerRoutes(LearnerService learners) {
    this.learners = learners;
  }

  public void mount(Router router) {
    // Signed in first: an anonymous caller hears 401, not what its body lacks.
    router.post("/api/v1/courses/:id/modules/:moduleId/quiz").respond(ctx -> learners
        .attempt(Ids.path(ctx, "id"), Ids.path(ctx, "moduleId"), QuizAnswers.from(Bodies.json(WebContext.signedIn(ctx))),
            WebContext.viewer(ctx), Languages.of(ctx))
        .map(LearnerService.Result::toJson));
    router.put("/api/v1/courses/:id/completion/sharing").respond(ctx -> learners
        .share(Ids.path(ctx, "id"), sharing(Bodies.json(WebContext.signedIn(ctx))), WebContext.viewer(ctx))
        .map(shared -> new JsonObject().put("share", shared)));
  }

  /** {@code {share: true|false}}, nothing else. */
  static boolean sharing(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, java.util.Set.of("share"));
    if (!(body.getValue("share") instanceof Boolean)) errors.add("share", "is required: true or false");
    errors.throwIfAny();
    return body.getBoolean("share");
  }
}
