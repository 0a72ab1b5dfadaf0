package org.ntc.hub.review;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;

/** Why staff hide a review: its author reads it. */
public record Hiding(String reason) {
  static final int MAX_REASON = 500;

  public static Hiding from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, Set.of("reason"));
    String reason = errors.text(body, "reason", 1, MAX_REASON, true);
    errors.throwIfAny();
    return new Hiding(reason);
  }
}
