package org.ntc.hub.challenge;

import io.vertx.core.json.JsonObject;
import java.util.Optional;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;

/** What staff change on a running pilot: its status, its outcome, whether the outcome is published; each optional. */
record PilotChange(Optional<PilotStatus> status, Optional<PilotOutcome> outcome, Optional<Boolean> publishOutcome) {
  static final Set<String> FIELDS = Set.of("status", "outcome", "publishOutcome");

  static PilotChange from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    PilotStatus status = errors.choice(body, "status", PilotStatus.class, false);
    PilotOutcome outcome = PilotOutcome.from(body, errors);
    Object publish = body.getValue("publishOutcome");
    if (publish != null && !(publish instanceof Boolean)) errors.add("publishOutcome", "must be true or false");
    errors.throwIfAny();
    return new PilotChange(Optional.ofNullable(status), Optional.ofNullable(outcome),
        Optional.ofNullable((Boolean) publish));
  }
}
