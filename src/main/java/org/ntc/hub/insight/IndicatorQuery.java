package org.ntc.hub.insight;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Site;

/**
 * {@code ?from=&to=&country=&contactPoint=}, checked at the edge. Without dates: the last twelve
 * months to today. A period runs from its first to its last day inclusive, at most five years;
 * a contact point narrows the rest of the figures to its country.
 */
public record IndicatorQuery(LocalDate from, LocalDate to, Country country, Site contactPoint) {
  static final int MAX_YEARS = 5;
  static final Set<String> COUNTRIES = Set.of("FI", "SE");

  public static IndicatorQuery from(MultiMap params, LocalDate today) {
    FieldErrors errors = new FieldErrors();
    JsonObject query = Bodies.query(params);
    LocalDate to = errors.date(query, "to", false);
    LocalDate from = errors.date(query, "from", false);
    String country = errors.oneOf(query, "country", COUNTRIES, false);
    String contactPoint = errors.oneOf(query, "contactPoint", Site.ids(), false);
    if (to == null) to = today;
    if (from == null) from = YearMonth.from(to).minusMonths(11).atDay(1);
    if (!errors.has("from") && !errors.has("to")) {
      if (from.isAfter(to)) errors.add("from", "must not be after to");
      else if (from.plusYears(MAX_YEARS).isBefore(to)) errors.add("to", "must be at most " + MAX_YEARS + " years after from");
    }
    Site site = contactPoint == null ? null : Site.of(contactPoint);
    if (site != null && country != null && !site.country().name().equals(country)) {
      errors.add("contactPoint", "is not in that country");
    }
    errors.throwIfAny();
    return new IndicatorQuery(from, to, site != null ? site.country() : country == null ? null : Country.valueOf(country), site);
  }

  /** The whole of one calendar year, as the yearly report counts it. */
  static IndicatorQuery year(int year) {
    return new IndicatorQuery(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, null);
  }

  /** Months are cut in the contact point's zone, else the country's; Finland's when both countries are counted. */
  ZoneId zone() {
    if (contactPoint != null) return contactPoint.zone();
    return ZoneId.of(country == Country.SE ? "Europe/Stockholm" : "Europe/Helsinki");
  }

  OffsetDateTime start() {
    return from.atStartOfDay(zone()).toOffsetDateTime();
  }

  OffsetDateTime end() {
    return to.plusDays(1).atStartOfDay(zone()).toOffsetDateTime();
  }

  List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) months.add(m);
    return months;
  }

  String countryCode() {
    return country == null ? null : country.name();
  }

  String contactPointId() {
    return contactPoint == null ? null : contactPoint.id();
  }
}
