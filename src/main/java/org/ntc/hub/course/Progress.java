package org.ntc.hub.course;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Times;

/**
 * How far a learner is in one course, from its public copy: per module the lessons read of all,
 * whether its quiz was passed (which completes the module) and the best score; per course the
 * same summed, and once complete, when and the certificate's code.
 */
public record Progress(Course course, Standing standing) {

  public JsonObject toJson(String lang) {
    CourseContent shown = course.published();
    JsonArray modules = new JsonArray();
    int read = 0;
    int lessons = 0;
    int complete = 0;
    for (JsonObject module : shown.modules()) {
      String id = module.getString("id");
      List<JsonObject> its = CourseContent.objects(module.getJsonArray("lessons"));
      int done = (int) its.stream().filter(l -> standing.read(l.getString("id"))).count();
      boolean passed = standing.passed(id);
      if (passed) complete++;
      read += done;
      lessons += its.size();
      modules.add(new JsonObject().put("id", id)
          .put("title", Localised.of(module.getJsonObject("title")).in(lang))
          .put("lessonsCompleted", done).put("lessonsTotal", its.size())
          .put("quizPassed", passed).put("bestScore", standing.best(id)).put("complete", passed));
    }
    JsonObject json = new JsonObject().put("courseId", course.id().toString()).put("title", shown.title().in(lang))
        .put("lessonsCompleted", read).put("lessonsTotal", lessons)
        .put("modulesCompleted", complete).put("modulesTotal", shown.modules().size())
        .put("complete", standing.completion().isPresent())
        .put("completedAt", standing.completion().map(c -> Times.rfc3339(c.completedAt())).orElse(null))
        .put("certificateCode", standing.completion().map(Standing.Completion::certificateCode).orElse(null))
        .put("shareWithOrganisation", standing.completion().map(Standing.Completion::shared).orElse(null));
    return json.put("modules", modules);
  }
}
