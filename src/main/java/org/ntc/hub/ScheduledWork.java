package org.ntc.hub;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.ntc.hub.notification.NotificationRepository;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.realtime.EventLog;
import org.ntc.hub.showcase.ClaimRepository;
import org.ntc.hub.showcase.ClaimService;
import org.ntc.hub.showcase.ShowcaseRepository;
import org.ntc.hub.training.SeatOffers;
import org.ntc.hub.training.TrainingRepository;
import org.ntc.hub.notification.DigestService;

/** The work each node runs every {@code NTC_SCHEDULE_MILLIS}; each job claims its rows, so it is done once in the cluster. */
final class ScheduledWork {
  private ScheduledWork() {}

  static List<BackgroundVerticle.Job> jobs(Vertx vertx, Pool pool, AppConfig config, Clock clock, String signingSecret) {
    List<BackgroundVerticle.Job> jobs = new ArrayList<>();
    NotificationService notifications = new NotificationService(new NotificationRepository(pool, config.node()));
    SeatOffers offers = new SeatOffers(new TrainingRepository(pool), new EventLog(pool, config.node()), notifications, clock);
    jobs.add(new BackgroundVerticle.Job("lapsed seat offers", offers::lapseDue));
    jobs.add(new BackgroundVerticle.Job("training reminders", offers::remindDue));
    DigestService digests = new DigestService(pool, clock);
    jobs.add(new BackgroundVerticle.Job("daily digest", digests::sendDue));
    ClaimService claims = new ClaimService(new ClaimRepository(pool), new ShowcaseRepository(pool, null), notifications, clock);
    jobs.add(new BackgroundVerticle.Job("claim expiry reminders", claims::remindDue));
    return jobs;
  }
}
