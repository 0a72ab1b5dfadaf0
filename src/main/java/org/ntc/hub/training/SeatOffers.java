package org.ntc.hub.training;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.ntc.hub.notification.NotificationKind;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.realtime.EventLog;
import org.ntc.hub.realtime.Topics;

/**
 * Seats offered instead of given: a seat freed by a cancellation is offered to the first on its
 * pool's waitlist, who has a day (at the latest until the training starts) to accept it; declining
 * or letting the offer lapse passes it on to the next. An offered seat counts as taken, and every
 * change happens under the pool's lock, so capacity holds whatever runs at once. The day before a
 * training its confirmed participants are reminded. Both jobs run on every node and claim their
 * rows, so each offer lapses and each person is reminded once.
 */
public final class SeatOffers {
  /** How long an offered seat waits for its answer. */
  static final Duration OFFER_TIME = Duration.ofHours(24);
  private static final int BATCH = 100;
  private final TrainingRepository trainings;
  private final SeatOfferRepository offers;
  private final EventLog events;
  private final NotificationService notifications;
  private final Clock clock;

  public SeatOffers(TrainingRepository trainings, EventLog events, NotificationService notifications, Clock clock) {
    this.trainings = trainings;
    this.offers = new SeatOfferRepository(trainings.pool());
    this.events = events;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** Under the pool's lock, which the caller holds: offers its free seats to its waitlist in arrival order, telling each. */
  Future<Void> offerFreeSeats(SqlClient tx, UUID id, PoolSite site, JsonObject notice, ZoneId zone) {
    return offers.offer(tx, id, site, now(), OFFER_TIME.toSeconds()).compose(offered -> {
      Future<Void> chain = Future.succeededFuture();
      for (SeatOfferRepository.Offer offer : offered) {
        JsonObject about = notice.copy().put("offerExpiresAt", Times.rfc3339(offer.expiresAt(), zone)).put("timeZone", zone.getId());
        chain = chain.compose(done -> notifications.toAccount(tx, offer.accountId(), NotificationKind.ENROLMENT_OFFERED, about));
      }
      return chain;
    });
  }

  /** Accepts the seat offered to the viewer: their enrolment is confirmed (409 when no offer is open, or it has lapsed). */
  public Future<Enrolment> accept(UUID id, Viewer viewer) {
    viewer.requireSignedIn();
    Future<Training> training = trainings.byId(id);
    return training.compose(t -> {
          if (!t.published()) return Future.failedFuture(new Conflict("The training is not open; its offers cannot be accepted"));
          return trainings.activeEnrolment(id, viewer.id());
        })
        .map(mine -> mine.filter(MyEnrolment::offered).orElseThrow(() -> new Conflict("No seat is offered to you in this training")))
        .compose(mine -> trainings.pool().withTransaction(tx -> trainings.lockPool(tx, id, mine.site())
            .compose(locked -> offers.accept(tx, id, viewer.id(), now()))
            .map(accepted -> accepted.orElseThrow(() -> new Conflict("The offer has lapsed; the seat went to the next person")))
            .compose(accepted -> notifications.toAccount(tx, viewer.id(), NotificationKind.ENROLMENT_CONFIRMED,
                    TrainingService.notice(training.result()))
                .compose(done -> seatsChanged(tx, id)).map(accepted))));
  }

  /** The scheduled job: offers past their deadline are given up, their holders told, and the seats offered on. */
  public Future<Integer> lapseDue() {
    return offers.lapsedPools(now(), BATCH).compose(pools -> {
      Future<Integer> chain = Future.succeededFuture(0);
      for (SeatOfferRepository.LapsedPool pool : pools) {
        chain = chain.compose(count -> trainings.pool().withTransaction(tx -> lapse(tx, pool)).map(lapsed -> count + lapsed));
      }
      return chain;
    });
  }

  private Future<Integer> lapse(SqlClient tx, SeatOfferRepository.LapsedPool pool) {
    UUID id = pool.trainingId();
    return trainings.lockPool(tx, id, pool.site())
        .compose(locked -> offers.lapse(tx, id, pool.site(), now()))
        .compose(lapsed -> lapsed.isEmpty() ? Future.succeededFuture(0) : trainings.byId(tx, id).compose(training -> {
          JsonObject notice = TrainingService.notice(training);
          Future<Void> chain = Future.succeededFuture();
          for (UUID person : lapsed) {
            chain = chain.compose(done -> notifications.toAccount(tx, person, NotificationKind.ENROLMENT_OFFER_LAPSED, notice));
          }
          return chain.compose(done -> offerFreeSeats(tx, id, pool.site(), notice, training.zone()))
              .compose(done -> seatsChanged(tx, id)).map(lapsed.size());
        }));
  }

  /**
   * The scheduled job: confirmed participants of trainings starting within a day are reminded, each
   * once; the claim, the notification and its mail (with the calendar file) commit together.
   */
  public Future<Integer> remindDue() {
    return trainings.pool().withTransaction(tx -> offers.claimReminders(tx, now(), BATCH).compose(due -> {
      Future<Void> chain = Future.succeededFuture();
      for (SeatOfferRepository.Reminder reminder : due) {
        ZoneId zone = Site.of(reminder.contactPoint()).zone();
        JsonObject notice = TrainingService.notice(reminder.trainingId(), reminder.title(), Times.rfc3339(reminder.startsAt(), zone));
        chain = chain.compose(done -> notifications.toAccount(tx, reminder.accountId(), NotificationKind.TRAINING_REMINDER, notice));
      }
      return chain.map(due.size());
    }));
  }

  /** A rescheduled training's participants are reminded again of its new time. */
  Future<Void> remindAgain(SqlClient tx, UUID id) {
    return offers.remindAgain(tx, id);
  }

  /** Tells everyone watching how many seats are left, in the transaction that changed them. */
  Future<Void> seatsChanged(SqlClient tx, UUID id) {
    return trainings.byId(tx, id).compose(training -> events.publicly(tx, Topics.TRAINING_SEATS, training.seatsJson()));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

}
