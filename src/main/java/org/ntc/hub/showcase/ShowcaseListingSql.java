package org.ntc.hub.showcase;

import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * A filtered catalogue page without text or organisation, as one statement whose plan is the same
 * for every value, so PostgreSQL keeps it on the lookup pool instead of planning each call (the
 * main pool plans every execution for its values, which cost more than running these pages).
 *
 * <p>The statement holds two ways to the page and runs one of them. When the filters match many
 * showcases, it walks the verified listing newest first through an index that carries the
 * classifications (V46), checks each entry, and stops at the page's end: reading about
 * (offset + page size) × listed / hits entries, a fraction of a microsecond each. When they match
 * few, that walk would read most of the index, so it gathers the hits from the filters' GIN indexes
 * and sorts them. Which one runs is decided at execution from the number of hits (from the facet
 * counts the page shows anyway) and the listing's row estimate: the walk when
 * {@value #WALK_WEIGHT} × hits² ≥ (offset + page size) × listed rows.
 *
 * <p>When the node knows the hits and how many verified showcases are listed (the whole catalogue's kept
 * counts), it makes the same choice itself and runs that way alone ({@link #way}): a plan of half the
 * nodes, with no choice to start, which costs PostgreSQL about a fifth less.
 *
 * <p>When the counts are not known yet (they are asked at the same time, or every request counts
 * afresh), {@link #counting()} is the same statement that first sums the hits from
 * {@code showcase_facet} (V45), a few thousand rows at most, instead of waiting for the counts or
 * being planned for its values.
 *
 * <p>Every value reaches the planner through an uncorrelated subquery or inside COALESCE, whose
 * estimates do not depend on it, so a plan made for given values costs what the generic one does and
 * PostgreSQL settles on the generic plan after its first few executions. Both ways answer exactly.
 */
record ShowcaseListingSql(String sql, String counting, String walk, String gather, List<Object> values, boolean gated,
                          int limit, int offset) {
  /** How much more a hit gathered through the GIN indexes costs than an index entry walked. */
  static final int WALK_WEIGHT = 20;

  private record Filter(String column, boolean array, boolean indexed, Object value) {}

  /** The statement for a search without text or organisation that has filters; null for any other search. */
  static ShowcaseListingSql of(ShowcaseSearch search) {
    if (search.text() != null || search.organisationId() != null) return null;
    // In a fixed order: a filter's place in it is its bit in the set of kinds the statements are kept by.
    List<Filter> every = List.of(
        new Filter("categories", true, true, search.category()),
        new Filter("target_groups", true, true, search.targetGroup()),
        new Filter("countries", true, true, search.country() == null ? null : search.country().name()),
        new Filter("languages", true, false, search.language()),
        new Filter("regulatory", false, false, search.regulatoryStatus() == null ? null : search.regulatoryStatus().code()),
        new Filter("evidence", false, false, search.evidenceLevel() == null ? null : search.evidenceLevel().code()));
    List<Filter> filters = new ArrayList<>(every.size());
    List<Object> values = new ArrayList<>(every.size());
    int kinds = 0;
    for (int i = 0; i < every.size(); i++) {
      Filter filter = every.get(i);
      if (filter.value() == null) continue;
      filters.add(filter);
      values.add(filter.value());
      kinds |= 1 << i;
    }
    if (filters.isEmpty()) return null;
    Statements statements = STATEMENTS[kinds];
    if (statements == null) STATEMENTS[kinds] = statements = statements(filters);
    return new ShowcaseListingSql(statements.sql(), statements.counting(), statements.walk(), statements.gather(), values,
        statements.gated(), search.paging().pageSize(), search.paging().offset());
  }

  /** A page's statements, which depend only on which kinds of filter it has: made once for each set of kinds. */
  private record Statements(String sql, String counting, String walk, String gather, boolean gated) {}

  /**
   * The statements by set of filter kinds (a bit for each, in {@link #of}'s order), made when first
   * asked. Two event loops that make the same set at once make equal strings, so either may stay.
   */
  private static final Statements[] STATEMENTS = new Statements[1 << 6];

  private static Statements statements(List<Filter> filters) {
    StringBuilder walked = new StringBuilder();
    StringBuilder gathered = new StringBuilder();
    StringBuilder facets = new StringBuilder();
    boolean indexed = false;
    int n = 0;
    for (Filter filter : filters) {
      String value = "$" + ++n + "::text";
      String test = filter.array() ? "l." + filter.column() + " @> ARRAY[" + value + "]" : "l." + filter.column() + " = " + value;
      walked.append(" AND COALESCE(").append(test).append(", false)");
      String hidden = filter.array() ? "(SELECT ARRAY[" + value + "])" : "(SELECT " + value + ")";
      gathered.append(" AND l.").append(filter.column()).append(filter.array() ? " @> " : " = ").append(hidden);
      facets.append(" AND f.").append(filter.column()).append(filter.array() ? " @> " : " = ").append(hidden);
      indexed |= filter.indexed();
    }
    String walk = statement(walked, gathered, false, null, n + 1);
    if (!indexed) return new Statements(walk, walk, walk, walk, false);
    String given = statement(walked, gathered, true, "($" + (n + 1) + "::int8)::float8", n + 2);
    // Materialized: both ways read the one sum.
    String counting = "WITH hits AS MATERIALIZED (SELECT COALESCE(sum(f.showcases), 0)::float8 AS n FROM showcase_facet f WHERE true"
        + facets + ") " + statement(walked, gathered, true, "(SELECT h.n FROM hits h)", n + 1);
    return new Statements(given, counting, walk, gathered(gathered, n + 1), true);
  }

  /**
   * The page's statement: the walk alone, or both ways chosen by {@code hits} (an expression); the page
   * size is parameter {@code limitAt}, the offset the next one.
   */
  private static String statement(CharSequence walked, CharSequence gathered, boolean gated, String hits, int limitAt) {
    String page = " ORDER BY l.published_at DESC, l.showcase_id LIMIT (SELECT $" + limitAt + "::int) OFFSET (SELECT $"
        + (limitAt + 1) + "::int)";
    // Ordered by the walk's own columns, which the join by id keeps when it looks each row up in turn: no sort of the page.
    String walk = "SELECT " + ShowcaseSummary.COLUMNS + " FROM (SELECT l.showcase_id, l.published_at FROM showcase_listing l"
        + " WHERE %s l.verified" + walked + page + ") AS h JOIN showcase_listing l ON l.showcase_id = h.showcase_id"
        + " ORDER BY h.published_at DESC, h.showcase_id";
    String order = " AS l ORDER BY l.published_at DESC, l.showcase_id";
    if (!gated) return walk.formatted("");
    String many = "(SELECT " + WALK_WEIGHT + " * " + hits + " * " + hits + " >= ($" + limitAt + "::int + $" + (limitAt + 1)
        + "::int) * c.reltuples FROM pg_class c WHERE c.oid = 'showcase_listing'::regclass)";
    String gather = "SELECT " + ShowcaseSummary.COLUMNS + " FROM showcase_listing l WHERE NOT " + many + " AND l.verified" + gathered + page;
    return "SELECT * FROM ((" + gather + ") UNION ALL (" + walk.formatted(many + " AND") + "))" + order;
  }

  /** The gathering way alone: the hits through the filters' GIN indexes, sorted. */
  private static String gathered(CharSequence gathered, int limitAt) {
    return "SELECT " + ShowcaseSummary.COLUMNS + " FROM showcase_listing l WHERE l.verified" + gathered
        + " ORDER BY l.published_at DESC, l.showcase_id LIMIT (SELECT $" + limitAt + "::int) OFFSET (SELECT $" + (limitAt + 1) + "::int)";
  }

  /**
   * The one way {@link #sql()} takes for {@code hits}, as a statement of its own, for {@code listed} verified
   * showcases (the walked index holds only those). Its parameters are {@link #countingParams()}'.
   */
  String way(long hits, long listed) {
    return (double) WALK_WEIGHT * hits * hits >= (double) (limit + offset) * listed ? walk : gather;
  }

  /** The values, then the number of hits (when the statement chooses its way by them), the page size and the offset. */
  Tuple params(long hits) {
    List<Object> all = new ArrayList<>(values);
    if (gated) all.add(hits);
    all.add(limit);
    all.add(offset);
    return Tuple.from(all);
  }

  /** The values, the page size and the offset: the parameters of {@link #counting()} and of {@link #way}'s statements. */
  Tuple countingParams() {
    List<Object> all = new ArrayList<>(values);
    all.add(limit);
    all.add(offset);
    return Tuple.from(all);
  }
}
