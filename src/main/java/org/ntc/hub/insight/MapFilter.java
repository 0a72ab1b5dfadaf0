package org.ntc.hub.insight;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.Set;
import org.ntc.hub.adoption.AdoptionStatus;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.FieldErrors;

/**
 * The map's filter: a showcase category and an adoption status (either may be absent), and the dates it
 * covers: adoptions recorded before {@code until}, pilots under way at some time from {@code from} to
 * {@code until}. The status narrows adoptions only; pilots are the centre's own, whatever their status.
 */
record MapFilter(String category, AdoptionStatus status, LocalDate from, LocalDate until) {
  private static final LocalDate EVER = LocalDate.of(1900, 1, 1);
  private static final LocalDate NEVER = LocalDate.of(3000, 1, 1);

  /** The page's filter, from {@code ?category=&status=}: everything recorded, whenever. */
  static MapFilter from(MultiMap params, Set<String> categories) {
    FieldErrors errors = new FieldErrors();
    JsonObject query = Bodies.query(params);
    String category = errors.oneOf(query, "category", categories, false);
    AdoptionStatus status = errors.choice(query, "status", AdoptionStatus.class, false);
    errors.throwIfAny();
    return new MapFilter(category, status, EVER, NEVER);
  }

  /** The report's map: adoptions recorded by the end of the year, pilots under way during it. */
  static MapFilter year(int year) {
    return new MapFilter(null, null, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
  }
}
