package org.ntc.hub.training;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.FieldErrors;

/**
 * A request for a one-to-one meeting with another organisation at a slot (its start time);
 * {@code organisationId} names the requesting organisation when the sender speaks for several.
 */
public record NewMeeting(UUID withOrganisationId, OffsetDateTime slot, UUID organisationId) {
  private static final Set<String> FIELDS = Set.of("withOrganisationId", "slot", "organisationId");

  static NewMeeting from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    UUID with = errors.uuid(body, "withOrganisationId", true);
    OffsetDateTime slot = errors.moment(body, "slot", true);
    UUID from = errors.uuid(body, "organisationId", false);
    errors.throwIfAny();
    return new NewMeeting(with, slot, from);
  }
}
