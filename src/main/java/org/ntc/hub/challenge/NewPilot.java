package org.ntc.hub.challenge;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Site;

/** A pilot staff start from a company's answer: where, when, and what it should find out. */
record NewPilot(UUID answerId, String testArena, LocalDate startsOn, LocalDate endsOn, Localised goals, Site contactPoint) {
  static final Set<String> FIELDS = Set.of("answerId", "testArena", "startsOn", "endsOn", "goals", "contactPoint");

  /** {@code ownSite}: the contact point of the staff member who starts it, which runs it; others (admins) name one. */
  static NewPilot from(JsonObject body, Optional<Site> ownSite) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    UUID answerId = errors.uuid(body, "answerId", true);
    String arena = errors.text(body, "testArena", 3, 300, true);
    LocalDate starts = errors.date(body, "startsOn", true);
    LocalDate ends = errors.date(body, "endsOn", true);
    if (starts != null && ends != null && ends.isBefore(starts)) errors.add("endsOn", "must not be before startsOn");
    Localised goals = errors.localised(body, "goals", 10, 2000, true);
    Site site = ownSite.orElseGet(() -> Site.find(errors.oneOf(body, "contactPoint", Site.ids(), true)).orElse(null));
    errors.throwIfAny();
    return new NewPilot(answerId, arena, starts, ends, goals, site);
  }
}
