package org.ntc.hub.moderation;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ntc.hub.challenge.Challenge;
import org.ntc.hub.course.Course;
import org.ntc.hub.library.LibraryEntry;
import org.ntc.hub.organisation.Organisation;
import org.ntc.hub.showcase.PendingShowcase;
import org.ntc.hub.training.Training;

/** What awaits staff, each list oldest first. */
public record ModerationQueue(List<PendingShowcase> showcases, List<Organisation> organisations, List<Training> trainings,
                              List<Challenge> challenges, List<LibraryEntry> library, List<Course> courses) {

  public int total() {
    return showcases.size() + organisations.size() + trainings.size() + challenges.size() + library.size() + courses.size();
  }

  public JsonObject toJson(String lang) {
    return new JsonObject()
        .put("showcases", array(showcases, s -> s.toJson(lang)))
        .put("organisations", array(organisations, o -> o.toJson(lang)))
        .put("trainings", array(trainings, t -> t.toJson(lang, true)))
        .put("challenges", array(challenges, c -> c.toJson(lang)))
        .put("total", total())
        .put("library", array(library, e -> e.fullJson(lang)))
        .put("courses", array(courses, c -> c.fullJson(lang)));
  }

  private static <T> JsonArray array(List<T> items, Function<T, JsonObject> json) {
    return new JsonArray(items.stream().map(json).collect(Collectors.toList()));
  }
}
