package org.ntc.hub.advice;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;

/** A message in a question's thread; an internal one is a note for staff alone. */
public record NewAdviceMessage(String text, boolean internal) {
  static final Set<String> FIELDS = Set.of("text", "internal");

  public static NewAdviceMessage from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    String text = errors.text(body, "text", 1, 4000, true);
    Object internal = body.getValue("internal");
    if (internal != null && !(internal instanceof Boolean)) errors.add("internal", "must be true or false");
    errors.throwIfAny();
    return new NewAdviceMessage(text, Boolean.TRUE.equals(internal));
  }
}
