package org.ntc.hub.training;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.notification.NotificationKind;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.organisation.OrganisationRepository;
import org.ntc.hub.realtime.EventLog;
import org.ntc.hub.realtime.Topics;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;

/**
 * Trainings: staff publish directly, members of a verified organisation submit for review.
 * Enrolment confirms while seats remain, then waitlists first come first served; a
 * cancellation confirms the first on the waitlist at once. Seats are counted under a lock on
 * the pool row, so no concurrency can overbook.
 */
public final class TrainingService {
  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
  private final TrainingRepository trainings;
  private final OrganisationRepository organisations;
  private final EventLog events;
  private final NotificationService notifications;

  public TrainingService(TrainingRepository trainings, OrganisationRepository organisations, EventLog events,
                         NotificationService notifications) {
    this.trainings = trainings;
    this.organisations = organisations;
    this.events = events;
    this.notifications = notifications;
  }

  public Future<JsonObject> create(JsonObject body, Viewer viewer, String lang) {
    viewer.requireSignedIn();
    NewTraining training = NewTraining.from(body, OffsetDateTime.now(ZoneOffset.UTC));
    Future<String> status;
    if (viewer.staff() && training.organisationId() == null) {
      status = Future.succeededFuture("published");
    } else if (training.organisationId() == null) {
      if (viewer.memberships().stream().noneMatch(m -> m.verified())) {
        throw new Forbidden("Trainings are offered by staff and by members of verified organisations");
      }
      throw new Invalid("organisationId", "name the organisation that offers the training");
    } else if (!viewer.memberOf(training.organisationId())) {
      throw new Forbidden("Only the organisation's members may offer its trainings");
    } else {
      status = organisations.byId(training.organisationId()).map(org -> {
        if (!org.verified()) throw new Forbidden("The organisation must be verified by contact-point staff first");
        return viewer.staff() ? "published" : "pending";
      });
    }
    UUID id = UUID.randomUUID();
    return status.compose(s -> trainings.pool().withTransaction(tx -> trainings.insert(tx, id, training, viewer.id(), s)
            .compose(done -> s.equals("pending") ? events.queueChanged(tx, "training", id, training.title().toJson(), "added") : Future.succeededFuture())))
        .compose(done -> trainings.byId(id)).map(t -> t.toJson(lang, true));
  }

  public Future<JsonObject> list(OffsetDateTime from, OffsetDateTime to, String contactPoint, String audience, String language,
                                 Paging paging, String lang) {
    return Future.all(trainings.upcoming(from, to, contactPoint, audience, language, paging.pageSize(), paging.offset()),
            trainings.countUpcoming(from, to, contactPoint, audience, language))
        .map(all -> paging.page(all.<List<Training>>resultAt(0).stream().map(t -> t.toJson(lang, false)).toList(),
            all.<Long>resultAt(1)));
  }

  public Future<JsonObject> find(UUID id, Viewer viewer, String lang) {
    return visible(id, viewer).compose(training -> viewer.signedIn()
        ? trainings.activeEnrolment(trainings.pool(), id, viewer.id()).map(mine -> {
          boolean confirmed = mine.map(r -> r.getString("status").equals("confirmed")).orElse(false);
          JsonObject json = training.toJson(lang, confirmed || organiser(training, viewer));
          mine.ifPresent(r -> json.put("myEnrolment", new JsonObject().put("status", r.getString("status")).put("site", r.getString("site"))));
          return json;
        })
        : Future.succeededFuture(training.toJson(lang, false)));
  }

  public Future<List<JsonObject>> linkedShowcases(UUID id, String lang) {
    return trainings.linkedShowcases(id).map(list -> list.stream().map(s -> new JsonObject().put("id", s.getString("id"))
        .put("title", org.ntc.hub.platform.Localised.of(s.getJsonObject("title")).in(lang))).toList());
  }

  public Future<Training> training(UUID id, Viewer viewer) {
    return visible(id, viewer);
  }

  public Future<JsonObject> enrol(UUID id, JsonObject body, Viewer viewer) {
    viewer.requireSignedIn();
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, Set.of("site"));
    String site = errors.oneOf(body, "site", NewTraining.SITES, false);
    errors.throwIfAny();
    return visible(id, viewer).compose(training -> {
      if (!training.status().equals("published")) return Future.failedFuture(new Conflict("The training is not open for enrolment"));
      if (!OffsetDateTime.now().isBefore(training.enrolmentClosesAt())) {
        return Future.failedFuture(new Conflict("Enrolment has closed"));
      }
      String pool = training.hybridPools() ? site : "main";
      if (pool == null) return Future.failedFuture(new Invalid("site", "choose a site: " + String.join(", ",
          training.pools().stream().map(Training.Pool::site).toList())));
      UUID enrolmentId = UUID.randomUUID();
      return trainings.pool().withTransaction(tx -> trainings.lockPool(tx, id, pool).compose(capacity -> {
            if (capacity.isEmpty()) return Future.failedFuture(new Invalid("site", "this training has no seats at " + pool));
            return trainings.activeEnrolment(tx, id, viewer.id()).compose(existing -> {
              if (existing.isPresent()) return Future.failedFuture(new Conflict("You are already enrolled"));
              return trainings.confirmed(tx, id, pool).compose(confirmed -> {
                String status = confirmed < capacity.get() ? "confirmed" : "waitlisted";
                return trainings.enrol(tx, enrolmentId, id, viewer.id(), pool, status).compose(position -> {
                  JsonObject json = new JsonObject().put("id", enrolmentId.toString()).put("trainingId", id.toString())
                      .put("status", status).put("site", pool);
                  if (status.equals("waitlisted")) json.put("position", position);
                  return seatsChanged(tx, id).map(json);
                });
              });
            });
          }))
          .recover(err -> Future.failedFuture(Db.isUniqueViolation(err)
              ? new Conflict("You are already enrolled") : err));
    });
  }

  /** Cancels one's enrolment; a freed seat goes at once to the first on that pool's waitlist. */
  public Future<Void> cancel(UUID id, Viewer viewer) {
    viewer.requireSignedIn();
    return trainings.byId(id).compose(training -> trainings.activeEnrolment(trainings.pool(), id, viewer.id())
        .compose(mine -> {
          if (mine.isEmpty()) return Future.failedFuture(new NotFound("You are not enrolled in this training"));
          String site = mine.get().getString("site");
          JsonObject notice = new JsonObject().put("trainingId", id.toString()).put("title", training.title().toJson())
              .put("startsAt", Times.rfc3339(training.startsAt(), training.zone()));
          return trainings.pool().withTransaction(tx -> release(tx, id, site, viewer.id(), notice)
              .compose(released -> released ? Future.<Void>succeededFuture()
                  : Future.failedFuture(new NotFound("You are not enrolled in this training"))));
        })).mapEmpty();
  }

  /**
   * Gives up the person's places in trainings still to come, each as a cancellation does, in the
   * caller's transaction (an account's erasure). Pools are locked in one order, so that two such
   * transactions cannot deadlock.
   */
  public Future<Void> leaveAll(SqlClient tx, UUID accountId) {
    return trainings.upcomingEnrolments(tx, accountId).compose(rows -> {
      Future<Boolean> chain = Future.succeededFuture(true);
      for (Row row : rows) {
        UUID id = row.getUUID("training_id");
        JsonObject notice = new JsonObject().put("trainingId", id.toString()).put("title", row.getJsonObject("title"))
            .put("startsAt", Times.rfc3339(row.getOffsetDateTime("starts_at")));
        chain = chain.compose(done -> release(tx, id, row.getString("site"), accountId, notice));
      }
      return chain.mapEmpty();
    });
  }

  /** Cancels the person's enrolment under the pool's lock; a freed seat goes at once to the first on that pool's waitlist. */
  private Future<Boolean> release(SqlClient tx, UUID id, String site, UUID accountId, JsonObject notice) {
    return trainings.lockPool(tx, id, site)
        .compose(locked -> trainings.activeEnrolment(tx, id, accountId))
        .compose(current -> {
          if (current.isEmpty()) return Future.succeededFuture(false);
          boolean wasConfirmed = current.get().getString("status").equals("confirmed");
          return trainings.cancel(tx, current.get().getUUID("id"))
              .compose(done -> wasConfirmed ? trainings.promote(tx, id, site) : Future.succeededFuture(Optional.<UUID>empty()))
              .compose(promoted -> promoted.isPresent()
                  ? notifications.toAccount(tx, promoted.get(), NotificationKind.ENROLMENT_CONFIRMED, notice) : Future.<Void>succeededFuture())
              .compose(done -> seatsChanged(tx, id))
              .map(true);
        });
  }

  public Future<List<JsonObject>> enrolments(UUID id, Viewer viewer) {
    viewer.requireSignedIn();
    return trainings.byId(id).compose(training -> {
      if (!organiser(training, viewer)) return Future.failedFuture(new Forbidden("Only staff and the organiser see the participants"));
      return trainings.enrolments(id);
    });
  }

  /** Staff or the organiser mark who attended, once the training has started. */
  public Future<JsonObject> markAttendance(UUID id, JsonObject body, Viewer viewer) {
    viewer.requireSignedIn();
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, Set.of("accountId", "attended"));
    UUID accountId = errors.uuid(body, "accountId", true);
    if (!(body.getValue("attended") instanceof Boolean)) errors.add("attended", "must be true or false");
    errors.throwIfAny();
    boolean attended = body.getBoolean("attended");
    return trainings.byId(id).compose(training -> {
      if (!organiser(training, viewer)) return Future.failedFuture(new Forbidden("Only staff and the organiser mark attendance"));
      if (OffsetDateTime.now().isBefore(training.startsAt())) {
        return Future.failedFuture(new Conflict("Attendance is marked once the training has started"));
      }
      return trainings.markAttendance(id, accountId, attended);
    }).compose(marked -> marked ? Future.succeededFuture(new JsonObject().put("trainingId", id.toString())
            .put("accountId", accountId.toString()).put("attended", attended))
        : Future.failedFuture(new NotFound("No confirmed enrolment of that person")));
  }

  /** The participant's certificate, if they attended: a PDF rendered on a worker thread. */
  public Future<byte[]> certificate(UUID id, Viewer viewer, String lang, Vertx vertx) {
    viewer.requireSignedIn();
    return trainings.byId(id).compose(training -> trainings.attendee(id, viewer.id()).compose(name -> name
        .map(n -> vertx.executeBlocking(() -> Certificate.pdf(training, n, lang), false))
        .orElseGet(() -> Future.failedFuture(new NotFound("No attendance recorded for you in this training")))));
  }

  /** A new secret feed address for the person's enrolments; any earlier address stops working. */
  public Future<JsonObject> rotateFeed(Viewer viewer) {
    viewer.requireSignedIn();
    byte[] secret = new byte[24];
    RANDOM.nextBytes(secret);
    String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    return trainings.setFeed(viewer.id(), hash(token))
        .map(done -> new JsonObject().put("url", "/calendar/" + token + ".ics"));
  }

  public Future<Void> revokeFeed(Viewer viewer) {
    viewer.requireSignedIn();
    return trainings.deleteFeed(viewer.id())
        .compose(deleted -> deleted ? Future.succeededFuture() : Future.failedFuture(new NotFound("No calendar feed to revoke")));
  }

  /** The person's subscription feed as an RFC 5545 file, written on a worker thread. */
  public Future<String> feedCalendar(String token, String lang, Vertx vertx) {
    return trainings.feed(hash(token)).map(found -> found.orElseThrow(() -> new NotFound("No such calendar feed")))
        .compose(list -> vertx.executeBlocking(() -> TrainingCalendar.ics(list, lang), false));
  }

  /** One training as an RFC 5545 file, written on a worker thread. */
  public Future<String> calendar(UUID id, Viewer viewer, String lang, Vertx vertx) {
    return visible(id, viewer).compose(training -> vertx.executeBlocking(() -> TrainingCalendar.ics(List.of(training), lang), false));
  }

  /** Loads the calendar and certificate libraries on a worker, so the first request does not pay for it. */
  public static Future<Void> warmUp(Vertx vertx) {
    return vertx.executeBlocking(() -> {
      TrainingCalendar.warmUp();
      Certificate.warmUp();
      return null;
    }, false);
  }

  private static String hash(String token) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Future<JsonObject> review(UUID id, JsonObject body, Viewer viewer, String lang) {
    viewer.requireStaff();
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, Set.of("decision", "comment"));
    String decision = errors.oneOf(body, "decision", Set.of("approve", "request-changes"), true);
    errors.text(body, "comment", 1, 2000, "request-changes".equals(decision));
    errors.throwIfAny();
    String to = decision.equals("approve") ? "published" : "changes-requested";
    String comment = body.getString("comment");
    return trainings.byId(id).compose(training -> trainings.pool().withTransaction(tx -> trainings.review(tx, id, to)
            .compose(reviewed -> {
              if (!reviewed) return Future.failedFuture(new Conflict("Only a pending training can be reviewed"));
              JsonObject about = new JsonObject().put("trainingId", id.toString()).put("title", training.title().toJson());
              if (comment != null) about.put("comment", comment);
              return events.queueChanged(tx, "training", id, training.title().toJson(), "removed")
                  .compose(done -> notifications.toAccount(tx, training.createdBy(), to.equals("published") ? NotificationKind.TRAINING_PUBLISHED : NotificationKind.TRAINING_CHANGES_REQUESTED, about));
            })))
        .compose(done -> trainings.byId(id)).map(t -> t.toJson(lang, true));
  }

  private Future<Void> seatsChanged(io.vertx.sqlclient.SqlClient tx, UUID id) {
    return trainings.byId(tx, id).compose(training -> events.publicly(tx, Topics.TRAINING_SEATS, training.seatsJson()));
  }


  public Future<List<Training>> pending() {
    return trainings.pending();
  }

  /** One's enrolments, newest training first; times in the training's contact point's zone, as on the training itself. */
  public Future<JsonArray> mine(Viewer viewer) {
    return trainings.mine(viewer.id()).map(rows -> {
      JsonArray array = new JsonArray();
      rows.forEach(r -> array.add(enrolment(r)));
      return array;
    });
  }

  private static JsonObject enrolment(io.vertx.sqlclient.Row r) {
    java.time.ZoneId zone = Training.zoneOf(r.getString("contact_point"));
    return new JsonObject().put("trainingId", r.getUUID("training_id").toString())
        .put("site", r.getString("site")).put("status", r.getString("status"))
        .put("attended", r.getOffsetDateTime("attended_at") != null)
        .put("title", r.getJsonObject("title")).put("contactPoint", r.getString("contact_point")).put("timeZone", zone.getId())
        .put("startsAt", Times.rfc3339(r.getOffsetDateTime("starts_at"), zone))
        .put("endsAt", Times.rfc3339(r.getOffsetDateTime("ends_at"), zone));
  }

  private Future<Training> visible(UUID id, Viewer viewer) {
    return trainings.byId(id).map(training -> {
      if (training.status().equals("published") || organiser(training, viewer)) return training;
      throw new NotFound("training", id);
    });
  }

  private static boolean organiser(Training training, Viewer viewer) {
    return viewer.staff() || (training.organisationId() != null && viewer.memberOf(training.organisationId()))
        || (viewer.signedIn() && viewer.id().equals(training.createdBy()));
  }
}
