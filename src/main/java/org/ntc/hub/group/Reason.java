package org.ntc.hub.group;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;

/** Why a person reports a post, or why a moderator hides it (which its author reads). */
public record Reason(String reason) {
  static final Set<String> FIELDS = Set.of("reason");

  public static Reason from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    String reason = errors.text(body, "reason", 3, 500, true);
    errors.throwIfAny();
    return new Reason(reason);
  }
}
