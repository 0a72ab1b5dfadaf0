package org.ntc.hub.showcase;

import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The SQL of one search, built from fixed clauses for the filters that are present so that
 * every combination gets its own prepared statement with a plan that uses the indexes
 * (a catch-all "$n IS NULL OR …" would defeat them in a generic plan). Values are always
 * parameters, never spliced into the text.
 */
record ShowcaseSearchSql(String where, boolean text, List<Object> values, int limit, int offset) {
  /** The text query in each language's stemming, OR-ed, plus an unstemmed one for names. */
  private static final String TSQUERY = """
      (websearch_to_tsquery('finnish', $1) || websearch_to_tsquery('swedish', $1)
       || websearch_to_tsquery('english', $1) || websearch_to_tsquery('simple', $1))""";
  private static final String FROM = " FROM showcase s JOIN organisation o ON o.id = s.organisation_id ";

  static ShowcaseSearchSql of(ShowcaseSearch search) {
    List<Object> values = new ArrayList<>();
    StringBuilder where = new StringBuilder("WHERE s.is_public");
    if (search.text() != null) {
      values.add(search.text());
      where.append(" AND s.search @@ ").append(TSQUERY);
    }
    add(where, values, "s.pub_categories @> ARRAY[$%d::text]", search.category());
    add(where, values, "s.pub_target_groups @> ARRAY[$%d::text]", search.targetGroup());
    add(where, values, "s.pub_countries @> ARRAY[$%d::text]", search.country());
    add(where, values, "s.pub_languages @> ARRAY[$%d::text]", search.language());
    add(where, values, "s.pub_regulatory = $%d", search.regulatoryStatus());
    add(where, values, "s.pub_evidence = $%d", search.evidenceLevel());
    add(where, values, "s.organisation_id = $%d", search.organisationId() == null ? null : UUID.fromString(search.organisationId()));
    return new ShowcaseSearchSql(where.toString(), search.text() != null, values,
        search.paging().pageSize(), search.paging().offset());
  }

  private static void add(StringBuilder where, List<Object> values, String clause, Object value) {
    if (value == null) return;
    values.add(value);
    where.append(" AND ").append(String.format(clause, values.size()));
  }

  String page() {
    String order = text ? "ts_rank(s.search, " + TSQUERY + ") DESC, s.published_at DESC, s.id"
        : "s.published_at DESC, s.id";
    int n = values.size();
    return "SELECT " + Showcase.COLUMNS + FROM + where + " ORDER BY " + order
        + " LIMIT $" + (n + 1) + " OFFSET $" + (n + 2);
  }

  String count() {
    return "SELECT count(*) FROM showcase s " + where;
  }

  String facets() {
    return "WITH hits AS MATERIALIZED (SELECT s.pub_categories, s.pub_target_groups, s.pub_countries, s.pub_regulatory,"
        + " s.pub_evidence FROM showcase s " + where + ")"
        + " SELECT 'categories' AS facet, v AS value, count(*) AS n FROM hits, unnest(pub_categories) v GROUP BY v"
        + " UNION ALL SELECT 'targetGroups', v, count(*) FROM hits, unnest(pub_target_groups) v GROUP BY v"
        + " UNION ALL SELECT 'countries', v, count(*) FROM hits, unnest(pub_countries) v GROUP BY v"
        + " UNION ALL SELECT 'regulatoryStatuses', pub_regulatory, count(*) FROM hits GROUP BY pub_regulatory"
        + " UNION ALL SELECT 'evidenceLevels', pub_evidence, count(*) FROM hits GROUP BY pub_evidence"
        + " ORDER BY 1, 3 DESC, 2";
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
