package org.ntc.hub.course;

import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.FieldErrors;

/** A new course: the organisation that writes it (none for the centre's own) and its whole content. */
public record NewCourse(UUID organisationId, CourseContent content) {

  public static NewCourse from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    UUID organisationId = errors.uuid(body, "organisationId", false);
    Set<String> known = new HashSet<>(CourseContent.FIELDS);
    known.add("organisationId");
    errors.onlyKnown(body, known);
    JsonObject stored = CourseContent.checked(body, CourseContent.FIELDS, errors);
    CourseContent.requireUniqueIds(stored, errors);
    errors.throwIfAny();
    return new NewCourse(organisationId, new CourseContent(stored));
  }
}
