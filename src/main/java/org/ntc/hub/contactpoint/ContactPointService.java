package org.ntc.hub.contactpoint;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.realtime.EventLog;
import org.ntc.hub.realtime.Topics;

/**
 * A contact point's live side: its staff post announcements and say when they are on duty;
 * everyone sees both, as they happen. Staff speak for their own contact point; an admin for either.
 */
public final class ContactPointService {
  static final int FEED_LENGTH = 20;
  private final ContactPointRepository contactPoints;
  private final EventLog events;

  public ContactPointService(ContactPointRepository contactPoints, EventLog events) {
    this.contactPoints = contactPoints;
    this.events = events;
  }

  public Future<JsonObject> announce(String id, JsonObject body, Viewer viewer, String lang) {
    requireStaffOf(id, viewer);
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, Set.of("text"));
    Localised text = errors.localised(body, "text", 3, 1000, true);
    errors.throwIfAny();
    UUID announcementId = UUID.randomUUID();
    return contactPoints.byId(id).compose(cp -> contactPoints.pool().withTransaction(tx -> contactPoints
        .announce(tx, announcementId, id, viewer.id(), text)
        .compose(posted -> events.publicly(tx, Topics.ANNOUNCEMENT_POSTED, posted.eventJson()).map(posted))))
        .map(posted -> posted.toJson(lang));
  }

  public Future<List<Announcement>> announcements(String id) {
    return contactPoints.byId(id).compose(cp -> contactPoints.announcements(id, FEED_LENGTH));
  }

  public Future<List<JsonObject>> onDuty(String id) {
    return contactPoints.byId(id).compose(cp -> contactPoints.onDuty(id));
  }

  /** The viewer goes on or off duty here; everyone watching the page sees the new list. */
  public Future<JsonObject> setDuty(String id, JsonObject body, Viewer viewer) {
    requireStaffOf(id, viewer);
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, Set.of("onDuty"));
    if (!(body.getValue("onDuty") instanceof Boolean)) errors.add("onDuty", "must be true or false");
    errors.throwIfAny();
    boolean onDuty = body.getBoolean("onDuty");
    return contactPoints.byId(id).compose(cp -> contactPoints.pool().withTransaction(tx -> contactPoints
        .setDuty(tx, viewer.id(), id, onDuty)
        .compose(done -> contactPoints.onDuty(tx, id))
        .compose(people -> {
          JsonObject duty = new JsonObject().put("contactPoint", id).put("onDuty", new JsonArray(people));
          return events.publicly(tx, Topics.DUTY_CHANGED, duty).map(duty);
        })));
  }

  private static void requireStaffOf(String id, Viewer viewer) {
    viewer.requireStaff();
    if (!viewer.admin() && !viewer.staffContactPoint().orElse("").equals(id)) {
      throw new Forbidden("Staff speak for their own contact point");
    }
  }
}
