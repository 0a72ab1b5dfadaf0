package org.ntc.hub;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ntc.hub.mail.MailOutbox;
import org.ntc.hub.mail.MailRenderer;
import org.ntc.hub.mail.MailSender;
import org.ntc.hub.platform.Db;

/**
 * One per node: sends the mail outbox when a mail server is configured, and runs the scheduled
 * work (offers that lapse, reminders, digests). Every node runs both; each piece of work claims
 * its rows under a lock or lease, so it is done once in the cluster, not once per node.
 */
final class BackgroundVerticle extends VerticleBase {
  private static final Logger LOG = Logger.getLogger(BackgroundVerticle.class.getName());

  /** A piece of scheduled work: it claims what is due and does it, and may run on every node at once. */
  record Job(String name, Supplier<Future<?>> run) {}

  private final AppConfig config;
  private final Clock clock;
  private final PgConnectOptions connect;
  private final String signingSecret;
  private Pool pool;
  private Pool mailPool;
  private MailSender sender;
  private long timer = -1;
  private boolean running;

  BackgroundVerticle(AppConfig config, Clock clock, PgConnectOptions connect, String signingSecret) {
    this.config = config;
    this.clock = clock;
    this.connect = connect;
    this.signingSecret = signingSecret;
  }

  @Override
  public Future<?> start() {
    pool = Db.pool(vertx, connect);
    List<Job> jobs = ScheduledWork.jobs(vertx, pool, config, clock, signingSecret);
    timer = vertx.setPeriodic(config.scheduleMillis(), id -> runJobs(jobs));
    if (config.smtp().isEmpty()) return Future.succeededFuture();
    // The sender's own pool: the shared one may close while the node stops, and the sender still
    // has to record what it sent and hand back what it holds.
    mailPool = PgBuilder.pool().with(new PoolOptions().setMaxSize(4)).connectingTo(connect).using(vertx).build();
    MailRenderer renderer = Mails.renderer(vertx, mailPool, config, signingSecret, clock);
    // The outbox is looked at every second at most, sooner when retries are due sooner (tests).
    long sweep = Math.max(50, Math.min(1_000, config.mailRetryMillis()));
    MailSender.Pace pace = new MailSender.Pace(config.mailRetryMillis(), config.mailTimeoutMillis(), sweep);
    sender = new MailSender(vertx, new MailOutbox(mailPool), renderer, config.smtp().get(), config.mailFrom(),
        config.node() + ":" + UUID.randomUUID(), pace, connect);
    return sender.start();
  }

  /** The jobs one after another; a tick that comes while they still run is skipped. */
  private void runJobs(List<Job> jobs) {
    if (running) return;
    running = true;
    Future<?> chain = Future.succeededFuture();
    for (Job job : jobs) {
      chain = chain.compose(done -> job.run().get()
          .onFailure(err -> LOG.log(Level.WARNING, "scheduled work '" + job.name() + "' failed; it runs again next time", err))
          .otherwiseEmpty());
    }
    chain.onComplete(done -> running = false);
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(timer);
    Future<Void> stopped = sender == null ? Future.succeededFuture() : sender.stop().eventually(() -> mailPool.close());
    return stopped.eventually(() -> pool.close());
  }
}
