package org.ntc.hub.challenge;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.notification.NotificationKind;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.realtime.EventLog;
import org.ntc.hub.realtime.Topics;

/**
 * Staff at a contact point turn an answer into a pilot in their test arena, follow it through,
 * and publish what was measured, the result and a recommendation: evidence on the showcase,
 * dated and attributed to the contact point.
 */
public final class PilotService {
  private static final Set<String> STATUSES = Set.of("planned", "running", "completed", "cancelled");
  private final PilotRepository pilots;
  private final EventLog events;
  private final NotificationService notifications;

  public PilotService(PilotRepository pilots, EventLog events, NotificationService notifications) {
    this.pilots = pilots;
    this.events = events;
    this.notifications = notifications;
  }

  public Future<JsonObject> create(JsonObject body, Viewer viewer, String lang) {
    viewer.requireStaff();
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, Set.of("answerId", "testArena", "startsOn", "endsOn", "goals", "contactPoint"));
    UUID answerId = errors.uuid(body, "answerId", true);
    String arena = errors.text(body, "testArena", 3, 300, true);
    LocalDate starts = errors.date(body, "startsOn", true);
    LocalDate ends = errors.date(body, "endsOn", true);
    if (starts != null && ends != null && ends.isBefore(starts)) errors.add("endsOn", "must not be before startsOn");
    Localised goals = errors.localised(body, "goals", 10, 2000, true);
    String contactPoint = viewer.staffContactPoint()
        .orElseGet(() -> errors.oneOf(body, "contactPoint", Set.of("seinajoki", "umea"), true));
    errors.throwIfAny();
    UUID id = UUID.randomUUID();
    return pilots.answer(answerId).compose(answer -> pilots.pool().withTransaction(tx -> pilots
            .insert(tx, id, answer, contactPoint, arena, starts, ends, goals.toJson(), viewer.id())
            .compose(done -> pilots.byId(tx, id))
            .compose(pilot -> told(tx, pilot).map(pilot))))
        .recover(err -> Future.failedFuture(Db.isUniqueViolation(err) ? new Conflict("This answer already has a pilot") : err))
        .map(pilot -> pilot.toJson(lang, true));
  }

  /** Status and outcome; publishing the outcome makes it evidence on the showcase page. */
  public Future<JsonObject> update(UUID id, JsonObject body, Viewer viewer, String lang) {
    viewer.requireStaff();
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, Set.of("status", "outcome", "publishOutcome"));
    String status = errors.oneOf(body, "status", STATUSES, false);
    JsonObject outcome = null;
    if (body.getValue("outcome") != null) {
      if (!(body.getValue("outcome") instanceof JsonObject given)) {
        errors.add("outcome", "must be {measured, result, recommendation}");
      } else {
        outcome = new JsonObject();
        for (String part : List.of("measured", "result", "recommendation")) {
          JsonObject wrapper = new JsonObject().put("outcome." + part, given.getValue(part));
          outcome.put(part, errors.localised(wrapper, "outcome." + part, 3, 2000, true).toJson());
        }
      }
    }
    Object publish = body.getValue("publishOutcome");
    if (publish != null && !(publish instanceof Boolean)) errors.add("publishOutcome", "must be true or false");
    errors.throwIfAny();
    JsonObject newOutcome = outcome;
    return pilots.byId(id).compose(pilot -> {
      if (!viewer.admin() && !viewer.staffContactPoint().orElse("").equals(pilot.contactPoint())) {
        return Future.failedFuture(new Forbidden("The pilot's own contact point runs it"));
      }
      String to = status == null ? pilot.status() : status;
      JsonObject result = newOutcome == null ? pilot.outcome() : newOutcome;
      boolean published = publish == null ? pilot.outcomePublished() : (Boolean) publish;
      if (published && (result == null || !to.equals("completed"))) {
        return Future.failedFuture(new Conflict("An outcome is published once the pilot is completed and the outcome written"));
      }
      return pilots.pool().withTransaction(tx -> pilots.update(tx, id, to, result, published)
          .compose(done -> pilots.byId(tx, id))
          .compose(updated -> told(tx, updated).map(updated)));
    }).map(pilot -> pilot.toJson(lang, true));
  }

  public Future<JsonArray> ofShowcase(UUID showcaseId, Viewer viewer, String lang) {
    return pilots.ofShowcase(showcaseId).map(list -> new JsonArray(list.stream()
        .filter(p -> viewer.staff() || !p.status().equals("cancelled"))
        .map(p -> p.toJson(lang, viewer.staff())).toList()));
  }

  private Future<Void> told(io.vertx.sqlclient.SqlClient tx, Pilot pilot) {
    JsonObject about = new JsonObject().put("pilotId", pilot.id().toString()).put("showcaseId", pilot.showcaseId().toString())
        .put("challengeId", pilot.challengeId().toString()).put("status", pilot.status()).put("contactPoint", pilot.contactPoint())
        .put("outcomePublished", pilot.outcomePublished());
    return events.publicly(tx, Topics.PILOT_UPDATED, about)
        .compose(done -> notifications.toMembers(tx, pilot.companyId(), NotificationKind.PILOT_UPDATED, about))
        .compose(done -> notifications.toMembers(tx, pilot.careOrganisationId(), NotificationKind.PILOT_UPDATED, about));
  }
}
