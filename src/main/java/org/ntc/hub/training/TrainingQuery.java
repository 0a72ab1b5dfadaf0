package org.ntc.hub.training;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Site;

/**
 * The filters of a trainings listing, checked at the edge: a period ({@code from}/{@code to} or
 * a {@code month}) that never reaches into the past, a contact point, an audience and a language.
 */
public record TrainingQuery(OffsetDateTime from, OffsetDateTime to, Site contactPoint, Audience audience, String language, EventKind kind) {

  static TrainingQuery from(MultiMap params, OffsetDateTime now) {
    JsonObject query = Bodies.query(params);
    FieldErrors errors = new FieldErrors();
    OffsetDateTime from = time(query, "from", errors);
    OffsetDateTime to = time(query, "to", errors);
    String contactPoint = errors.oneOf(query, "contactPoint", Site.ids(), false);
    Audience audience = errors.choice(query, "audience", Audience.class, false);
    String language = errors.oneOf(query, "language", Set.copyOf(I18n.LANGUAGES), false);
    EventKind kind = errors.choice(query, "kind", EventKind.class, false);
    String month = errors.text(query, "month", 7, 7, false);
    if (month != null) {
      try {
        YearMonth ym = YearMonth.parse(month);
        from = ym.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        to = ym.plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        errors.add("month", "must look like 2027-03");
      }
    }
    errors.throwIfAny();
    return new TrainingQuery(from == null || from.isBefore(now) ? now : from, to == null ? now.plusYears(5) : to,
        contactPoint == null ? null : Site.of(contactPoint), audience, language, kind);
  }

  private static OffsetDateTime time(JsonObject query, String field, FieldErrors errors) {
    String value = errors.text(query, field, 10, 40, false);
    if (value == null) return null;
    try {
      return value.length() == 10 ? OffsetDateTime.parse(value + "T00:00:00Z") : OffsetDateTime.parse(value);
    } catch (DateTimeParseException e) {
      errors.add(field, "must be a date (2027-03-02) or ISO-8601 time with offset");
      return null;
    }
  }
}
