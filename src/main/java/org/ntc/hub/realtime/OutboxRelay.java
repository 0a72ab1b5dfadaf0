package org.ntc.hub.realtime;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves committed events from the log onto the event bus. PostgreSQL wakes it the moment a
 * transaction with events commits (LISTEN/NOTIFY); a timer wakes it too, so events of a
 * node that died between commit and publish still go out. Any node may relay any event.
 */
final class OutboxRelay {
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
  private static final String CHANNEL = "ntc_outbox";
  private static final int BATCH = 500;
  private static final long PRUNE_EVERY_MILLIS = 3_600_000;

  private final Vertx vertx;
  private final EventLog log;
  private final PgSubscriber subscriber;
  private final long[] timers = new long[2];
  private boolean running;
  private boolean again;

  OutboxRelay(Vertx vertx, EventLog log, PgConnectOptions connect) {
    this.vertx = vertx;
    this.log = log;
    this.subscriber = PgSubscriber.subscriber(vertx, connect).reconnectPolicy(attempts -> 1_000L);
  }

  Future<Void> start(long sweepMillis) {
    subscriber.channel(CHANNEL).handler(payload -> wake());
    timers[0] = vertx.setPeriodic(sweepMillis, id -> wake());
    timers[1] = vertx.setPeriodic(PRUNE_EVERY_MILLIS, id -> log.prune()
        .onFailure(err -> LOG.log(Level.FINE, "pruning the event log failed", err)));
    // Without the notification channel the sweep still relays, a little later.
    return subscriber.connect().onFailure(err -> LOG.warning("event log notifications unavailable: " + err.getMessage()))
        .otherwiseEmpty().onComplete(done -> wake()).mapEmpty();
  }

  Future<Void> stop() {
    vertx.cancelTimer(timers[0]);
    vertx.cancelTimer(timers[1]);
    return subscriber.close();
  }

  private void wake() {
    if (running) {
      again = true;
      return;
    }
    running = true;
    again = false;
    log.numberCommitted(BATCH).onComplete(result -> {
      running = false;
      if (result.failed()) {
        LOG.log(Level.FINE, "relaying events failed; the sweep retries", result.cause());
        return;
      }
      List<DomainEvent> events = result.result();
      if (!events.isEmpty()) {
        JsonArray batch = new JsonArray();
        events.forEach(e -> batch.add(e.toJson()));
        vertx.eventBus().publish(StreamHub.ADDRESS, batch);
      }
      if (again || events.size() == BATCH) wake();
    });
  }
}
