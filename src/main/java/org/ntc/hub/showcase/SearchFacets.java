package org.ntc.hub.showcase;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ntc.hub.platform.Country;

/**
 * The facets a catalogue search counts (categories, target groups, countries, regulatory statuses,
 * evidence levels), each with the listing's column and the ids counted, and the two shapes the counts
 * come from the database in: one row of a total and a column for each id, or a row for each value the
 * whole catalogue counts (V51).
 */
final class SearchFacets {
  private record Facet(String column, boolean array, List<String> ids) {}

  /** Facet name → (column, array or scalar, the ids to count), in the order counts are shown. */
  private static final Map<String, Facet> FACETS = new LinkedHashMap<>();

  static {
    FACETS.put("categories", new Facet("categories", true, Taxonomy.CATEGORIES));
    FACETS.put("targetGroups", new Facet("target_groups", true, Taxonomy.TARGET_GROUPS));
    FACETS.put("countries", new Facet("countries", true, Arrays.stream(Country.values()).map(Country::name).toList()));
    FACETS.put("regulatoryStatuses", new Facet("regulatory", false, Taxonomy.REGULATORY_STATUSES));
    FACETS.put("evidenceLevels", new Facet("evidence", false, Taxonomy.EVIDENCE_LEVELS));
  }

  /** The whole catalogue's counts, kept as showcases change (V51): a row for the total and for each value counted. */
  static final String TOTALS = "SELECT facet, id, showcases FROM showcase_facet_total";

  private SearchFacets() {}

  /** The total and every facet's counts, each as {@code counted} (a sum over no rows counts as 0). */
  static String countsSelect(String counted) {
    String sum = counted.equals("count(*)") ? "%s" : "COALESCE(%s, 0)";
    StringBuilder select = new StringBuilder("SELECT " + sum.formatted(counted) + " AS total");
    int i = 0;
    for (Facet facet : FACETS.values()) {
      for (String id : facet.ids()) {
        String filter = " FILTER (WHERE l." + facet.column() + (facet.array() ? " @> ARRAY['" + id + "']" : " = '" + id + "'") + ")";
        select.append(", ").append(sum.formatted(counted + filter)).append(" AS f").append(i++);
      }
    }
    return select.toString();
  }

  /**
   * Each facet's counts from a row of {@link #countsSelect}'s columns, after its total ({@code f0},
   * {@code f1}…). Read by position: finding each of the forty-odd columns by name searched the row's
   * names for every one.
   */
  static Map<String, Map<String, Long>> counted(Row row) {
    if (!"total".equals(row.getColumnName(0))) throw new IllegalStateException("a counts row starts with its total");
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    int i = 1;
    for (Map.Entry<String, Facet> entry : FACETS.entrySet()) {
      Map<String, Long> counts = new LinkedHashMap<>();
      for (String id : entry.getValue().ids()) counts.put(id, row.getLong(i++));
      facets.put(entry.getKey(), counts);
    }
    return facets;
  }

  /** The whole catalogue's counts from the rows {@link #TOTALS} answers; a value no showcase carries counts 0. */
  static SearchCounts totals(RowSet<Row> rows) {
    Map<String, Map<String, Long>> kept = new HashMap<>();
    for (Row row : rows) kept.computeIfAbsent(row.getString(0), facet -> new HashMap<>()).put(row.getString(1), row.getLong(2));
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    for (Map.Entry<String, Facet> entry : FACETS.entrySet()) {
      Map<String, Long> counted = kept.getOrDefault(entry.getValue().column(), Map.of());
      Map<String, Long> counts = new LinkedHashMap<>();
      for (String id : entry.getValue().ids()) counts.put(id, counted.getOrDefault(id, 0L));
      facets.put(entry.getKey(), counts);
    }
    return new SearchCounts(kept.getOrDefault("total", Map.of()).getOrDefault("", 0L), facets, false);
  }
}
