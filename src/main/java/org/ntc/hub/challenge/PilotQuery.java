package org.ntc.hub.challenge;

import io.vertx.core.json.JsonObject;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Site;

/** {@code GET /api/v1/pilots?contactPoint=&status=&showcaseId=}: each filter optional. */
record PilotQuery(Optional<UUID> showcaseId, Optional<Site> contactPoint, Optional<PilotStatus> status) {

  static PilotQuery from(JsonObject query) {
    FieldErrors errors = new FieldErrors();
    UUID showcaseId = errors.uuid(query, "showcaseId", false);
    String contactPoint = errors.oneOf(query, "contactPoint", Site.ids(), false);
    PilotStatus status = errors.choice(query, "status", PilotStatus.class, false);
    errors.throwIfAny();
    return new PilotQuery(Optional.ofNullable(showcaseId), Optional.ofNullable(contactPoint).flatMap(Site::find),
        Optional.ofNullable(status));
  }

  /** Only one showcase's pilots: what anyone may list; the other filters are staff's. */
  boolean showcaseOnly() {
    return showcaseId.isPresent();
  }
}
