package org.ntc.hub.challenge;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;

/** {@code POST /api/v1/challenges/{id}/close}: how the need ended, and a note for those who read it later. */
record ChallengeClosing(ChallengeOutcome outcome, String note) {
  static final Set<String> FIELDS = Set.of("outcome", "note");

  static ChallengeClosing from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    ChallengeOutcome outcome = errors.choice(body, "outcome", ChallengeOutcome.class, true);
    String note = errors.text(body, "note", 1, 2000, false);
    errors.throwIfAny();
    return new ChallengeClosing(outcome, note);
  }
}
