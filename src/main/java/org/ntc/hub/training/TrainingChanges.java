package org.ntc.hub.training;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.notification.NotificationKind;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.realtime.EventLog;
import org.ntc.hub.realtime.Topics;

/**
 * What a training's organiser or staff change once it exists: its texts and times, its seats, or
 * calling it off. Each change runs under the locks of its seat pools, counts up the calendar
 * sequence, and tells everyone enrolled.
 */
final class TrainingChanges {
  private final TrainingRepository trainings;
  private final EventLog events;
  private final NotificationService notifications;
  private final SeatOffers offers;
  private final Clock clock;

  TrainingChanges(TrainingRepository trainings, EventLog events, NotificationService notifications, SeatOffers offers, Clock clock) {
    this.trainings = trainings;
    this.events = events;
    this.notifications = notifications;
    this.offers = offers;
    this.clock = clock;
  }

  /**
   * Edits or reschedules a training, as its organiser or staff. Under the locks of its seat pools:
   * a pool never shrinks below the seats it has confirmed or offered (409), a pool that grows confirms
   * its waitlist in arrival order at once (they asked for a seat and wait for one: no offer to answer). Participants are told, calendars count the change.
   */
  Future<Training> change(UUID id, TrainingChange change, Viewer viewer) {
    viewer.requireSignedIn();
    return manageable(id, viewer)
        .compose(t -> trainings.pool().withTransaction(tx -> trainings.lockPools(tx, id)
            .compose(locked -> trainings.byId(tx, id))
            .compose(current -> applyChange(tx, current, change, viewer))))
        .compose(done -> trainings.byId(id));
  }

  private Future<Void> applyChange(SqlClient tx, Training current, TrainingChange change, Viewer viewer) {
    if (current.cancelled()) return Future.failedFuture(new Conflict("The training is cancelled; it can no longer be changed"));
    TrainingChange.Revision revision = change.revise(current, OffsetDateTime.now(clock));
    if (!revision.changes(current)) return Future.succeededFuture();
    for (Training.Pool pool : current.pools()) {
      Integer to = revision.resized().get(pool.site());
      if (to != null && to < pool.taken()) {
        return Future.failedFuture(new Conflict("Capacity cannot go below the " + pool.taken()
            + " seats already confirmed or offered" + (pool.site() == PoolSite.MAIN ? "" : " at " + pool.site().code())));
      }
    }
    UUID id = current.id();
    if (revision.movesMeetings(current)) {
      return trainings.liveMeetings(tx, id).compose(live -> live > 0
          ? Future.failedFuture(new Conflict("Meetings are already arranged in these slots and tables"))
          : write(tx, current, revision, viewer));
    }
    return write(tx, current, revision, viewer);
  }

  private Future<Void> write(SqlClient tx, Training current, TrainingChange.Revision revision, Viewer viewer) {
    UUID id = current.id();
    JsonObject notice = TrainingService.notice(id, revision.title(), Times.rfc3339(revision.startsAt(), revision.contactPoint().zone()));
    return trainings.update(tx, id, revision, !viewer.staff())
        .compose(updated -> updated ? Future.<Void>succeededFuture() : Future.failedFuture(new Conflict("The training is cancelled")))
        .compose(done -> current.status() == TrainingStatus.CHANGES_REQUESTED && !viewer.staff()
            ? events.queueChanged(tx, "training", id, revision.title().toJson(), "added") : Future.<Void>succeededFuture())
        .compose(done -> resize(tx, current, revision, notice))
        .compose(done -> tellParticipants(tx, id, NotificationKind.TRAINING_CHANGED,
            notice.copy().put("rescheduled", revision.rescheduled())))
        .compose(done -> revision.rescheduled() ? offers.remindAgain(tx, id) : Future.<Void>succeededFuture())
        .compose(done -> revision.resized().isEmpty() ? Future.succeededFuture() : offers.seatsChanged(tx, id))
        .compose(done -> changed(tx, id, revision.rescheduled() ? "rescheduled" : "edited"));
  }

  /** New pool sizes; the seats a larger pool gains go to its waitlist, first come first served. */
  private Future<Void> resize(SqlClient tx, Training current, TrainingChange.Revision revision, JsonObject notice) {
    Future<Void> chain = Future.succeededFuture();
    for (Training.Pool pool : current.pools()) {
      Integer to = revision.resized().get(pool.site());
      if (to == null) continue;
      int freed = (int) Math.max(0, to - pool.taken());
      chain = chain.compose(done -> trainings.resize(tx, current.id(), pool.site(), to))
          .compose(done -> freed == 0 ? Future.succeededFuture(List.<UUID>of()) : trainings.promote(tx, current.id(), pool.site(), freed))
          .compose(promoted -> tellEach(tx, promoted, NotificationKind.ENROLMENT_CONFIRMED, notice));
    }
    return chain;
  }

  /**
   * Calls a training off, as its organiser or staff: it leaves the listings, enrolment closes,
   * calendars mark it cancelled, and everyone enrolled or waiting is told why.
   */
  Future<Training> callOff(UUID id, TrainingCancellation cancellation, Viewer viewer) {
    viewer.requireSignedIn();
    return manageable(id, viewer)
        .compose(t -> trainings.pool().withTransaction(tx -> trainings.lockPools(tx, id)
            .compose(locked -> trainings.callOff(tx, id, cancellation.reason()))
            .map(was -> was.orElseThrow(() -> new Conflict("The training is already cancelled")))
            .compose(was -> was == TrainingStatus.PENDING
                ? events.queueChanged(tx, "training", id, t.title().toJson(), "removed") : Future.<Void>succeededFuture())
            .compose(done -> tellParticipants(tx, id, NotificationKind.TRAINING_CANCELLED,
                TrainingService.notice(t).put("reason", cancellation.reason())))
            .compose(done -> changed(tx, id, "cancelled"))))
        .compose(done -> trainings.byId(id));
  }

  /** A training its organiser or staff may still change: not one already cancelled (409). */
  Future<Training> editable(UUID id, Viewer viewer) {
    viewer.requireSignedIn();
    return manageable(id, viewer).map(training -> {
      if (training.cancelled()) throw new Conflict("The training is cancelled; it can no longer be changed");
      return training;
    });
  }

  /** The training, if the viewer may see it (else 404) and may manage it (else 403). */
  private Future<Training> manageable(UUID id, Viewer viewer) {
    return TrainingService.visible(trainings, id, viewer).map(training -> {
      if (!TrainingService.organiser(training, viewer)) throw new Forbidden("Only staff and the organising organisation's members may change a training");
      return training;
    });
  }

  private Future<Void> tellParticipants(SqlClient tx, UUID id, NotificationKind kind, JsonObject notice) {
    return trainings.participants(tx, id).compose(people -> tellEach(tx, people, kind, notice));
  }

  private Future<Void> tellEach(SqlClient tx, List<UUID> people, NotificationKind kind, JsonObject notice) {
    Future<Void> chain = Future.succeededFuture();
    for (UUID person : people) chain = chain.compose(done -> notifications.toAccount(tx, person, kind, notice));
    return chain;
  }

  /** Tells every open page that the training was edited, rescheduled or cancelled. */
  private Future<Void> changed(SqlClient tx, UUID id, String change) {
    return trainings.byId(tx, id).compose(t -> !TrainingService.publicly(t) ? Future.<Void>succeededFuture()
        : events.publicly(tx, Topics.TRAINING_CHANGED, new JsonObject()
        .put("trainingId", id.toString()).put("change", change).put("status", t.status().code())
        .put("startsAt", Times.rfc3339(t.startsAt(), t.zone())).put("endsAt", Times.rfc3339(t.endsAt(), t.zone()))
        .put("sequence", t.sequence())));
  }
}
