package org.ntc.hub.training;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.notification.NotificationKind;
import org.ntc.hub.notification.NotificationMails;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.organisation.OrganisationService;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Review;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.realtime.EventLog;

/**
 * Trainings: staff publish directly, members of a verified organisation submit for review.
 * Enrolment confirms while seats remain, then waitlists first come first served; a seat freed
 * by a cancellation is offered to the first on the waitlist ({@link SeatOffers}). Seats are
 * counted under a lock on the pool row, so no concurrency can overbook. Organisers' changes are
 * {@link TrainingChanges}.
 */
public final class TrainingService {
  /** What "now" is for deadlines and starts; tests move it instead of waiting. */
  private final Clock clock;
  private static final String NOT_ENROLLED = "You are not enrolled in this training";
  private final TrainingRepository trainings;
  private final CalendarFeeds feeds;
  private final OrganisationService organisations;
  private final EventLog events;
  private final NotificationService notifications;
  private final SeatOffers offers;
  private final EnrolmentRepository enrolments;
  private final TrainingChanges changes;
  private final MatchmakingService matchmaking;
  private final PublicationNews publicationNews;

  public TrainingService(TrainingRepository trainings, OrganisationService organisations, EventLog events,
                         NotificationService notifications, Clock clock) {
    this.clock = clock;
    this.trainings = trainings;
    this.feeds = new CalendarFeeds(trainings);
    this.organisations = organisations;
    this.events = events;
    this.notifications = notifications;
    this.offers = new SeatOffers(trainings, events, notifications, clock);
    this.enrolments = new EnrolmentRepository(trainings.pool(), events.node());
    this.changes = new TrainingChanges(trainings, events, notifications, offers, clock);
    this.matchmaking = new MatchmakingService(trainings, notifications, clock);
    this.publicationNews = new PublicationNews(trainings, notifications);
  }

  /** A matchmaking day's profiles and one-to-one meetings. */
  public MatchmakingService matchmaking() {
    return matchmaking;
  }

  /** The offers and reminders, for the scheduled work. */
  public SeatOffers offers() {
    return offers;
  }

  public Future<Training> create(NewTraining training, Viewer viewer) {
    viewer.requireSignedIn();
    UUID id = UUID.randomUUID();
    return initialStatus(training, viewer)
        .compose(status -> trainings.pool().withTransaction(tx -> trainings.insert(tx, id, training, viewer.id(), status)
            .compose(done -> status == TrainingStatus.PENDING
                ? events.queueChanged(tx, "training", id, training.title().toJson(), "added")
                : publicationNews.published(tx, id, training.title(), training.organisationId(), viewer.id()))))
        .compose(done -> trainings.byId(id));
  }

  /** Staff publish at once; a verified organisation's members submit its trainings for review. */
  private Future<TrainingStatus> initialStatus(NewTraining training, Viewer viewer) {
    if (training.organisationId() == null) {
      if (viewer.staff()) return Future.succeededFuture(TrainingStatus.PUBLISHED);
      if (viewer.memberships().stream().noneMatch(m -> m.verified())) {
        throw new Forbidden("Trainings are offered by staff and by members of verified organisations");
      }
      throw new Invalid("organisationId", "name the organisation that offers the training");
    }
    if (!viewer.memberOf(training.organisationId())) throw new Forbidden("Only the organisation's members may offer its trainings");
    return organisations.find(training.organisationId(), viewer).map(org -> {
      if (!org.verified()) throw new Forbidden("The organisation must be verified by contact-point staff first");
      return viewer.staff() ? TrainingStatus.PUBLISHED : TrainingStatus.PENDING;
    });
  }

  public Future<Upcoming> list(TrainingQuery query, Paging paging) {
    Future<List<Training>> page = trainings.upcoming(query, paging);
    Future<Long> total = trainings.countUpcoming(query);
    return Future.all(page, total).map(done -> new Upcoming(page.result(), total.result()));
  }

  public Future<ViewedTraining> find(UUID id, Viewer viewer) {
    return visible(id, viewer).compose(training -> (viewer.signedIn()
            ? trainings.activeEnrolment(id, viewer.id()) : Future.succeededFuture(Optional.<MyEnrolment>empty()))
        .map(mine -> new ViewedTraining(training, mine, viewer.signedIn() && organiser(training, viewer))));
  }

  public Future<List<LinkedShowcase>> linkedShowcases(UUID id) {
    return trainings.linkedShowcases(id);
  }

  public Future<Training> training(UUID id, Viewer viewer) {
    return visible(id, viewer);
  }

  public Future<Enrolment> enrol(UUID id, NewEnrolment request, Viewer viewer) {
    viewer.requireSignedIn();
    return visible(id, viewer)
        .map(training -> poolFor(training, request))
        .compose(pool -> enrolments.enrol(id, viewer.id(), pool))
        .recover(err -> Future.failedFuture(Db.isUniqueViolation(err) ? new Conflict("You are already enrolled") : err));
  }

  /** The pool an enrolment goes to: the training's one pool, or the site a hybrid training's enrolment names. */
  private PoolSite poolFor(Training training, NewEnrolment request) {
    if (!training.published()) throw new Conflict("The training is not open for enrolment");
    if (!training.openForEnrolment(OffsetDateTime.now(clock))) throw new Conflict("Enrolment has closed");
    if (!training.hybridPools()) return PoolSite.MAIN;
    PoolSite site = request.site().orElseThrow(() -> new Invalid("site", "choose a site: " + String.join(", ",
        training.pools().stream().map(p -> p.site().code()).toList())));
    if (training.pools().stream().noneMatch(p -> p.site() == site)) throw new Invalid("site", "this training has no seats at " + site.code());
    return site;
  }

  /** Cancels one's enrolment, or declines a seat offered; a freed seat is offered to the first on that pool's waitlist. */
  public Future<Void> cancel(UUID id, Viewer viewer) {
    viewer.requireSignedIn();
    Future<Training> training = trainings.byId(id);
    return training.compose(t -> trainings.activeEnrolment(id, viewer.id()))
        .map(mine -> mine.orElseThrow(() -> new NotFound(NOT_ENROLLED)))
        .compose(mine -> trainings.pool().withTransaction(tx -> release(tx, id, mine.site(), viewer.id(), notice(training.result()))))
        .compose(released -> released ? Future.<Void>succeededFuture() : Future.failedFuture(new NotFound(NOT_ENROLLED)));
  }

  static JsonObject notice(Training training) {
    return notice(training.id(), training.title(), Times.rfc3339(training.startsAt(), training.zone()));
  }

  static JsonObject notice(UUID trainingId, Localised title, String startsAt) {
    return new JsonObject().put("trainingId", trainingId.toString()).put("title", title.toJson()).put("startsAt", startsAt);
  }

  /**
   * Gives up the person's places in trainings still to come, each as a cancellation does, in the
   * caller's transaction (an account's erasure). Pools are locked in one order, so that two such
   * transactions cannot deadlock.
   */
  public Future<Void> leaveAll(SqlClient tx, UUID accountId) {
    return trainings.upcomingEnrolments(tx, accountId).compose(places -> {
      Future<Boolean> chain = Future.succeededFuture(true);
      for (TrainingRepository.UpcomingPlace place : places) {
        JsonObject notice = notice(place.trainingId(), place.title(), Times.rfc3339(place.startsAt()));
        chain = chain.compose(done -> release(tx, place.trainingId(), place.site(), accountId, notice));
      }
      return chain.mapEmpty();
    });
  }

  /**
   * Cancels the person's enrolment under the pool's lock; a freed seat is offered to the first on
   * that pool's waitlist, who is told. False when there was nothing to cancel.
   */
  private Future<Boolean> release(SqlClient tx, UUID id, PoolSite site, UUID accountId, JsonObject notice) {
    return trainings.lockPool(tx, id, site)
        .compose(locked -> trainings.cancel(tx, id, accountId))
        .compose(was -> was.isEmpty() ? Future.succeededFuture(false)
            : fillFreedSeat(tx, id, site, was.get(), notice).compose(done -> offers.seatsChanged(tx, id)).map(true));
  }

  private Future<Void> fillFreedSeat(SqlClient tx, UUID id, PoolSite site, EnrolmentStatus was, JsonObject notice) {
    if (was != EnrolmentStatus.CONFIRMED && was != EnrolmentStatus.OFFERED) return Future.succeededFuture();
    return trainings.byId(tx, id).compose(training -> offers.offerFreeSeats(tx, id, site, notice, training.zone()));
  }

  /** Accepts the seat offered to the viewer (409 when none is open). */
  public Future<Enrolment> accept(UUID id, Viewer viewer) {
    return offers.accept(id, viewer);
  }

  public Future<List<Participant>> enrolments(UUID id, Viewer viewer) {
    viewer.requireSignedIn();
    return trainings.byId(id).compose(training -> {
      if (!organiser(training, viewer)) return Future.failedFuture(new Forbidden("Only staff and the organiser see the participants"));
      return trainings.enrolments(id);
    });
  }

  /** Staff or the organiser mark who attended, once the training has started. */
  public Future<AttendanceMark> markAttendance(UUID id, AttendanceMark mark, Viewer viewer) {
    viewer.requireSignedIn();
    return trainings.byId(id).compose(training -> {
      if (!organiser(training, viewer)) return Future.failedFuture(new Forbidden("Only staff and the organiser mark attendance"));
      if (OffsetDateTime.now(clock).isBefore(training.startsAt())) {
        return Future.failedFuture(new Conflict("Attendance is marked once the training has started"));
      }
      return trainings.markAttendance(id, mark);
    }).compose(marked -> marked ? Future.succeededFuture(mark)
        : Future.failedFuture(new NotFound("No confirmed enrolment of that person")));
  }

  /** The participant's certificate, if they attended: a PDF rendered on a worker thread. */
  public Future<byte[]> certificate(UUID id, Viewer viewer, String lang, Vertx vertx) {
    viewer.requireSignedIn();
    Future<Training> training = trainings.byId(id);
    return training.compose(t -> trainings.attendee(id, viewer.id()))
        .map(name -> name.orElseThrow(() -> new NotFound("No attendance recorded for you in this training")))
        .compose(name -> vertx.executeBlocking(() -> Certificate.pdf(training.result(), name, lang), false));
  }

  /** Each person's secret calendar subscription. */
  public CalendarFeeds feeds() {
    return feeds;
  }

  /** One training as a public RFC 5545 file (never with its join link), written on a worker thread. */
  public Future<String> calendar(UUID id, Viewer viewer, String lang, String publicUrl, Vertx vertx) {
    return visible(id, viewer).compose(training -> vertx.executeBlocking(
        () -> TrainingCalendar.ics(List.of(TrainingCalendar.Entry.of(training)), lang, publicUrl), false));
  }

  /** The calendar file a training's notification mail carries for its recipient; see {@link CalendarMails}. */
  public static NotificationMails.Attachments calendarMails(Vertx vertx, io.vertx.sqlclient.Pool pool, String publicUrl,
                                                           String organiserEmail) {
    return new CalendarMails(new TrainingRepository(pool), vertx, publicUrl, organiserEmail)::attachments;
  }

  /**
   * Loads the calendar and certificate libraries, so the first request does not pay for it. Blocking: the
   * caller runs it on a thread of its own, not a Vert.x worker, whose result would be handed to an event loop
   * that a node stopped just after its start has already closed.
   */
  public static void warmUp() {
    TrainingCalendar.warmUp();
    Certificate.warmUp();
  }


  /**
   * Staff publish a pending training or send it back to its organiser, who is told either way. A
   * review that names a version is refused once the training has changed since.
   */
  public Future<Training> review(UUID id, Review review, Viewer viewer) {
    viewer.requireStaff();
    TrainingStatus to = review.approved() ? TrainingStatus.PUBLISHED : TrainingStatus.CHANGES_REQUESTED;
    return trainings.byId(id)
        .map(training -> sameVersion(training, review.version()))
        .compose(training -> trainings.pool().withTransaction(tx -> trainings.review(tx, id, to)
            .compose(reviewed -> reviewed ? Future.<Void>succeededFuture()
                : Future.failedFuture(new Conflict("Only a pending training can be reviewed")))
            .compose(done -> events.queueChanged(tx, "training", id, training.title().toJson(), "removed"))
            .compose(done -> notifications.toAccount(tx, training.createdBy(), to == TrainingStatus.PUBLISHED
                ? NotificationKind.TRAINING_PUBLISHED : NotificationKind.TRAINING_CHANGES_REQUESTED, reviewed(training, review)))
            .compose(done -> to == TrainingStatus.PUBLISHED
                ? publicationNews.published(tx, id, training.title(), training.organisationId(), training.createdBy())
                : Future.succeededFuture())))
        .compose(done -> trainings.byId(id));
  }

  private static Training sameVersion(Training training, Optional<String> version) {
    if (version.isPresent() && training.updatedAt() != null && !version.get().equals(training.updatedAt().toString())) {
      throw new Conflict("The training changed after you opened it; review it again");
    }
    return training;
  }

  private static JsonObject reviewed(Training training, Review review) {
    JsonObject about = new JsonObject().put("trainingId", training.id().toString()).put("title", training.title().toJson());
    if (review.comment() != null) about.put("comment", review.comment());
    return about;
  }

  /** Edits or reschedules a training, as its organiser or staff; see {@link TrainingChanges}. */
  public Future<Training> change(UUID id, TrainingChange change, Viewer viewer) {
    return changes.change(id, change, viewer);
  }

  /** Calls a training off, as its organiser or staff; see {@link TrainingChanges}. */
  public Future<Training> callOff(UUID id, TrainingCancellation cancellation, Viewer viewer) {
    return changes.callOff(id, cancellation, viewer);
  }

  /** A training its organiser or staff may still change: not one already cancelled (409). */
  public Future<Training> editable(UUID id, Viewer viewer) {
    return changes.editable(id, viewer);
  }

  public Future<List<Training>> pending() {
    return trainings.pending();
  }

  /** One's enrolments, newest training first. */
  public Future<List<MyTraining>> mine(Viewer viewer) {
    viewer.requireSignedIn();
    return trainings.mine(viewer.id());
  }

  /** Published, or cancelled after it was: everyone may read it. */
  static boolean publicly(Training training) {
    return training.published() || training.cancelled() && training.cancellation().wasPublished();
  }

  private Future<Training> visible(UUID id, Viewer viewer) {
    return visible(trainings, id, viewer);
  }

  /** The training, if the viewer may see it; else 404. */
  static Future<Training> visible(TrainingRepository trainings, UUID id, Viewer viewer) {
    return trainings.byId(id).map(training -> {
      if (publicly(training) || organiser(training, viewer)) return training;
      throw new NotFound("training", id);
    });
  }

  static boolean organiser(Training training, Viewer viewer) {
    return viewer.staff() || (training.organisationId() != null && viewer.memberOf(training.organisationId()))
        || (viewer.signedIn() && viewer.id().equals(training.createdBy()));
  }
}
