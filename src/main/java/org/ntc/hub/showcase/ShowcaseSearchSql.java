package org.ntc.hub.showcase;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ntc.hub.platform.Coded;
import java.util.regex.Pattern;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.search.SearchQuery;
import org.ntc.hub.search.SearchService;

/**
 * The SQL of one catalogue search over {@code showcase_listing}, built from fixed clauses for
 * the filters present, so each combination gets its own prepared statement whose plan can use
 * the indexes (a catch-all "$n IS NULL OR …" would defeat them in a generic plan). Values are
 * always parameters; only the taxonomy's own ids appear in the text, as facet labels.
 *
 * <p>A text search ranks among at most {@link #CANDIDATES} hits and counts at most {@link #COUNTED}:
 * a product word widened through the thesaurus matches most of a large catalogue, and ranking or
 * counting every match would read all of them. Candidates are gathered in two tiers, showcases
 * matching the words as typed (stemmed) first, then those found only through the widening, so
 * the likeliest hits are always among them; within the set, the order is the usual one. A search
 * with fewer hits than the caps is answered exactly as without them.
 *
 * <p>A text search finds its hits through GIN scans of the listing documents (V43): the widened
 * query names each concept by its lexeme ({@link SearchQuery#listed}) and the filters are lexemes of
 * the same documents ({@code '#country=FI'}), AND-ed into the query, so rows the filters exclude are
 * never read. The exact tier asks the listing's slices newest first, a group of slices a scan (V47),
 * so a broad word stops after a few. Ranking still reads the titles and summaries with the widened
 * query as written.
 */
record ShowcaseSearchSql(String filters, String facetFilters, String exactQuery, String widenedQuery, String filterQuery,
                         List<Object> values, int limit, int offset) {
  /** Text searches rank among at most this many hits; pages beyond them are empty. */
  static final int CANDIDATES = 1000;
  /** Text searches count (total and facets) up to this many hits; beyond it the counts are lower bounds. */
  static final int COUNTED = 1000;
  /**
   * The text query in each language's stemming, OR-ed, plus an unstemmed one for names; unless the
   * query is to be taken literally, OR-ed with what the search understands it to mean ($2: other
   * languages' terms, inflected forms and compounds by prefix, topics; see search/SearchQuery).
   */
  private static final String TSQUERY = """
      (websearch_to_tsquery('finnish', $1) || websearch_to_tsquery('swedish', $1)
       || websearch_to_tsquery('english', $1) || websearch_to_tsquery('simple', $1))""";
  /**
   * What finds the widened hits: the widened query for the listing documents' concept lexemes
   * ({@link SearchQuery#listed}). The widened query as written ({@code widenedQuery}, a value) ranks
   * the page's candidates by their titles and summaries; it is the page's parameter after the filters.
   */
  private static final String WIDENED_MATCH = "to_tsquery('simple', $2)";
  /** The listing keeps its organisation's name and verified flag (V45): a search reads this one table. */
  private static final String FROM = " FROM showcase_listing l ";
  /** What a facet count reads of a candidate. */
  static final String FACET_COLUMNS = "l.categories, l.target_groups, l.countries, l.regulatory, l.evidence";
  /** Quotes, an excluded word or OR: the visitor wrote a query to be taken as written, not widened. */
  private static final Pattern LITERAL = Pattern.compile("\"|(^|\\s)-\\S|\\sor\\s", Pattern.CASE_INSENSITIVE);
  static final String COUNTS = SearchFacets.countsSelect("count(*)");
  /**
   * The same counts from {@code showcase_facet} (V45), one row per distinct classification with its
   * number of listed showcases of verified organisations: what a search without text but with filters
   * counts, unless it names an organisation (which the facet rows do not keep). Without any filter the
   * whole catalogue's kept totals answer ({@link SearchFacets#TOTALS}).
   */
  private static final String FACET_COUNTS = SearchFacets.countsSelect("sum(l.showcases)") + " FROM showcase_facet l WHERE true";

  static ShowcaseSearchSql of(ShowcaseSearch search) {
    List<Object> values = new ArrayList<>();
    StringBuilder filters = new StringBuilder();
    String exact = null;
    String widened = null;
    String filterQuery = null;
    if (search.text() != null) {
      values.add(search.text());
      exact = TSQUERY;
      SearchQuery query = literal(search.text()) ? null : SearchService.catalogueQuery(search.text());
      if (query != null && !query.isEmpty()) {
        widened = query.tsquery();
        values.add(query.listed());
      }
      String lexemes = filterLexemes(search);
      if (!lexemes.isEmpty()) {
        values.add(lexemes);
        filterQuery = "$" + values.size() + "::text::tsquery";
      }
      add(filters, values, "l.organisation_id = $%d", search.organisationId());
      return new ShowcaseSearchSql(filters.toString(), null, exact, widened, filterQuery, values,
          search.paging().pageSize(), search.paging().offset());
    }
    // The facet rows' counts are read with each value hidden in a subquery, so their plan is the same for every value.
    StringBuilder facets = new StringBuilder();
    add(filters, values, "l.categories @> ARRAY[$%d::text]", search.category());
    add(facets, values.size(), "l.categories @> (SELECT ARRAY[$%d::text])", search.category());
    add(filters, values, "l.target_groups @> ARRAY[$%d::text]", search.targetGroup());
    add(facets, values.size(), "l.target_groups @> (SELECT ARRAY[$%d::text])", search.targetGroup());
    String country = search.country() == null ? null : search.country().name();
    add(filters, values, "l.countries @> ARRAY[$%d::text]", country);
    add(facets, values.size(), "l.countries @> (SELECT ARRAY[$%d::text])", country);
    add(filters, values, "l.languages @> ARRAY[$%d::text]", search.language());
    add(facets, values.size(), "l.languages @> (SELECT ARRAY[$%d::text])", search.language());
    add(filters, values, "l.regulatory = $%d", code(search.regulatoryStatus()));
    add(facets, values.size(), "l.regulatory = (SELECT $%d::text)", code(search.regulatoryStatus()));
    add(filters, values, "l.evidence = $%d", code(search.evidenceLevel()));
    add(facets, values.size(), "l.evidence = (SELECT $%d::text)", code(search.evidenceLevel()));
    add(filters, values, "l.organisation_id = $%d", search.organisationId());
    return new ShowcaseSearchSql(filters.toString(), facets.toString(), null, null, null, values,
        search.paging().pageSize(), search.paging().offset());
  }

  /**
   * The filters as the lexemes the listing documents hold for them (see V43), AND-ed, as a tsquery
   * to be read as written (not parsed into words); empty without filters.
   */
  static String filterLexemes(ShowcaseSearch search) {
    List<String> lexemes = new ArrayList<>();
    lexeme(lexemes, "category", search.category());
    lexeme(lexemes, "group", search.targetGroup());
    lexeme(lexemes, "country", search.country() == null ? null : search.country().name());
    lexeme(lexemes, "language", search.language());
    lexeme(lexemes, "regulatory", code(search.regulatoryStatus()));
    lexeme(lexemes, "evidence", code(search.evidenceLevel()));
    return String.join(" & ", lexemes);
  }

  private static void lexeme(List<String> lexemes, String filter, String value) {
    if (value == null) return;
    lexemes.add("'#" + filter + "=" + value.replace("\\", "\\\\").replace("'", "''") + "'");
  }

  /** A search without text: verified organisations' showcases, filtered. */
  private String where() {
    return "WHERE l.verified" + filters;
  }

  /** Everything the search matches, exact and widened (the parameter at {@code widenedAt}): what a hit is ranked by. */
  String textQuery(int widenedAt) {
    return widenedQuery == null ? exactQuery : "(" + exactQuery + " || to_tsquery('simple', $" + widenedAt + "))";
  }

  /**
   * At most {@code max} hits, each with {@code columns}: those matching the words as typed first,
   * then those only the widened query finds (each hit once). Under a LIMIT, the second tier is not
   * read at all once the first has enough.
   */
  String candidates(String columns, int max) {
    // A query of stop words alone stays empty (matching nothing) rather than becoming the filters alone.
    String exactMatch = filterQuery == null ? exactQuery : "ntc_tsquery_within(" + exactQuery + ", " + filterQuery + ")";
    String exact = sliced(columns, exactMatch);
    if (widenedQuery == null) return exact + " LIMIT " + max;
    // Found by the widening and not by the words as typed; an empty exact query negated is no condition.
    String widenedOnly = "(" + WIDENED_MATCH + " && !!" + exactQuery + (filterQuery == null ? "" : " && " + filterQuery) + ")";
    // A word by prefix is gathered whole on every question to the index: asked once, not slice by slice.
    String widened = widenedByPrefix() ? "(SELECT " + columns + FROM + "WHERE l.verified AND l.doc @@ " + widenedOnly + filters + ")"
        : sliced(columns, widenedOnly);
    return exact + " UNION ALL " + widened + " LIMIT " + max;
  }

  /**
   * The rows {@code match} finds, with {@code columns}, last listed first: asked of the index a group of the
   * listing's slices at a time (V47), newest first in groups that double, so that under a LIMIT the index lists
   * the matches of a few slices, not all. Capped, the candidates are the newest listed hits, whatever the plan.
   */
  private String sliced(String columns, String match) {
    return "(SELECT " + columns + " FROM ntc_listing_slice_groups() AS s CROSS JOIN LATERAL (SELECT *" + FROM
        + "WHERE l.verified AND l.doc @@ " + match + " AND l.doc @@ s.slices" + filters
        + " ORDER BY l.listed_place DESC) AS l)";
  }

  /** Whether the widened query names a word by its prefix (the listing's lexemes are whole words and concepts). */
  private boolean widenedByPrefix() {
    return widenedQuery != null && ((String) values.get(1)).contains(":*");
  }

  /** Whether the search has a text (then ranked by it, among capped candidates); null {@link #exactQuery} otherwise. */
  boolean text() {
    return exactQuery != null;
  }

  private static boolean literal(String text) {
    return LITERAL.matcher(text).find();
  }

  private static String code(Coded value) {
    return value == null ? null : value.code();
  }

  private static void add(StringBuilder filters, List<Object> values, String clause, Object value) {
    if (value == null) return;
    values.add(value);
    add(filters, values.size(), clause, value);
  }

  /** Appends {@code clause} for the parameter numbered {@code parameter}, when there is a value. */
  private static void add(StringBuilder filters, int parameter, String clause, Object value) {
    if (value == null) return;
    // The clause's one "%d" is the parameter's number: written in place, without parsing a format per filter.
    int at = clause.indexOf("%d");
    filters.append(" AND ").append(clause, 0, at).append(parameter).append(clause, at + 2, clause.length());
  }

  /** One page of a search without text, newest first (a text search's page comes with its counts: {@link #pageAndCounts()}). */
  String page() {
    if (text()) throw new IllegalStateException("a text search is one statement: pageAndCounts()");
    int n = values.size();
    // One table, no subquery: a page of one organisation is planned at each call (other filtered pages: ShowcaseListingSql).
    return PAGES.computeIfAbsent(filters, clauses -> "SELECT " + ShowcaseSummary.COLUMNS + FROM + where()
        + " ORDER BY l.published_at DESC, l.showcase_id LIMIT $" + (n + 1) + " OFFSET $" + (n + 2));
  }

  /**
   * {@link #page()}'s statements by the filters' clauses, which decide them (a few dozen kinds): each is made once,
   * so the client and {@link org.ntc.hub.platform.SessionClaim#around} find it by a string whose hash is kept.
   */
  private static final Map<String, String> PAGES = new ConcurrentHashMap<>();

  /**
   * A text search's page and its counts in one statement, so the candidates are gathered once: the
   * first {@link #COUNTED} + 1 hits are read into {@code c}, counted there, and the first
   * {@link #CANDIDATES} of them ranked for the page. The counts come on every row, and on one row
   * without a showcase when the page is empty; read with {@link #pageAndCounts(RowSet)}.
   */
  String pageAndCounts() {
    int n = values.size() + (widenedQuery == null ? 0 : 1);
    String rank = "ts_rank(l.head, " + textQuery(values.size() + 1) + ")";
    return "WITH c AS MATERIALIZED (" + candidates("l.showcase_id, l.published_at, " + rank + " AS rank, " + FACET_COLUMNS,
        COUNTED + 1) + "), n AS (" + COUNTS + " FROM c AS l),"
        + " hit AS (SELECT r.showcase_id, r.rank, r.published_at FROM (SELECT * FROM c LIMIT " + CANDIDATES + ") AS r"
        + " ORDER BY r.rank DESC, r.published_at DESC, r.showcase_id LIMIT $" + (n + 1) + " OFFSET $" + (n + 2) + ")"
        + " SELECT n.*, " + ShowcaseSummary.COLUMNS + " FROM n LEFT JOIN (hit JOIN showcase_listing l"
        + " ON l.showcase_id = hit.showcase_id) ON true ORDER BY hit.rank DESC, hit.published_at DESC, hit.showcase_id";
  }

  /** The page and the counts {@link #pageAndCounts()} answers. */
  ShowcaseResults pageAndCounts(RowSet<Row> rows, Paging paging) {
    List<ShowcaseSummary> page = new ArrayList<>();
    SearchCounts counts = null;
    for (Row row : rows) {
      if (counts == null) counts = counts(row);
      if (ShowcaseSummary.onRow(row)) page.add(ShowcaseSummary.fromRow(row));
    }
    return new ShowcaseResults(page, counts, paging);
  }

  /** The total and every facet count of a search without text (a text search's come with its page: {@link #pageAndCounts()}). */
  String counts() {
    if (text()) throw new IllegalStateException("a text search is one statement: pageAndCounts()");
    if (whole()) return SearchFacets.TOTALS;
    return byOrganisation() ? COUNTS + FROM + where() : FACET_COUNTS + facetFilters;
  }

  /** What {@link #counts()} answered: one row of counts, or for the whole catalogue a row for each value counted. */
  SearchCounts counts(RowSet<Row> rows) {
    return whole() ? SearchFacets.totals(rows) : counts(rows.iterator().next());
  }

  /** A search without text, filter or organisation: it counts the whole catalogue, whose counts are kept (V51). */
  private boolean whole() {
    return !text() && filters.isEmpty();
  }

  /**
   * Whether {@link #counts()}'s plan is the same for every value, so PostgreSQL may keep it: the facet rows
   * are a few thousand at most, read whole whatever the filters, with each value hidden in a subquery.
   */
  boolean countsPlanKept() {
    return !byOrganisation();
  }

  /**
   * What names this search's {@link #counts()} and their parameters, as a key for kept counts: the filters'
   * clauses (which alone decide the statement) and the values, compared as they are, without writing out the
   * statement's several kilobytes of facet columns for every request.
   */
  Object countsKey() {
    if (text()) throw new IllegalStateException("a text search is one statement: pageAndCounts()");
    return new CountsKey(filters, values);
  }

  private record CountsKey(String filters, List<Object> values) {}

  /** Whether the search names an organisation, which the facet rows do not keep. */
  private boolean byOrganisation() {
    return filters.contains("l.organisation_id");
  }

  /**
   * The total and each facet's counts, read from the row {@link #counts()} or {@link #pageAndCounts()} answers
   * (both start with {@code total}, then {@code f0}, {@code f1}…: {@link SearchFacets#counted}); a text search's capped.
   */
  SearchCounts counts(Row row) {
    Map<String, Map<String, Long>> facets = SearchFacets.counted(row);
    long total = row.getLong(0);
    return text() ? SearchCounts.capped(total, facets, COUNTED) : new SearchCounts(total, facets, false);
  }

  Tuple params() {
    return Tuple.from(values);
  }

  Tuple pageParams() {
    List<Object> all = new ArrayList<>(values);
    if (widenedQuery != null) all.add(widenedQuery);
    all.add(limit);
    all.add(offset);
    return Tuple.from(all);
  }
}
