package org.ntc.hub.course;

import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;

/**
 * An edit of a course's working copy: the fields it names, each checked as a whole course requires
 * it; the fields it leaves out keep their value. {@code modules} is replaced whole: modules,
 * lessons and questions sent with their ids keep them (and their learners' progress).
 */
public record CourseChange(JsonObject fields) {

  public static CourseChange from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    if (body.containsKey("organisationId")) errors.add("organisationId", "cannot be changed");
    Set<String> named = new HashSet<>(body.fieldNames());
    named.remove("organisationId");
    named.stream().filter(name -> !CourseContent.FIELDS.contains(name)).forEach(name -> errors.add(name, "is not a known field"));
    if (body.isEmpty()) errors.add("title", "name at least one field to change");
    errors.throwIfAny();
    JsonObject fields = CourseContent.checked(body, named, errors);
    CourseContent.requireUniqueIds(fields, errors);
    errors.throwIfAny();
    return new CourseChange(fields);
  }
}
