package org.ntc.hub.review;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;

/** The company's one answer to a review. */
public record NewAnswer(String text) {
  public static NewAnswer from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, Set.of("text"));
    String text = errors.text(body, "text", 1, NewReview.MAX_TEXT, true);
    errors.throwIfAny();
    return new NewAnswer(text);
  }
}
