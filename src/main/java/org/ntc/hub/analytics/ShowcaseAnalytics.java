package org.ntc.hub.analytics;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ntc.hub.platform.Localised;

/**
 * What a showcase's company sees of its reach in a period: views, contacts and saves per month,
 * by visitor sector and by country, each count already suppressed (null below five).
 */
public record ShowcaseAnalytics(UUID showcaseId, Localised title, Period period, List<Row> months, List<Row> sectors,
                                List<Row> countries, Row total) {
  public static final List<String> METRICS = List.of("views", "contacts", "saves");
  public static final List<String> SECTORS = List.of("company", "care", "research", "visitor");
  public static final List<String> COUNTRIES = List.of("FI", "SE", "NO", "unknown");

  /** One line of a table: a month, sector or country, and its three counts (null: fewer than five). */
  public record Row(String key, Long views, Long contacts, Long saves) {
    JsonObject toJson(String keyName) {
      return new JsonObject().put(keyName, key).put("views", views).put("contacts", contacts).put("saves", saves);
    }

    Long get(String metric) {
      return switch (metric) {
        case "views" -> views;
        case "contacts" -> contacts;
        default -> saves;
      };
    }
  }

  /** The raw counts of one breakdown: key → views, contacts, saves. */
  record Counts(Map<String, long[]> byKey) {
    long get(String key, int metric) {
      long[] counts = byKey.get(key);
      return counts == null ? 0 : counts[metric];
    }
  }

  static ShowcaseAnalytics of(UUID id, Localised title, Period period, Counts months, Counts sectors, Counts countries,
                              Counts total) {
    List<String> monthKeys = period.months().stream().map(YearMonth::toString).toList();
    List<Row> totalRow = rows(List.of("total"), total);
    return new ShowcaseAnalytics(id, title, period, rows(monthKeys, months), rows(SECTORS, sectors), rows(COUNTRIES, countries),
        totalRow.get(0));
  }

  private static List<Row> rows(List<String> keys, Counts counts) {
    List<List<Long>> columns = new ArrayList<>();
    for (int metric = 0; metric < METRICS.size(); metric++) {
      int m = metric;
      columns.add(Suppression.column(keys.stream().map(key -> counts.get(key, m)).toList()));
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      rows.add(new Row(keys.get(i), columns.get(0).get(i), columns.get(1).get(i), columns.get(2).get(i)));
    }
    return rows;
  }

  public JsonObject toJson() {
    return new JsonObject()
        .put("showcaseId", showcaseId.toString())
        .put("from", period.from().toString())
        .put("to", period.to().toString())
        .put("threshold", Suppression.THRESHOLD)
        .put("total", new JsonObject().put("views", total.views()).put("contacts", total.contacts()).put("saves", total.saves()))
        .put("months", array(months, "month"))
        .put("sectors", array(sectors, "sector"))
        .put("countries", array(countries, "country"));
  }

  private static JsonArray array(List<Row> rows, String keyName) {
    return new JsonArray(rows.stream().map(row -> (Object) row.toJson(keyName)).toList());
  }
}
