package org.ntc.hub.showcase;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ntc.hub.platform.Coded;
import java.util.regex.Pattern;
import org.ntc.hub.platform.Country;
import org.ntc.hub.search.SearchService;

/**
 * The SQL of one catalogue search over {@code showcase_listing}, built from fixed clauses for
 * the filters present, so each combination gets its own prepared statement whose plan can use
 * the indexes (a catch-all "$n IS NULL OR …" would defeat them in a generic plan). Values are
 * always parameters; only the taxonomy's own ids appear in the text, as facet labels.
 */
record ShowcaseSearchSql(String where, String textQuery, List<Object> values, int limit, int offset) {
  /**
   * The text query in each language's stemming, OR-ed, plus an unstemmed one for names; unless the
   * query is to be taken literally, OR-ed with what the search understands it to mean ($2: other
   * languages' terms, inflected forms and compounds by prefix, topics; see search/SearchQuery).
   */
  private static final String TSQUERY = """
      (websearch_to_tsquery('finnish', $1) || websearch_to_tsquery('swedish', $1)
       || websearch_to_tsquery('english', $1) || websearch_to_tsquery('simple', $1))""";
  /** Quotes, an excluded word or OR: the visitor wrote a query to be taken as written, not widened. */
  private static final Pattern LITERAL = Pattern.compile("\"|(^|\\s)-\\S|\\sor\\s", Pattern.CASE_INSENSITIVE);
  /** Facet name → (column, array or scalar, the ids to count). */
  private static final Map<String, Facet> FACETS = new LinkedHashMap<>();

  private record Facet(String column, boolean array, List<String> ids) {}

  static {
    FACETS.put("categories", new Facet("categories", true, Taxonomy.CATEGORIES));
    FACETS.put("targetGroups", new Facet("target_groups", true, Taxonomy.TARGET_GROUPS));
    FACETS.put("countries", new Facet("countries", true, Arrays.stream(Country.values()).map(Country::name).toList()));
    FACETS.put("regulatoryStatuses", new Facet("regulatory", false, Taxonomy.REGULATORY_STATUSES));
    FACETS.put("evidenceLevels", new Facet("evidence", false, Taxonomy.EVIDENCE_LEVELS));
  }

  private static final String COUNTS = countsSelect();

  static ShowcaseSearchSql of(ShowcaseSearch search) {
    List<Object> values = new ArrayList<>();
    StringBuilder where = new StringBuilder("WHERE o.verified");
    String tsquery = TSQUERY;
    if (search.text() != null) {
      values.add(search.text());
      String expanded = literal(search.text()) ? "" : SearchService.tsquery(search.text());
      if (!expanded.isEmpty()) {
        values.add(expanded);
        tsquery = "(" + TSQUERY + " || to_tsquery('simple', $2))";
      }
      where.append(" AND l.doc @@ ").append(tsquery);
    }
    add(where, values, "l.categories @> ARRAY[$%d::text]", search.category());
    add(where, values, "l.target_groups @> ARRAY[$%d::text]", search.targetGroup());
    add(where, values, "l.countries @> ARRAY[$%d::text]", search.country() == null ? null : search.country().name());
    add(where, values, "l.languages @> ARRAY[$%d::text]", search.language());
    add(where, values, "l.regulatory = $%d", code(search.regulatoryStatus()));
    add(where, values, "l.evidence = $%d", code(search.evidenceLevel()));
    add(where, values, "l.organisation_id = $%d", search.organisationId());
    return new ShowcaseSearchSql(where.toString(), search.text() != null ? tsquery : null, values,
        search.paging().pageSize(), search.paging().offset());
  }

  /** Whether the search has a text (then ranked by it); null {@link #textQuery} otherwise. */
  boolean text() {
    return textQuery != null;
  }

  private static boolean literal(String text) {
    return LITERAL.matcher(text).find();
  }

  private static String code(Coded value) {
    return value == null ? null : value.code();
  }

  private static void add(StringBuilder where, List<Object> values, String clause, Object value) {
    if (value == null) return;
    values.add(value);
    where.append(" AND ").append(String.format(clause, values.size()));
  }

  /** One page: best text match first (by titles and summaries), then newest. */
  String page() {
    String order = text() ? "ts_rank(l.head, " + textQuery + ") DESC, l.published_at DESC, l.showcase_id"
        : "l.published_at DESC, l.showcase_id";
    int n = values.size();
    return "SELECT " + ShowcaseSummary.COLUMNS + " FROM showcase_listing l JOIN organisation o ON o.id = l.organisation_id "
        + where + " ORDER BY " + order + " LIMIT $" + (n + 1) + " OFFSET $" + (n + 2);
  }

  /** The total and every facet count, in one pass over the hits. */
  String counts() {
    return COUNTS + " FROM showcase_listing l JOIN organisation o ON o.id = l.organisation_id " + where;
  }

  private static String countsSelect() {
    StringBuilder select = new StringBuilder("SELECT count(*) AS total");
    int i = 0;
    for (Facet facet : FACETS.values()) {
      for (String id : facet.ids()) {
        select.append(", count(*) FILTER (WHERE l.").append(facet.column())
            .append(facet.array() ? " @> ARRAY['" + id + "']" : " = '" + id + "'").append(") AS f").append(i++);
      }
    }
    return select.toString();
  }

  /** The total and each facet's counts, read from the row {@link #counts()} answers. */
  static SearchCounts counts(Row row) {
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    int i = 0;
    for (Map.Entry<String, Facet> entry : FACETS.entrySet()) {
      Map<String, Long> counts = new LinkedHashMap<>();
      for (String id : entry.getValue().ids()) counts.put(id, row.getLong("f" + i++));
      facets.put(entry.getKey(), counts);
    }
    return new SearchCounts(row.getLong("total"), facets);
  }

  Tuple params() {
    return Tuple.from(values);
  }

  Tuple pageParams() {
    List<Object> all = new ArrayList<>(values);
    all.add(limit);
    all.add(offset);
    return Tuple.from(all);
  }
}
