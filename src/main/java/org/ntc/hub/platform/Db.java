package org.ntc.hub.platform;

import io.vertx.core.Vertx;
import io.vertx.core.net.NetClientOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.Supplier;

/** The one named connection pool every verticle shares, and small helpers for row sets. */
public final class Db {
  public static final String POOL_NAME = "ntc-pool";
  /** The pipelined client for fixed-shape lookups, whose plans PostgreSQL may keep: see {@link #lookups(Pool)}. */
  public static final String LOOKUP_CLIENT_NAME = "ntc-lookups";
  /** The pipelined client for single read-only statements planned for their values: see {@link #reads(Pool)}. */
  public static final String READ_CLIENT_NAME = "ntc-reads";
  /** Connections of each pipelined client: see {@link #pipelined}. */
  public static final int PIPELINED_CONNECTIONS = 2;
  /** Statements sent down one connection before its first answer; beyond it they wait for a connection. */
  static final int PIPELINING_LIMIT = 256;
  private static final Map<Pool, SqlClient> LOOKUPS = Collections.synchronizedMap(new WeakHashMap<>());
  private static final Map<Pool, SqlClient> READS = Collections.synchronizedMap(new WeakHashMap<>());
  /** The pool for text searches, whose connections are set up for them: see {@link #textPool}. */
  public static final String TEXT_POOL_NAME = "ntc-texts";
  /** Connections of the text-search pool: a search keeps one busy for its whole statement. */
  static final int TEXT_CONNECTIONS = 4;
  private static final Map<Pool, Pool> TEXTS = Collections.synchronizedMap(new WeakHashMap<>());
  /**
   * The longest statement kept prepared on a connection. The client's default (2,048 characters)
   * left out the catalogue's facet counts and text searches, which were then parsed, planned and
   * closed again on every call, even on the lookup pool where their plan could be kept.
   */
  static final int LONGEST_KEPT_STATEMENT = 32_768;

  private Db() {}

  public static Pool pool(Vertx vertx, PgConnectOptions connect) {
    PgConnectOptions options = new PgConnectOptions(connect)
        .setCachePreparedStatements(true)
        .setPreparedStatementCacheMaxSize(512)
        .setPreparedStatementCacheSqlLimit(LONGEST_KEPT_STATEMENT)
        .setPipeliningLimit(256)
        // Catalogue filters and text queries are prepared once but their selectivity varies
        // with every value; a generic plan would pick one scan for all of them.
        .addProperty("plan_cache_mode", "force_custom_plan");
    PoolOptions pool = new PoolOptions()
        .setShared(true)
        .setName(POOL_NAME)
        .setMaxSize(16)
        .setMaxWaitQueueSize(2_000)
        .setConnectionTimeout(5)
        .setIdleTimeout(60);
    NetClientOptions net = new NetClientOptions().setConnectTimeout(5_000);
    return PgBuilder.pool().with(pool).with(net).connectingTo(options).using(vertx).build();
  }

  /**
   * The client for lookups whose plan does not depend on their values (the signed-in person by
   * session, the unfiltered catalogue page): without {@code force_custom_plan}, PostgreSQL plans
   * each prepared statement a few times and then keeps a generic plan, where the main pool plans
   * every execution again (planning cost these lookups several times what executing them does).
   * Its statements are pipelined: see {@link #pipelined}. Register it with {@link #pair}.
   */
  public static SqlClient lookupClient(Vertx vertx, PgConnectOptions connect) {
    return lookupClient(vertx, connect, LOOKUP_CLIENT_NAME);
  }

  /** A lookup client of its own name, so not shared with the node's (as tests that look at one connection need). */
  public static SqlClient lookupClient(Vertx vertx, PgConnectOptions connect, String name) {
    return pipelined(vertx, new PgConnectOptions(connect).setPreparedStatementCacheMaxSize(256)
        .addProperty("random_page_cost", LOOKUP_RANDOM_PAGE_COST), name);
  }

  /**
   * What the lookups' planner takes a page read out of order to cost, against 1 for one read in order:
   * PostgreSQL's default (4) prices a disk's seek, but the lookups read tables the database keeps in
   * its buffers. At the default, a small catalogue (tens of showcases) was scanned whole and sorted
   * for every page, and a filtered page joined back to the listing through a hash of all of it; at
   * 1.1 both walk the listing's newest-first index and look rows up by id, as large catalogues always
   * did. Set for the connection, so it holds for an external database too and changes no other client.
   */
  static final String LOOKUP_RANDOM_PAGE_COST = "1.1";

  /**
   * The client for single read-only statements whose plan depends on their values (a filtered
   * catalogue page): planned for each execution, like the main pool, and pipelined like the lookups.
   */
  public static SqlClient readClient(Vertx vertx, PgConnectOptions connect) {
    return readClient(vertx, connect, READ_CLIENT_NAME);
  }

  /** A read client of its own name, so not shared with the node's. */
  public static SqlClient readClient(Vertx vertx, PgConnectOptions connect, String name) {
    return pipelined(vertx, new PgConnectOptions(connect).setPreparedStatementCacheMaxSize(512)
        .addProperty("plan_cache_mode", "force_custom_plan"), name);
  }

  /**
   * A client that sends the statements of many requests down the same few connections without
   * waiting for each answer (what {@link Pool} does not: it lends a connection to one statement at a
   * time). Statements that arrive together reach PostgreSQL in one write and are answered in one,
   * and the backend reads them without going to sleep in between, so each statement costs less of
   * PostgreSQL's and the server's CPU than a round trip of its own. Each statement keeps its own
   * implicit transaction: one that fails fails only its own request. It cannot run a transaction
   * or hold a connection; those stay on {@link Pool}.
   *
   * <p>Two connections: one per core on the two-core machines this runs on, which keeps both
   * busy under load, where more would only split the batches; a production database behind
   * {@code NTC_DB_URL} sees two more connections per node than before, not one per request.
   */
  private static SqlClient pipelined(Vertx vertx, PgConnectOptions options, String name) {
    options.setCachePreparedStatements(true)
        .setPreparedStatementCacheSqlLimit(LONGEST_KEPT_STATEMENT)
        .setPipeliningLimit(PIPELINING_LIMIT)
        // Names its connections in pg_stat_activity, where a database's operator tells them from the pool's.
        .addProperty("application_name", name);
    return PgBuilder.client().with(small(name, PIPELINED_CONNECTIONS)).with(new NetClientOptions().setConnectTimeout(5_000))
        .connectingTo(options).using(vertx).build();
  }

  /**
   * The pool for the catalogue's text searches: its connections plan without sequential scans and
   * start no parallel workers (PostgreSQL prices a tsvector match as cheap, while each one reads a
   * kilobyte vector; a worker is a process started cold for one query), and plan each statement for
   * its values. Set for the connection instead of in a transaction around each search, a search is
   * one round trip to PostgreSQL instead of four (BEGIN, the settings, the statement, COMMIT), each
   * of which waits for the backend to be woken. Not pipelined: a search's statement takes long
   * enough that others queued behind it on its connection would wait for it. Register it with
   * {@link #pair(Pool, SqlClient, SqlClient, Pool)}.
   */
  public static Pool textPool(Vertx vertx, PgConnectOptions connect) {
    return textPool(vertx, connect, TEXT_POOL_NAME);
  }

  /** A text-search pool of its own name, so not shared with the node's. */
  public static Pool textPool(Vertx vertx, PgConnectOptions connect, String name) {
    PgConnectOptions options = new PgConnectOptions(connect)
        .setCachePreparedStatements(true)
        .setPreparedStatementCacheMaxSize(256)
        .setPreparedStatementCacheSqlLimit(LONGEST_KEPT_STATEMENT)
        .addProperty("plan_cache_mode", "force_custom_plan")
        .addProperty("enable_seqscan", "off")
        .addProperty("max_parallel_workers_per_gather", "0")
        .addProperty("application_name", name);
    return PgBuilder.pool().with(small(name, TEXT_CONNECTIONS)).with(new NetClientOptions().setConnectTimeout(5_000))
        .connectingTo(options).using(vertx).build();
  }

  /** A few connections shared by the node's verticles under one name, closed after a minute unused. */
  private static PoolOptions small(String name, int connections) {
    return new PoolOptions()
        .setShared(true)
        .setName(name)
        .setMaxSize(connections)
        .setMaxWaitQueueSize(2_000)
        .setConnectionTimeout(5)
        .setIdleTimeout(60);
  }

  /** Also makes {@code texts} what {@link #texts(Pool)} answers for {@code pool}. */
  public static void pair(Pool pool, SqlClient lookups, SqlClient reads, Pool texts) {
    pair(pool, lookups, reads);
    TEXTS.put(pool, texts);
  }

  /** The text-search pool paired with this pool, or null when it has none (as in tools and some tests). */
  public static Pool texts(Pool pool) {
    return TEXTS.get(pool);
  }

  /** Makes {@code lookups} and {@code reads} what {@link #lookups(Pool)} and {@link #reads(Pool)} answer for {@code pool}. */
  public static void pair(Pool pool, SqlClient lookups, SqlClient reads) {
    LOOKUPS.put(pool, lookups);
    READS.put(pool, reads);
  }

  /** The lookup client paired with this pool, or the pool itself when it has none (as in tools and some tests). */
  public static SqlClient lookups(Pool pool) {
    SqlClient lookups = LOOKUPS.get(pool);
    return lookups != null ? lookups : pool;
  }

  /** The client for one read-only statement planned for its values, or the pool itself when it has none. */
  public static SqlClient reads(Pool pool) {
    SqlClient reads = READS.get(pool);
    return reads != null ? reads : pool;
  }

  /** The only row of a result, or the problem that its absence means. */
  public static <T> T single(RowSet<T> rows, Supplier<? extends RuntimeException> absent) {
    var it = rows.iterator();
    if (!it.hasNext()) throw absent.get();
    return it.next();
  }

  /** The first row of a result, if there is one. */
  public static <T> Optional<T> first(RowSet<T> rows) {
    var it = rows.iterator();
    return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
  }

  /** The number in the first column of the only row: what a {@code SELECT count(*)} answers. */
  public static long count(RowSet<Row> rows) {
    return rows.iterator().next().getLong(0);
  }

  public static boolean any(RowSet<Row> rows) {
    return rows.iterator().hasNext();
  }

  public static <T> List<T> list(RowSet<T> rows) {
    List<T> list = new ArrayList<>();
    rows.forEach(list::add);
    return list;
  }

  /** A write refused by a unique index: a duplicate the caller should hear about as a 409. */
  public static boolean isUniqueViolation(Throwable err) {
    return err instanceof PgException pg && "23505".equals(pg.getSqlState());
  }
}
