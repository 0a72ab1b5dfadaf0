package org.ntc.hub.challenge;

import io.vertx.core.json.JsonObject;
import org.ntc.hub.platform.FieldErrors;

/** A need's scale: a whole number of people (clients, patients, residents) it concerns, so that scales add up. */
final class Scale {
  static final int MAX = 1_000_000;

  private Scale() {}

  /** The field as a scale; null when absent (or null) and not required. */
  static Integer of(JsonObject body, String field, boolean required, FieldErrors errors) {
    Object value = body.getValue(field);
    if (value instanceof String text && text.isBlank()) value = null;
    if (value == null) {
      if (required) errors.add(field, "is required");
      return null;
    }
    if (value instanceof String text && text.strip().matches("[0-9]{1,7}")) value = Integer.valueOf(text.strip());
    return errors.wholeNumber(field, value, 1, MAX, "people");
  }
}
