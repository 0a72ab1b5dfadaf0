package org.ntc.hub.platform;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.sqlclient.Pool;
import java.util.concurrent.TimeUnit;

/**
 * Whether the database answers, known without a round trip per question: the pool is asked
 * ({@code SELECT 1}, at most 3 s) at most once a second, every question meanwhile gets that
 * answer, and one question in flight serves everyone who asks while it runs. A database that
 * stops, restarts or drops its connections closes a watching connection this holds open, and
 * the next question asks the pool again at once; one that stops answering but keeps its
 * connections (hung, or cut off by the network) is noticed within a second plus the 3 s.
 * Used from the one event loop of the verticle that made it.
 */
public final class DatabaseWatch {
  static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(1);
  static final long TIMEOUT_SECONDS = 3;

  private final Vertx vertx;
  private final Pool pool;
  private final PgConnectOptions connect;
  private boolean known;
  private boolean up;
  private long checkedAt;
  private Future<Boolean> checking;
  private PgConnection watching;
  private boolean connecting;
  private boolean closed;

  public DatabaseWatch(Vertx vertx, Pool pool, PgConnectOptions connect) {
    this.vertx = vertx;
    this.pool = pool;
    this.connect = connect;
  }

  /** Whether the database answered the latest check, no older than a second and made after any lost connection. */
  public Future<Boolean> up() {
    if (known && System.nanoTime() - checkedAt < FRESH_NANOS) return Future.succeededFuture(up);
    if (checking == null) {
      checking = pool.query("SELECT 1").execute()
          .timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS)
          .map(rows -> true)
          .otherwise(false)
          .onComplete(result -> {
            up = result.result();
            checkedAt = System.nanoTime();
            known = true;
            checking = null;
            if (up) watch();
          });
    }
    return checking;
  }

  /** Keeps one connection open whose closing says at once that the database went away. */
  private void watch() {
    if (watching != null || connecting || closed || connect == null) return;
    connecting = true;
    PgConnection.connect(vertx, connect).onComplete(result -> {
      connecting = false;
      if (result.failed()) {
        // Nothing watches the answer just given, so it must not be trusted for the rest of its second:
        // a database stopping while this connected would otherwise stay UP until the answer aged.
        known = false;
        return;
      }
      PgConnection connection = result.result();
      if (closed) {
        connection.close();
        return;
      }
      watching = connection;
      connection.closeHandler(gone -> {
        watching = null;
        known = false;
      });
    });
  }

  public Future<Void> close() {
    closed = true;
    PgConnection connection = watching;
    watching = null;
    return connection == null ? Future.succeededFuture() : connection.close();
  }
}
