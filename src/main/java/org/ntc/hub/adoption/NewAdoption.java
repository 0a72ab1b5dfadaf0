package org.ntc.hub.adoption;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.FieldErrors;

/** What a care organisation (or staff for it) says about using a showcase; {@code pilotId} when a pilot led to it. */
public record NewAdoption(UUID showcaseId, UUID organisationId, Region region, AdoptionStatus status, LocalDate since,
                          String scale, UUID pilotId) {
  static final Set<String> FIELDS = Set.of("showcaseId", "organisationId", "region", "status", "since", "scale", "pilotId");
  /** No adoption record reaches back before the field existed. */
  static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

  /** Checks the fields; {@code today} is the latest {@code since} may be. */
  public static NewAdoption from(JsonObject body, LocalDate today) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    UUID showcaseId = errors.uuid(body, "showcaseId", true);
    UUID organisationId = errors.uuid(body, "organisationId", true);
    Region region = region(body, errors, true);
    AdoptionStatus status = errors.choice(body, "status", AdoptionStatus.class, true);
    LocalDate since = since(body, errors, today, true);
    String scale = errors.text(body, "scale", 1, 200, false);
    UUID pilotId = errors.uuid(body, "pilotId", false);
    errors.throwIfAny();
    return new NewAdoption(showcaseId, organisationId, region, status, since, scale, pilotId);
  }

  static Region region(JsonObject body, FieldErrors errors, boolean required) {
    String id = errors.text(body, "region", 1, 64, required);
    if (id == null) return null;
    return Region.find(id).orElseGet(() -> {
      errors.add("region", "must be a region id from /api/v1/regions");
      return null;
    });
  }

  static LocalDate since(JsonObject body, FieldErrors errors, LocalDate today, boolean required) {
    LocalDate since = errors.date(body, "since", required);
    if (since == null) return null;
    if (since.isAfter(today)) {
      errors.add("since", "must not be in the future");
      return null;
    }
    if (since.isBefore(EARLIEST)) {
      errors.add("since", "must be 1990-01-01 or later");
      return null;
    }
    return since;
  }
}
