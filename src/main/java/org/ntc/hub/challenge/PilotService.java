package org.ntc.hub.challenge;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.audit.AuditAction;
import org.ntc.hub.audit.AuditLog;
import org.ntc.hub.notification.NotificationKind;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.realtime.EventLog;
import org.ntc.hub.realtime.Topics;

/**
 * Staff at a contact point turn an answer into a pilot in their test arena, follow it through,
 * and publish what was measured, the result and a recommendation: evidence on the showcase,
 * dated and attributed to the contact point.
 */
public final class PilotService {
  private final PilotRepository pilots;
  private final EventLog events;
  private final NotificationService notifications;

  public PilotService(PilotRepository pilots, EventLog events, NotificationService notifications) {
    this.pilots = pilots;
    this.events = events;
    this.notifications = notifications;
  }

  /** Staff start a pilot from an answer, once per answer; it starts as planned. */
  public Future<Pilot> start(NewPilot pilot, Viewer viewer) {
    viewer.requireStaff();
    UUID id = UUID.randomUUID();
    return pilots.source(pilot.answerId())
        .compose(source -> pilots.pool().withTransaction(tx -> pilots.insert(tx, id, source, pilot, viewer.id())
            .compose(done -> toldOf(tx, id)).compose(started -> followersTold(tx, started))))
        .recover(err -> Future.failedFuture(Db.isUniqueViolation(err) ? new Conflict("This answer already has a pilot") : err));
  }

  /** Status and outcome, by the pilot's own contact point; publishing the outcome makes it evidence on the showcase page. */
  public Future<Pilot> update(UUID id, PilotChange change, Viewer viewer) {
    viewer.requireStaff();
    return pilots.byId(id).compose(pilot -> {
      if (!runs(pilot, viewer)) {
        return Future.failedFuture(new Forbidden("The pilot's own contact point runs it"));
      }
      PilotStatus to = change.status().orElse(pilot.status());
      if (!pilot.status().mayBecome(to)) {
        return Future.failedFuture(new Conflict("A pilot only moves forward (planned, running, completed) or is cancelled; "
            + "a completed or cancelled pilot stays so"));
      }
      PilotOutcome outcome = change.outcome().orElse(pilot.outcome());
      boolean published = change.publishOutcome().orElse(pilot.outcomePublished());
      if (published && (outcome == null || to != PilotStatus.COMPLETED)) {
        return Future.failedFuture(new Conflict("An outcome is published once the pilot is completed and the outcome written"));
      }
      boolean completes = to == PilotStatus.COMPLETED && pilot.status() != PilotStatus.COMPLETED;
      return pilots.pool().withTransaction(tx -> pilots.update(tx, id, to, outcome, published)
          .compose(done -> completes ? adoptionProposed(tx, pilot) : Future.succeededFuture())
          .compose(done -> toldOf(tx, id)));
    });
  }

  /**
   * A pilot that completes proposes an adoption record: the care organisation's members are asked,
   * in the same transaction, whether they now use the technology, on a form prefilled from the pilot.
   */
  private Future<Void> adoptionProposed(SqlClient tx, Pilot pilot) {
    return pilots.showcaseTitle(tx, pilot.showcaseId()).compose(title -> notifications.toMembers(tx, pilot.careOrganisationId(),
        NotificationKind.ADOPTION_PROPOSED, new JsonObject().put("pilotId", pilot.id().toString())
            .put("showcaseId", pilot.showcaseId().toString()).put("title", title).put("endsOn", pilot.endsOn().toString())));
  }

  /** A showcase's pilots: staff see all, with unpublished outcomes; others neither cancelled pilots nor unpublished outcomes. */
  public Future<List<Pilot>> ofShowcase(UUID showcaseId, Viewer viewer) {
    return pilots.ofShowcase(showcaseId).map(list -> viewer.staff() ? list
        : list.stream().filter(p -> p.status() != PilotStatus.CANCELLED).map(Pilot::publicView).toList());
  }

  /**
   * Pilots by contact point, state and showcase, newest start first. Staff list them all; anyone
   * else lists one showcase's, without cancelled pilots or outcomes not yet published.
   */
  public Future<PilotList> list(PilotQuery query, Paging paging, Viewer viewer) {
    if (!viewer.staff() && !query.showcaseOnly()) {
      viewer.requireStaff();
    }
    boolean staff = viewer.staff();
    Future<List<PilotView>> items = pilots.list(query, staff, paging.pageSize(), paging.offset())
        .map(list -> staff ? list : list.stream().map(PilotView::publicView).toList());
    Future<Long> total = pilots.count(query, staff);
    return Future.all(items, total).map(all -> new PilotList(items.result(), total.result()));
  }

  /**
   * A showcase's pilots as its page shows them: each also with its dates, contact point and the
   * time its outcome was published in the reader's words, in the contact point's zone.
   */
  public Future<JsonArray> evidence(UUID showcaseId, Viewer viewer, String lang) {
    return ofShowcase(showcaseId, viewer).map(list -> new JsonArray(list.stream().map(p -> {
      JsonObject shown = p.toJson(lang).put("startsOnText", FormBodies.date(p.startsOn(), lang))
          .put("endsOnText", FormBodies.date(p.endsOn(), lang)).put("contactPointPlace", p.contactPoint().place(lang));
      if (p.outcomePublished()) shown.put("publishedAtText", Times.shown(p.outcomePublishedAt(), p.contactPoint().zone(), lang));
      return shown;
    }).toList()));
  }

  /**
   * A pilot's page: staff and the members of its two organisations see it whole; once its outcome
   * is published, anyone sees it; otherwise it is not found.
   */
  public Future<PilotView> view(UUID id, Viewer viewer) {
    return pilots.named(id).map(view -> {
      Pilot pilot = view.pilot();
      if (insider(pilot, viewer)) return view;
      if (pilot.outcomePublished()) return view.publicView();
      throw new NotFound("pilot", id);
    });
  }

  /** Staff, or a member of the care organisation or the company. */
  static boolean insider(Pilot pilot, Viewer viewer) {
    return viewer.staff() || viewer.memberOf(pilot.careOrganisationId()) || viewer.memberOf(pilot.companyId());
  }

  /** Names the courses the pilot's staff should complete: staff, and the members of its two organisations. */
  public static boolean namesCourses(Pilot pilot, Viewer viewer) {
    return insider(pilot, viewer);
  }

  /** Runs the pilot: its own contact point's staff, or an admin. */
  static boolean runs(Pilot pilot, Viewer viewer) {
    return viewer.speaksFor(pilot.contactPoint());
  }

  /** The pilot as it now is, told to the public stream and to the members of both organisations. */
  private Future<Pilot> toldOf(SqlClient tx, UUID id) {
    return pilots.byId(tx, id).compose(pilot -> {
      JsonObject about = new JsonObject().put("pilotId", pilot.id().toString()).put("showcaseId", pilot.showcaseId().toString())
          .put("challengeId", pilot.challengeId().toString()).put("status", pilot.status().code())
          .put("contactPoint", pilot.contactPoint().id()).put("outcomePublished", pilot.outcomePublished());
      return events.publicly(tx, Topics.PILOT_UPDATED, about)
          .compose(done -> notifications.toMembers(tx, takingPart(pilot), NotificationKind.PILOT_UPDATED, about))
          .map(pilot);
    });
  }

  /** The pilots an organisation took part in whose outcome is published, newest outcome first: public evidence. */
  public Future<List<Pilot>> publishedOutcomesOf(UUID organisationId) {
    return pilots.publishedOutcomesOf(organisationId);
  }

  /**
   * The pilot's own contact point writes or rewrites its evaluation after MAST, unless the pilot was
   * cancelled. The audit log says who; the showcase's evidence profile shows it once the outcome is public.
   */
  public Future<Pilot> evaluate(UUID id, PilotEvaluation evaluation, Viewer viewer, String address) {
    viewer.requireStaff();
    return pilots.byId(id).compose(pilot -> {
      if (!runs(pilot, viewer)) return Future.failedFuture(new Forbidden("The pilot's own contact point evaluates it"));
      if (pilot.status() == PilotStatus.CANCELLED) return Future.failedFuture(new Conflict("A cancelled pilot is not evaluated"));
      JsonObject detail = new JsonObject().put("contactPoint", pilot.contactPoint().id())
          .put("showcaseId", pilot.showcaseId().toString()).put("maturity", evaluation.maturity().code());
      return pilots.pool().withTransaction(tx -> pilots.evaluate(tx, id, evaluation, viewer.id())
          .compose(done -> AuditLog.record(tx, viewer.id(), AuditAction.PILOT_EVALUATED, id, address, detail))
          .compose(done -> toldOf(tx, id)));
    });
  }

  /** The organisations that take part in the pilot, whose members hear of it as such. */
  private static List<UUID> takingPart(Pilot pilot) {
    return List.of(pilot.companyId(), pilot.careOrganisationId());
  }

  /** The people who follow the need hear that a pilot started on it, with which showcase, unless they take part in it. */
  private Future<Pilot> followersTold(SqlClient tx, Pilot pilot) {
    return pilots.showcaseTitle(tx, pilot.showcaseId()).compose(title -> notifications.toNeedFollowers(tx, pilot.challengeId(),
        takingPart(pilot), NotificationKind.FOLLOWED_NEED_PILOTED, new JsonObject()
            .put("challengeId", pilot.challengeId().toString()).put("pilotId", pilot.id().toString()).put("title", title)))
        .map(pilot);
  }
}
