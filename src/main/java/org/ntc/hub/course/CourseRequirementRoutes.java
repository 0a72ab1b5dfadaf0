package org.ntc.hub.course;

import io.vertx.ext.web.Router;
import org.ntc.hub.course.CourseRequirements.Kind;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.WebContext;

/** {@code /api/v1/pilots/{id}/courses} and {@code /api/v1/adoptions/{id}/courses}: the courses their staff should complete. */
public final class CourseRequirementRoutes {
  private final CourseRequirements requirements;

  public CourseRequirementRoutes(CourseRequirements requirements) {
    this.requirements = requirements;
  }

  public void mount(Router router) {
    mount(router, "/api/v1/pilots/:id/courses", Kind.PILOT);
    mount(router, "/api/v1/adoptions/:id/courses", Kind.ADOPTION);
  }

  private void mount(Router router, String path, Kind kind) {
    router.get(path).respond(ctx -> requirements.of(kind, Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .map(shown -> shown.toJson(Languages.of(ctx))));
    // Who may ask is settled before the body is read: an anonymous caller hears 401, not what its body lacks.
    router.put(path).respond(ctx -> requirements.replace(kind, Ids.path(ctx, "id"),
            RequiredCourses.from(Bodies.json(WebContext.signedIn(ctx))), WebContext.viewer(ctx))
        .map(shown -> shown.toJson(Languages.of(ctx))));
  }
}
