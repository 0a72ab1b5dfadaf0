package org.ntc.hub.challenge;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.FieldErrors;

/** A company's answer to a need: one of its published showcases, and what it proposes. */
record NewAnswer(UUID showcaseId, String proposal) {
  static final Set<String> FIELDS = Set.of("showcaseId", "proposal");

  static NewAnswer from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    UUID showcaseId = errors.uuid(body, "showcaseId", true);
    String proposal = errors.text(body, "proposal", 20, 2000, true);
    errors.throwIfAny();
    return new NewAnswer(showcaseId, proposal);
  }
}
