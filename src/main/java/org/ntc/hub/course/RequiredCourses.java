package org.ntc.hub.course;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.FieldErrors;

/** The whole set of courses a pilot's or an adoption's staff should complete, in the order given: {@code {courseIds: [...]}}. */
public record RequiredCourses(List<UUID> courseIds) {
  public static final int MAX = 20;

  public static RequiredCourses from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    Object value = body.getValue("courseIds");
    List<UUID> ids = new ArrayList<>();
    if (value == null) {
      errors.add("courseIds", "is required (an empty list removes every course)");
    } else if (!(value instanceof JsonArray list)) {
      errors.add("courseIds", "must be a list of course ids");
    } else if (list.size() > MAX) {
      errors.add("courseIds", "must name at most " + MAX + " courses");
    } else {
      Set<UUID> seen = new LinkedHashSet<>();
      for (int i = 0; i < list.size(); i++) {
        UUID id = uuid(list.getValue(i));
        if (id == null) errors.add("courseIds." + i, "must be a course id");
        else if (!seen.add(id)) errors.add("courseIds." + i, "names a course already listed");
        else ids.add(id);
      }
    }
    errors.throwIfAny();
    return new RequiredCourses(List.copyOf(ids));
  }

  private static UUID uuid(Object value) {
    if (!(value instanceof String text) || text.length() != 36) return null;
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
