package org.ntc.hub.realtime;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import org.ntc.hub.platform.Db;

/** One per node: relays the outbox to the event bus and feeds this node's streams from it. */
public final class RealtimeVerticle extends VerticleBase {
  private final PgConnectOptions connect;
  private final String node;
  private final StreamHub hub;
  private final long sweepMillis;
  private Pool pool;
  private OutboxRelay relay;

  public RealtimeVerticle(PgConnectOptions connect, String node, StreamHub hub, long sweepMillis) {
    this.connect = connect;
    this.node = node;
    this.hub = hub;
    this.sweepMillis = sweepMillis;
  }

  @Override
  public Future<?> start() {
    pool = Db.pool(vertx, connect);
    EventLog log = new EventLog(pool, node);
    relay = new OutboxRelay(vertx, log, connect);
    return hub.start(vertx, log).compose(done -> relay.start(sweepMillis));
  }

  @Override
  public Future<?> stop() {
    return Future.join(relay.stop(), hub.stop()).eventually(() -> pool.close());
  }
}
