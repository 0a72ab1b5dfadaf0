package org.ntc.hub.challenge;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.FieldErrors;

/** "We have this need too": the co-signing organisation, how many of its people the need concerns, and a note. */
record NewCosign(UUID organisationId, int scale, String note) {
  static final Set<String> FIELDS = Set.of("organisationId", "scale", "note");

  static NewCosign from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    UUID organisationId = errors.uuid(body, "organisationId", true);
    Integer scale = Scale.of(body, "scale", true, errors);
    String note = errors.text(body, "note", 1, 300, false);
    errors.throwIfAny();
    return new NewCosign(organisationId, scale, note);
  }
}
