package org.ntc.hub.insight;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The figures for a period: per indicator a count per month; organisations that joined by type and
 * country; and, for staff only, per contact point its trainings, participants, attendance and pilots
 * ({@code byContactPoint} is null for anyone else).
 */
public record Indicators(IndicatorQuery query, Map<Indicator, Map<YearMonth, Long>> perMonth,
                         List<OrganisationCount> organisations, List<ContactPointCount> byContactPoint) {

  public record OrganisationCount(String type, String country, long count) {}

  public record ContactPointCount(String contactPoint, Map<Indicator, Long> counts) {}

  public long count(Indicator indicator, YearMonth month) {
    return perMonth.getOrDefault(indicator, Map.of()).getOrDefault(month, 0L);
  }

  public long total(Indicator indicator) {
    return perMonth.getOrDefault(indicator, Map.of()).values().stream().mapToLong(Long::longValue).sum();
  }

  public JsonObject toJson() {
    JsonObject period = new JsonObject().put("from", query.from().toString()).put("to", query.to().toString());
    if (query.country() != null) period.put("country", query.country().name());
    if (query.contactPoint() != null) period.put("contactPoint", query.contactPoint().id());
    JsonArray months = new JsonArray();
    query.months().forEach(m -> months.add(m.toString()));
    JsonArray indicators = new JsonArray();
    for (Indicator indicator : Indicator.values()) {
      JsonArray series = new JsonArray();
      for (YearMonth month : query.months()) {
        series.add(new JsonObject().put("month", month.toString()).put("count", count(indicator, month)));
      }
      indicators.add(new JsonObject().put("indicator", indicator.code()).put("total", total(indicator))
          .put("ofContactPoint", indicator.ofContactPoint()).put("perMonth", series));
    }
    JsonArray organisationCounts = new JsonArray();
    organisations.forEach(o -> organisationCounts.add(new JsonObject().put("type", o.type()).put("country", o.country())
        .put("count", o.count())));
    JsonObject json = new JsonObject().put("period", period).put("months", months).put("indicators", indicators)
        .put("organisationsByTypeAndCountry", organisationCounts);
    if (byContactPoint != null) {
      JsonArray detail = new JsonArray();
      for (ContactPointCount cp : byContactPoint) {
        JsonObject counts = new JsonObject();
        cp.counts().forEach((indicator, n) -> counts.put(indicator.code(), n));
        detail.add(new JsonObject().put("contactPoint", cp.contactPoint()).put("counts", counts));
      }
      json.put("byContactPoint", detail);
    }
    return json;
  }
}
