package org.ntc.hub.showcase;

import io.vertx.core.json.JsonObject;
import java.util.Optional;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;

/**
 * A change to one image: new alt text (reviewed like other text before the public reads it), a
 * new place in the order (1 is first; beyond the end means last), or both.
 */
public record ImageChange(Optional<String> alt, Optional<Integer> position) {

  public static ImageChange from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, Set.of("alt", "position"));
    String alt = null;
    if (body.containsKey("alt")) {
      alt = errors.text(body, "alt", 1, 250, true);
      if (alt != null && alt.chars().anyMatch(Character::isISOControl)) errors.add("alt", "must be one line of text");
    }
    Integer position = position(body.getValue("position"), errors);
    if (!body.containsKey("alt") && !body.containsKey("position")) errors.add("alt", "give alt, position or both");
    errors.throwIfAny();
    return new ImageChange(Optional.ofNullable(alt), Optional.ofNullable(position));
  }

  /** A whole number from 1, as JSON sends it or as a form's text. */
  private static Integer position(Object value, FieldErrors errors) {
    if (value == null) return null;
    Long n = null;
    if (value instanceof Integer || value instanceof Long) {
      n = ((Number) value).longValue();
    } else if (value instanceof String s && s.strip().matches("\\d{1,9}")) {
      n = Long.parseLong(s.strip());
    }
    if (n == null || n < 1 || n > 1000) {
      errors.add("position", "must be a whole number from 1");
      return null;
    }
    return n.intValue();
  }
}
