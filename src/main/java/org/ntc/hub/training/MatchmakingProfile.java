package org.ntc.hub.training;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.FieldErrors;

/** What an organisation offers and seeks at one matchmaking day. */
public record MatchmakingProfile(UUID organisationId, String organisation, String organisationType, String offers, String seeks) {
  private static final Set<String> FIELDS = Set.of("organisationId", "offers", "seeks");

  /** The profile as sent: the organisation (one of the sender's), and at least one of offers and seeks. */
  static MatchmakingProfile from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    UUID organisationId = errors.uuid(body, "organisationId", true);
    String offers = errors.text(body, "offers", 1, 1_000, false);
    String seeks = errors.text(body, "seeks", 1, 1_000, false);
    if (offers == null && seeks == null && !errors.has("offers") && !errors.has("seeks")) {
      errors.add("offers", "say what your organisation offers, seeks, or both");
    }
    errors.throwIfAny();
    return new MatchmakingProfile(organisationId, null, null, offers == null ? "" : offers, seeks == null ? "" : seeks);
  }

  static MatchmakingProfile fromRow(Row row) {
    return new MatchmakingProfile(row.getUUID("organisation_id"), row.getString("name"), row.getString("type"),
        row.getString("offers"), row.getString("seeks"));
  }

  JsonObject toJson() {
    return new JsonObject().put("organisationId", organisationId.toString()).put("organisation", organisation)
        .put("organisationType", organisationType).put("offers", offers).put("seeks", seeks);
  }
}
