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
  /** The small pool for fixed-shape lookups, whose plans PostgreSQL may keep: see {@link #lookups(Pool)}. */
  public static final String LOOKUP_POOL_NAME = "ntc-pool-lookups";
  private static final Map<Pool, Pool> LOOKUPS = Collections.synchronizedMap(new WeakHashMap<>());
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
   * A pool for lookups whose plan does not depend on their values (the signed-in person by
   * session, the first image of given showcases, the unfiltered catalogue page): without
   * {@code force_custom_plan}, PostgreSQL plans each prepared statement a few times and then
   * keeps a generic plan, where the main pool plans every execution again (planning cost these
   * lookups several times what executing them does). Register it with {@link #pair}.
   */
  public static Pool lookupPool(Vertx vertx, PgConnectOptions connect) {
    PgConnectOptions options = new PgConnectOptions(connect)
        .setCachePreparedStatements(true)
        .setPreparedStatementCacheMaxSize(256)
        .setPreparedStatementCacheSqlLimit(LONGEST_KEPT_STATEMENT)
        .setPipeliningLimit(256);
    PoolOptions pool = new PoolOptions()
        .setShared(true)
        .setName(LOOKUP_POOL_NAME)
        .setMaxSize(6)
        .setMaxWaitQueueSize(2_000)
        .setConnectionTimeout(5)
        .setIdleTimeout(60);
    NetClientOptions net = new NetClientOptions().setConnectTimeout(5_000);
    return PgBuilder.pool().with(pool).with(net).connectingTo(options).using(vertx).build();
  }

  /** Makes {@code lookups} what {@link #lookups(Pool)} answers for {@code pool}. */
  public static void pair(Pool pool, Pool lookups) {
    LOOKUPS.put(pool, lookups);
  }

  /** The lookup pool paired with this pool, or the pool itself when it has none (as in tools and some tests). */
  public static SqlClient lookups(Pool pool) {
    Pool lookups = LOOKUPS.get(pool);
    return lookups != null ? lookups : pool;
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
