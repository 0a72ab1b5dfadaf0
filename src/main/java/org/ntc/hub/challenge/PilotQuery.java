package org.ntc.hub.challenge;

import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.ntc.hub.platform.FieldErrors;

/** {@code GET /api/v1/pilots?showcaseId=}: the pilots of one showcase. */
record PilotQuery(UUID showcaseId) {

  static PilotQuery from(JsonObject query) {
    FieldErrors errors = new FieldErrors();
    UUID showcaseId = errors.uuid(query, "showcaseId", true);
    errors.throwIfAny();
    return new PilotQuery(showcaseId);
  }
}
