package org.ntc.hub.search;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The search index ({@code search_entry}, kept by triggers; see V24) and its word list. Every
 * statement is prepared and fixed: the tsquery is a parameter, the type filter has its own text.
 */
public class SearchRepository {
  /**
   * Ranking every hit of a broad word would read every row it matches; counting needs no rank. The
   * best are ranked among at most this many hits in order of the index (newest are not preferred),
   * and only the page's rows are then read whole.
   */
  static final int RANKED = 200;
  /** Counts stop here: "1000+" says enough, and a broad word's count then costs no more than this. */
  public static final int COUNTED = 1000;

  private static final String PAGE = """
      SELECT e.id, e.type, e.title, e.summary, e.url FROM (
        SELECT id, rank, published_at FROM (
          SELECT id, ts_rank(doc, q) AS rank, published_at FROM search_entry, to_tsquery('simple', $1) AS q
          WHERE doc @@ q %s LIMIT %d) AS candidate
        ORDER BY rank DESC, published_at DESC, id LIMIT $2 OFFSET $3) AS hit
      JOIN search_entry e ON e.id = hit.id
      ORDER BY hit.rank DESC, hit.published_at DESC, hit.id""";
  private static final String PAGE_ALL = PAGE.formatted("", RANKED);
  private static final String PAGE_OF_TYPE = PAGE.formatted("AND type = $4", RANKED);
  /**
   * One capped count per type, each with the type as a literal so that the planner sees how many
   * rows it has: a rare type is read through its index, a broad word stops at the cap.
   */
  private static final String COUNTS = "SELECT " + String.join(", ", SearchType.CODES.stream().map(type ->
      "(SELECT count(*) FROM (SELECT 1 FROM search_entry WHERE type = '" + type + "' AND doc @@ to_tsquery('simple', $1) LIMIT "
          + (COUNTED + 1) + ") AS x) AS \"" + type + "\"").toList());
  private static final String SIMILAR_PER_WORD = """
      SELECT q.word AS asked, w.word FROM unnest($1::text[]) WITH ORDINALITY AS q(word, n),
        LATERAL (SELECT word, similarity(word, q.word) AS s FROM search_word WHERE word % q.word AND word <> q.word
                 ORDER BY s DESC, word LIMIT 3) AS w
      ORDER BY q.n, w.s DESC, w.word""";
  private static final String ADD_WORDS = """
      INSERT INTO search_word (word) SELECT DISTINCT w FROM unnest($1::text[]) AS w ON CONFLICT DO NOTHING""";

  /**
   * PostgreSQL prices a widened query (ORs of prefixes) as matching most rows and reads the table
   * in order until enough match; when several groups are AND-ed and few rows or none match, that
   * reads all of it (a second at 100,000 rows). Such queries go through the index.
   */
  private static final String NO_SEQUENTIAL_SCAN = "SET LOCAL enable_seqscan = off";

  private static final String LOCK_CONCEPTS = "LOCK TABLE search_concept IN EXCLUSIVE MODE";
  private static final String CONCEPTS = "SELECT id, source FROM search_concept";
  private static final String FORGET_CONCEPTS = "DELETE FROM search_concept";
  private static final String ADD_CONCEPT = "INSERT INTO search_concept (id, source, query) VALUES ($1, $2, to_tsquery('simple', $2))";
  private static final String REDERIVE = "UPDATE search_entry SET doc = ntc_search_concepts(doc)";
  /** The catalogue's listing documents hold the same concept lexemes (V43). */
  private static final String REDERIVE_CATALOGUE = "UPDATE showcase_listing SET doc = ntc_showcase_concepts(doc)";

  private final Pool pool;

  public SearchRepository(Pool pool) {
    this.pool = pool;
  }

  Future<List<SearchHit>> page(SearchQuery query, SearchType type, int limit, int offset) {
    Tuple params = Tuple.of(query.indexed(), limit, offset);
    if (type != null) params.addString(type.code());
    return plan(query, client -> client.preparedQuery(type == null ? PAGE_ALL : PAGE_OF_TYPE).mapping(SearchHit::fromRow)
        .execute(params)).map(rows -> {
          List<SearchHit> hits = new ArrayList<>();
          rows.forEach(hits::add);
          return hits;
        });
  }

  /** Hits per type, each counted up to {@link #COUNTED} + 1. */
  Future<Map<SearchType, Long>> counts(SearchQuery query) {
    return plan(query, client -> client.preparedQuery(COUNTS).execute(Tuple.of(query.indexed()))).map(rows -> {
      Row row = rows.iterator().next();
      Map<SearchType, Long> counts = new LinkedHashMap<>();
      for (SearchType type : SearchType.values()) counts.put(type, row.getLong(type.code()));
      return counts;
    });
  }

  /** For each word, up to three known words spelt like it, best first. */
  Future<Map<String, List<String>>> similar(List<String> words) {
    return pool.preparedQuery(SIMILAR_PER_WORD).execute(Tuple.tuple().addArrayOfString(words.toArray(String[]::new))).map(rows -> {
      Map<String, List<String>> similar = new LinkedHashMap<>();
      for (Row row : rows) similar.computeIfAbsent(row.getString("asked"), k -> new ArrayList<>()).add(row.getString("word"));
      return similar;
    });
  }

  private <T> Future<T> plan(SearchQuery query, Function<SqlClient, Future<T>> statement) {
    if (!query.combined()) return statement.apply(pool);
    return pool.withTransaction(tx -> tx.query(NO_SEQUENTIAL_SCAN).execute().compose(done -> statement.apply(tx)));
  }

  /**
   * Makes the index's concepts those given (concept id → the tsquery source that finds its terms):
   * when they differ from what the database holds, rewrites them and derives every entry's concept
   * lexemes afresh, in one transaction. Several nodes starting at once do it once.
   */
  Future<Boolean> keepConcepts(Map<String, String> concepts) {
    return pool.withTransaction(tx -> tx.query(LOCK_CONCEPTS).execute()
        .compose(locked -> tx.query(CONCEPTS).execute())
        .compose(rows -> {
          Map<String, String> held = new LinkedHashMap<>();
          rows.forEach(row -> held.put(row.getString("id"), row.getString("source")));
          if (held.equals(concepts)) return Future.succeededFuture(false);
          List<Tuple> added = concepts.entrySet().stream().map(c -> Tuple.of(c.getKey(), c.getValue())).toList();
          return tx.query(FORGET_CONCEPTS).execute()
              .compose(forgotten -> added.isEmpty() ? Future.succeededFuture() : tx.preparedQuery(ADD_CONCEPT).executeBatch(added))
              .compose(written -> tx.query(REDERIVE).execute())
              .compose(rederived -> tx.query(REDERIVE_CATALOGUE).execute())
              .map(true);
        }));
  }

  Future<Void> addWords(List<String> words) {
    return pool.preparedQuery(ADD_WORDS).execute(Tuple.tuple().addArrayOfString(words.toArray(String[]::new))).mapEmpty();
  }
}
