package org.ntc.hub.advice;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.ntc.hub.audit.AuditAction;
import org.ntc.hub.audit.AuditLog;
import org.ntc.hub.notification.NotificationKind;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.realtime.EventLog;
import org.ntc.hub.realtime.Topics;

/**
 * "Ask the centre": anyone signed in asks a question; it starts at the contact point of their
 * country, and the staff of every contact point share one queue. Staff take it up, answer in a
 * thread the asker follows, keep notes the asker never sees, and hand it over to another contact
 * point. A staff answer waits for the asker; the asker's reply puts it back in staff's hands.
 */
public final class AdviceService {
  private final AdviceRepository requests;
  private final NotificationService notifications;
  private final EventLog events;
  private final Clock clock;

  public AdviceService(AdviceRepository requests, NotificationService notifications, EventLog events, Clock clock) {
    this.requests = requests;
    this.notifications = notifications;
    this.events = events;
    this.clock = clock;
  }

  /** The contact point a question from this country starts at: the first of that country's, else the first of all. */
  public static Site contactPointFor(Country country) {
    return Site.in(country).orElse(Site.values().get(0));
  }

  public Future<AdviceRequest> create(NewAdviceRequest request, Viewer viewer) {
    viewer.requireSignedIn();
    UUID id = UUID.randomUUID();
    Site site = contactPointFor(request.country());
    return requests.pool().withTransaction(tx -> requests.insert(tx, id, request, viewer.id(), site.id(), now())
            .compose(done -> toStaffOf(tx, site, NotificationKind.ADVICE_REQUESTED, about(id, request.topic(), request.language())))
            .compose(done -> queueChanged(tx, id, "added")))
        .compose(done -> requests.byId(id));
  }

  /**
   * Feedback on the site's accessibility, from anyone: it lands in the shared queue as a request of
   * its own kind, at the contact point of the reader's language (Swedish → the Swedish one). A
   * signed-in person follows it on their own questions; a visitor is answered at the email they gave.
   */
  public Future<AdviceRequest> feedback(NewFeedback feedback, Viewer viewer) {
    UUID id = UUID.randomUUID();
    Site site = contactPointFor(feedback.language().equals("sv") ? Country.SE : Country.FI);
    UUID requester = viewer.signedIn() ? viewer.id() : null;
    String name = requester == null ? feedback.name() : null;
    String email = requester == null ? feedback.email() : null;
    return requests.pool().withTransaction(tx -> requests.insertFeedback(tx, id, feedback, requester, name, email,
                site.id(), site.country().name(), now())
            .compose(done -> toStaffOf(tx, site, NotificationKind.ADVICE_REQUESTED, about(id, feedback.topic(), feedback.language())))
            .compose(done -> queueChanged(tx, id, "added")))
        .compose(done -> requests.byId(id));
  }

  /** Staff read the shared queue of every contact point; anyone else their own questions. */
  public Future<AdviceList> list(QueueFilter filter, Paging paging, Viewer viewer) {
    viewer.requireSignedIn();
    if (viewer.staff()) {
      Future<List<AdviceRequest>> items = requests.queue(filter, paging.pageSize(), paging.offset());
      Future<Long> total = requests.countQueue(filter);
      return Future.all(items, total).map(all -> new AdviceList(items.result(), total.result()));
    }
    return mine(paging, viewer);
  }

  /** The viewer's own questions, newest first, staff or not. */
  public Future<AdviceList> mine(Paging paging, Viewer viewer) {
    viewer.requireSignedIn();
    Future<List<AdviceRequest>> items = requests.mine(viewer.id(), paging.pageSize(), paging.offset());
    Future<Long> total = requests.countMine(viewer.id());
    return Future.all(items, total).map(all -> new AdviceList(items.result(), total.result()));
  }

  /** The question and its thread, for its asker and staff; internal notes for staff alone. */
  public Future<AdviceThread> thread(UUID id, Viewer viewer) {
    return readable(id, viewer).compose(request -> requests.messages(id, viewer.staff())
        .map(messages -> new AdviceThread(request, messages)));
  }

  /** Staff assign a question to themselves or to a colleague who is staff too. */
  public Future<AdviceThread> assign(UUID id, Assignment assignment, Viewer viewer, String address) {
    viewer.requireStaff();
    return open(id).compose(request -> requests.isStaff(assignment.staffId()).compose(isStaff -> {
      if (!isStaff) return Future.failedFuture(new Invalid("staffId", "is not a member of contact-point staff"));
      return changed(tx -> requests.assign(tx, id, assignment.staffId(), now())
          .compose(ok -> ok ? audited(tx, viewer, AuditAction.ADVICE_ASSIGNED, id, address, new JsonObject()
              .put("contactPoint", request.contactPoint().id()).put("assigneeId", assignment.staffId().toString())) : Future.succeededFuture(false)));
    })).compose(done -> thread(id, viewer));
  }

  /** Staff hand a question over to another contact point, whose staff take it up anew; the note stays internal. */
  public Future<AdviceThread> handOver(UUID id, Handoff handoff, Viewer viewer, String address) {
    viewer.requireStaff();
    return open(id).compose(request -> {
      if (request.contactPoint().equals(handoff.contactPoint())) {
        return Future.failedFuture(new Invalid("contactPoint", "is where the question already is"));
      }
      OffsetDateTime at = now();
      return changed(tx -> requests.handOver(tx, id, handoff.contactPoint().id(), at)
          .compose(moved -> moved ? requests.write(tx, id, viewer.id(), true, handoff.note(), true, at).map(true)
              : Future.succeededFuture(false))
          .compose(moved -> moved ? toStaffOf(tx, handoff.contactPoint(), NotificationKind.ADVICE_HANDED_OVER,
                  about(id, request.topic(), request.language())).map(true)
              : Future.succeededFuture(false))
          .compose(moved -> moved ? audited(tx, viewer, AuditAction.ADVICE_HANDED_OVER, id, address, new JsonObject()
              .put("contactPoint", handoff.contactPoint().id()).put("from", request.contactPoint().id())) : Future.succeededFuture(false)));
    }).compose(done -> thread(id, viewer));
  }

  /**
   * A message in the thread. Staff answer (the asker is told, by mail too, with the answer, and the question waits for them)
   * or write an internal note; the asker writes on their own question, never internally, and
   * their message puts a waiting question back in staff's hands.
   */
  public Future<AdviceThread> write(UUID id, NewAdviceMessage message, Viewer viewer) {
    viewer.requireSignedIn();
    return readable(id, viewer).compose(request -> {
      boolean staff = viewer.staff();
      if (!staff && message.internal()) {
        return Future.failedFuture(new Forbidden("Only staff write internal notes"));
      }
      if (request.status() == AdviceStatus.CLOSED) return Future.failedFuture(new Conflict("The question is closed"));
      OffsetDateTime at = now();
      boolean answer = staff && !message.internal();
      return changed(tx -> {
        Future<Boolean> moved = answer ? requests.staffAnswered(tx, id, viewer.id(), at)
            : staff ? requests.noted(tx, id, at) : requests.requesterWrote(tx, id, at);
        return moved.compose(ok -> {
          if (!ok) return Future.succeededFuture(false);
          Future<Void> written = requests.write(tx, id, viewer.id(), staff, message.text(), message.internal(), at);
          if (answer && request.requesterId() != null && !request.askedBy(viewer.id())) {
            // The answer itself goes into the mail, so the asker reads it without signing in first.
            written = written.compose(v -> notifications.toAccount(tx, request.requesterId(), NotificationKind.ADVICE_ANSWERED,
                about(id, request.topic(), request.language()).put("comment", message.text())));
          }
          return written.compose(v -> queueChanged(tx, id, "changed")).map(true);
        });
      });
    }).compose(done -> thread(id, viewer));
  }

  /**
   * Staff put a question in the asker's hands without answering in the thread (they asked on the
   * phone, or the asker promised more details): it waits until the asker writes.
   */
  public Future<AdviceThread> waitForRequester(UUID id, Viewer viewer) {
    viewer.requireStaff();
    return open(id).compose(request -> changed(tx -> requests.waitForRequester(tx, id, now())
            .compose(ok -> ok ? queueChanged(tx, id, "changed").map(true) : Future.succeededFuture(false))))
        .compose(done -> thread(id, viewer));
  }

  public Future<AdviceThread> close(UUID id, Viewer viewer, String address) {
    viewer.requireStaff();
    return open(id).compose(request -> changed(tx -> requests.close(tx, id, now())
            .compose(ok -> ok ? audited(tx, viewer, AuditAction.ADVICE_CLOSED, id, address,
                new JsonObject().put("contactPoint", request.contactPoint().id())) : Future.succeededFuture(false))))
        .compose(done -> thread(id, viewer));
  }

  /** The staff action in the audit log, and the changed request to every staff queue page, in the change's transaction. */
  private Future<Boolean> audited(SqlClient tx, Viewer viewer, AuditAction action, UUID id, String address, JsonObject detail) {
    return AuditLog.record(tx, viewer.id(), action, id, address, detail).compose(v -> queueChanged(tx, id, "changed")).map(true);
  }

  /**
   * Tells staff's open queue pages, live, what a request now is: read back inside the transaction
   * so the event carries its state, place and handler as they will be once it commits.
   */
  private Future<Void> queueChanged(SqlClient tx, UUID id, String change) {
    return requests.byId(tx, id).compose(request -> events.forStaff(tx, Topics.ADVICE_QUEUE, new JsonObject()
        .put("requestId", id.toString()).put("change", change).put("kind", request.kind().code())
        .put("status", request.status().code()).put("contactPoint", request.contactPoint().id())
        .put("assignee", request.assigneeName()).put("title", new JsonObject().put(request.language(), request.topic()))));
  }

  /** Everyone who may be assigned a question. */
  public Future<List<StaffMember>> staff(Viewer viewer) {
    viewer.requireStaff();
    return requests.staff();
  }

  /** The question, if the viewer asked it or is staff; for anyone else it does not exist. */
  private Future<AdviceRequest> readable(UUID id, Viewer viewer) {
    viewer.requireSignedIn();
    return requests.byId(id).map(request -> {
      if (!viewer.staff() && !request.askedBy(viewer.id())) throw new NotFound("advice request", id);
      return request;
    });
  }

  private Future<AdviceRequest> open(UUID id) {
    return requests.byId(id).compose(request -> request.status() == AdviceStatus.CLOSED
        ? Future.failedFuture(new Conflict("The question is closed")) : Future.succeededFuture(request));
  }

  /** Runs the change in a transaction; a question closed meanwhile refuses it. */
  private Future<Void> changed(Function<SqlClient, Future<Boolean>> change) {
    return requests.pool().withTransaction(change::apply)
        .compose(ok -> ok ? Future.succeededFuture() : Future.failedFuture(new Conflict("The question changed meanwhile; open it again")));
  }

  private Future<Void> toStaffOf(SqlClient tx, Site site, NotificationKind kind, JsonObject payload) {
    return requests.staffOf(tx, site.id()).compose(staff -> {
      Future<Void> told = Future.succeededFuture();
      for (UUID member : staff) told = told.compose(v -> notifications.toAccount(tx, member, kind, payload));
      return told;
    });
  }

  private static JsonObject about(UUID id, String topic, String language) {
    return new JsonObject().put("requestId", id.toString()).put("title", new JsonObject().put(language, topic));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  /** An erased account's questions go with it: what they asked is personal, and nobody is left to answer. */
  public Future<Void> forget(SqlClient tx, UUID accountId) {
    return requests.forget(tx, accountId);
  }
}
