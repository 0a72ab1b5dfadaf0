package org.ntc.hub.showcase;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;

/** A company member's answer to a message its organisation received. */
public record NewReply(String text) {

  public static NewReply from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, Set.of("text"));
    String text = errors.text(body, "text", 2, 4000, true);
    errors.throwIfAny();
    return new NewReply(text);
  }
}
