package org.ntc.hub.showcase;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;

/** A visitor's message to the company behind a showcase. */
public record ContactRequest(String message) {

  public static ContactRequest from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, Set.of("message"));
    String message = errors.text(body, "message", 10, 2000, true);
    errors.throwIfAny();
    return new ContactRequest(message);
  }
}
