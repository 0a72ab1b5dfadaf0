package org.ntc.hub.visit;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.FieldErrors;

/** A request for a place on a visit: which slot. One booking is one place. */
record NewBooking(UUID slotId) {
  static NewBooking from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, Set.of("slotId"));
    UUID slotId = errors.uuid(body, "slotId", true);
    errors.throwIfAny();
    return new NewBooking(slotId);
  }
}
