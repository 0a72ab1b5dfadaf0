package org.ntc.hub.adoption;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;

/** A later change to an adoption record: any of its region, status, since and scale ({@code scale: null} or "" clears it). */
public record AdoptionChange(Optional<Region> region, Optional<AdoptionStatus> status, Optional<LocalDate> since,
                             Optional<Optional<String>> scale) {
  static final Set<String> FIELDS = Set.of("region", "status", "since", "scale");

  public static AdoptionChange from(JsonObject body, LocalDate today) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    Region region = NewAdoption.region(body, errors, false);
    AdoptionStatus status = errors.choice(body, "status", AdoptionStatus.class, false);
    LocalDate since = NewAdoption.since(body, errors, today, false);
    Optional<Optional<String>> scale = body.containsKey("scale")
        ? Optional.of(Optional.ofNullable(errors.text(body, "scale", 1, 200, false))) : Optional.empty();
    errors.throwIfAny();
    return new AdoptionChange(Optional.ofNullable(region), Optional.ofNullable(status), Optional.ofNullable(since), scale);
  }

  /** The record's fields after this change. */
  NewAdoption applied(Adoption adoption) {
    return new NewAdoption(adoption.showcaseId(), adoption.organisationId(), region.orElse(adoption.region()),
        status.orElse(adoption.status()), since.orElse(adoption.since()), scale.orElse(Optional.ofNullable(adoption.scale())).orElse(null),
        adoption.pilotId());
  }
}
