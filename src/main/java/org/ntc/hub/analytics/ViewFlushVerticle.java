package org.ntc.hub.analytics;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import java.util.logging.Logger;
import org.ntc.hub.platform.Db;

/** One per node: adds the node's counted showcase views to the daily counts every few seconds, and once more on stopping. */
public final class ViewFlushVerticle extends VerticleBase {
  private static final Logger LOG = Logger.getLogger(ViewFlushVerticle.class.getName());
  private final ViewCounter counter;
  private final PgConnectOptions connect;
  private final long everyMillis;
  private Pool pool;
  private Future<Void> running = Future.succeededFuture();

  public ViewFlushVerticle(ViewCounter counter, PgConnectOptions connect, long everyMillis) {
    this.counter = counter;
    this.connect = connect;
    this.everyMillis = everyMillis;
  }

  @Override
  public Future<?> start() {
    pool = Db.pool(vertx, connect);
    vertx.setPeriodic(everyMillis, id -> flush());
    return Future.succeededFuture();
  }

  /** Flushes now, after any flush already under way; the same counts are never sent twice. */
  public synchronized Future<Void> flush() {
    running = running.transform(done -> counter.flush(pool)
        .onFailure(err -> LOG.warning("showcase views wait for the next flush: " + err.getMessage())));
    return running;
  }

  @Override
  public Future<?> stop() {
    return flush().transform(done -> pool.close());
  }
}
