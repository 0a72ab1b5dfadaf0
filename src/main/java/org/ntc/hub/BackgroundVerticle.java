package org.ntc.hub;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
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
  private static final long MAIL_SWEEP_MILLIS = 1_000;

  /** A piece of scheduled work: it claims what is due and does it, and may run on every node at once. */
  record Job(String name, Supplier<Future<?>> run) {}

  private final AppConfig config;
  private final Clock clock;
  private final PgConnectOptions connect;
  private final String signingSecret;
  private Pool pool;
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
    MailRenderer renderer = Mails.renderer(vertx, pool, config, signingSecret, clock);
    sender = new MailSender(vertx, new MailOutbox(pool), renderer, config.smtp().get(), config.mailFrom(), config.node() + ":" + UUID.randomUUID(), config.mailRetryMillis(), connect);
    return sender.start(MAIL_SWEEP_MILLIS);
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
    Future<Void> stopped = sender == null ? Future.succeededFuture() : sender.stop();
    return stopped.eventually(() -> pool.close());
  }
}
