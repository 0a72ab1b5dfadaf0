package org.ntc.hub.advice;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.FieldErrors;

/** Who is to handle a question: the staff member themself or a colleague. */
public record Assignment(UUID staffId) {
  static final Set<String> FIELDS = Set.of("staffId");

  public static Assignment from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    UUID staffId = errors.uuid(body, "staffId", true);
    errors.throwIfAny();
    return new Assignment(staffId);
  }
}
