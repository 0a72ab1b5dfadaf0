package org.ntc.hub.contactpoint;

import io.vertx.core.Future;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.ntc.hub.audit.AuditAction;
import org.ntc.hub.audit.AuditLog;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.realtime.EventLog;
import org.ntc.hub.realtime.Topics;

/**
 * A contact point's live side: its staff post announcements and say when they are on duty;
 * everyone sees both, as they happen. Staff speak for their own contact point; an admin for either.
 */
public final class ContactPointService {
  /** Published on the event bus after an admin adds or changes a contact point: every node reads the list again. */
  public static final String CHANGED = "ntc.contact-points.changed";
  static final int FEED_LENGTH = 20;
  private static final Pattern PLAUSIBLE_ID = Pattern.compile("[a-z0-9-]{1,40}");
  private final ContactPointRepository contactPoints;
  private final EventLog events;
  private Runnable changed = () -> {};

  public ContactPointService(ContactPointRepository contactPoints, EventLog events) {
    this.contactPoints = contactPoints;
    this.events = events;
  }

  /** Told after a contact point is added or changed, once this node knows the new list: to tell the other nodes. */
  public ContactPointService onChange(Runnable changed) {
    this.changed = changed;
    return this;
  }

  /** An admin adds a contact point; from then on it is in every list, footer and form of every node. */
  public Future<ContactPoint> create(NewContactPoint point, Viewer viewer, String address) {
    viewer.requireAdmin();
    return contactPoints.pool().withTransaction(tx -> contactPoints.insert(tx, point.id(), point.details())
            .compose(done -> AuditLog.record(tx, viewer.id(), AuditAction.CONTACTPOINT_ADDED, point.id(), address, null)))
        .recover(err -> Future.failedFuture(Db.isUniqueViolation(err)
            ? new Conflict("There is already a contact point with the id " + point.id()) : err))
        .compose(done -> known(point.id()));
  }

  /** An admin changes a contact point's details; what the change leaves out stays as it was. */
  public Future<ContactPoint> update(String id, ContactPointChange change, Viewer viewer, String address) {
    viewer.requireAdmin();
    return find(id).compose(cp -> contactPoints.pool().withTransaction(tx -> contactPoints
            .update(tx, cp.site(), change.details().over(cp.details()))
            .compose(done -> AuditLog.record(tx, viewer.id(), AuditAction.CONTACTPOINT_CHANGED, id, address,
                change.details().auditDetail()))))
        .compose(done -> known(id));
  }

  /** Reads the list again on this node, tells the others, and answers with the contact point as it now is. */
  private Future<ContactPoint> known(String id) {
    return Site.reload(contactPoints.pool()).compose(sites -> {
      changed.run();
      return find(id);
    });
  }

  public Future<List<ContactPoint>> all() {
    return contactPoints.all();
  }

  public Future<ContactPoint> find(String id) {
    return site(id).compose(contactPoints::byId);
  }

  public Future<Announcement> announce(String id, NewAnnouncement announcement, Viewer viewer) {
    requireStaffOf(id, viewer);
    UUID announcementId = UUID.randomUUID();
    return find(id).compose(cp -> contactPoints.pool().withTransaction(tx -> contactPoints
        .announce(tx, announcementId, cp.site(), viewer.id(), announcement.text())
        .compose(posted -> events.publicly(tx, Topics.ANNOUNCEMENT_POSTED, posted.eventJson()).map(posted))));
  }

  public Future<List<Announcement>> announcements(String id) {
    return find(id).compose(cp -> contactPoints.announcements(cp.site(), FEED_LENGTH));
  }

  public Future<Duty> onDuty(String id) {
    return find(id).compose(cp -> contactPoints.onDuty(contactPoints.pool(), cp.site()));
  }

  /** The viewer goes on or off duty here; everyone watching the page sees the new list. */
  public Future<Duty> setDuty(String id, DutyChange change, Viewer viewer) {
    requireStaffOf(id, viewer);
    return find(id).compose(cp -> contactPoints.pool().withTransaction(tx -> contactPoints
        .setDuty(tx, viewer.id(), cp.site(), change.onDuty())
        .compose(done -> contactPoints.onDuty(tx, cp.site()))
        .compose(duty -> events.publicly(tx, Topics.DUTY_CHANGED, duty.toJson()).map(duty))));
  }

  /** The contact point an id in a path names; one no contact point could have is refused before any lookup. */
  private static Future<Site> site(String id) {
    if (id == null || !PLAUSIBLE_ID.matcher(id).matches()) return Future.failedFuture(new NotFound("No such contact point"));
    return Site.find(id).map(Future::succeededFuture)
        .orElseGet(() -> Future.failedFuture(new NotFound("contact point", id)));
  }

  private static void requireStaffOf(String id, Viewer viewer) {
    viewer.requireStaff();
    if (!Site.find(id).map(viewer::speaksFor).orElse(viewer.admin())) {
      throw new Forbidden("Staff speak for their own contact point");
    }
  }
}
