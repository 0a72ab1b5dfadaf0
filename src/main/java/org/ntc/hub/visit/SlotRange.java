package org.ntc.hub.visit;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.FieldErrors;

/**
 * The time a slot listing covers: {@code from} and {@code to} are a moment with an offset or a date,
 * read as the start of that day at the contact point; by default the next 90 days, at most a year.
 */
record SlotRange(OffsetDateTime from, OffsetDateTime to) {
  static final int DEFAULT_DAYS = 90;

  static SlotRange from(MultiMap params, OffsetDateTime now, ZoneId zone) {
    JsonObject query = Bodies.query(params);
    FieldErrors errors = new FieldErrors();
    OffsetDateTime from = moment(query, "from", zone, errors);
    OffsetDateTime to = moment(query, "to", zone, errors);
    errors.throwIfAny();
    if (from == null) from = now;
    if (to == null) to = from.plusDays(DEFAULT_DAYS);
    if (!to.isAfter(from)) errors.add("to", "must be after from");
    else if (to.isAfter(from.plusDays(366))) errors.add("to", "must be at most a year after from");
    errors.throwIfAny();
    return new SlotRange(from, to);
  }

  private static OffsetDateTime moment(JsonObject query, String field, ZoneId zone, FieldErrors errors) {
    String value = errors.text(query, field, 10, 40, false);
    if (value == null) return null;
    try {
      if (value.length() == 10) return LocalDate.parse(value).atStartOfDay(zone).toOffsetDateTime();
      return OffsetDateTime.parse(value);
    } catch (DateTimeParseException e) {
      errors.add(field, "must be a date like 2027-03-02 or a moment like 2027-03-02T09:00:00+02:00");
      return null;
    }
  }
}
