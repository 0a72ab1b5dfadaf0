package org.ntc.hub.training;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;

/**
 * Why a training is called off: plain text in the organiser's own words and language (3–1000
 * characters), shown as written beside a sentence in the reader's language.
 */
public record TrainingCancellation(String reason) {
  static TrainingCancellation from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, Set.of("reason"));
    String reason = errors.text(body, "reason", 3, 1_000, true);
    errors.throwIfAny();
    return new TrainingCancellation(reason);
  }
}
