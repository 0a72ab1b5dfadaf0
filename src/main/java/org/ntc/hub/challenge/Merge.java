package org.ntc.hub.challenge;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.FieldErrors;

/** Staff merge a duplicate need into the one that is kept. */
record Merge(UUID intoId) {
  static final Set<String> FIELDS = Set.of("intoId");

  static Merge from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    UUID into = errors.uuid(body, "intoId", true);
    errors.throwIfAny();
    return new Merge(into);
  }
}
