package org.ntc.hub.showcase;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import org.ntc.hub.notification.NotificationRepository;
import org.ntc.hub.realtime.EventLog;
import org.ntc.hub.realtime.Topics;

/** What a showcase's change tells others, written in the change's own transaction. */
final class ShowcaseEvents {
  private final EventLog events;
  private final NotificationRepository notifications;

  ShowcaseEvents(EventLog events, NotificationRepository notifications) {
    this.events = events;
    this.notifications = notifications;
  }

  Future<Void> moved(SqlClient tx, Showcase showcase, String from, String to, String comment) {
    JsonObject about = new JsonObject().put("showcaseId", showcase.id().toString())
        .put("title", showcase.content().title().toJson());
    Future<Void> writes = Future.succeededFuture();
    if (from.equals("pending") != to.equals("pending")) {
      JsonObject queue = EventLog.queueItem("showcase", showcase.id(), showcase.content().title().toJson(),
          to.equals("pending") ? "added" : "removed").put("status", to);
      writes = writes.compose(v -> events.forStaff(tx, Topics.MODERATION_QUEUE, queue));
    }
    // Restored, a showcase with an approved copy is public again, whatever state its working copy is in.
    boolean publicAgain = from.equals("archived") && showcase.published() != null && showcase.organisationVerified();
    if (to.equals("published") || publicAgain) {
      JsonObject published = about.copy().put("organisation", new JsonObject()
          .put("id", showcase.organisationId().toString()).put("name", showcase.organisationName()));
      writes = writes.compose(v -> events.publicly(tx, Topics.SHOWCASE_PUBLISHED, published));
    }
    if (from.equals("archived")) {
      writes = writes.compose(v -> notifications.toMembers(tx, showcase.organisationId(), "showcase.restored", about));
    } else if (to.equals("published")) {
      writes = writes.compose(v -> notifications.toMembers(tx, showcase.organisationId(), "showcase.published", about));
    }
    if (to.equals("archived")) {
      if (showcase.isPublic()) writes = writes.compose(v -> events.publicly(tx, Topics.SHOWCASE_WITHDRAWN, about));
      JsonObject archived = about.copy().put("reason", comment);
      writes = writes.compose(v -> notifications.toMembers(tx, showcase.organisationId(), "showcase.archived", archived));
    }
    if (to.equals("changes-requested")) {
      JsonObject request = about.copy().put("comment", comment);
      writes = writes.compose(v -> notifications.toMembers(tx, showcase.organisationId(), "showcase.changes-requested", request));
    }
    return writes;
  }

  Future<Void> contacted(SqlClient tx, Showcase showcase) {
    JsonObject about = new JsonObject().put("showcaseId", showcase.id().toString())
        .put("organisationId", showcase.organisationId().toString())
        .put("title", showcase.published().title().toJson());
    return notifications.toMembers(tx, showcase.organisationId(), "showcase.contacted", about);
  }
}
