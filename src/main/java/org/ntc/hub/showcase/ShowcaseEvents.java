package org.ntc.hub.showcase;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import org.ntc.hub.notification.NotificationKind;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.realtime.EventLog;
import org.ntc.hub.realtime.Topics;

/** What a showcase's change tells others, written in the change's own transaction. */
final class ShowcaseEvents {
  private final EventLog events;
  private final NotificationService notifications;

  ShowcaseEvents(EventLog events, NotificationService notifications) {
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
      writes = writes.compose(v -> notifications.toMembers(tx, showcase.organisationId(), NotificationKind.SHOWCASE_RESTORED, about));
    } else if (to.equals("published")) {
      writes = writes.compose(v -> notifications.toMembers(tx, showcase.organisationId(), NotificationKind.SHOWCASE_PUBLISHED, about));
    }
    if (to.equals("archived")) {
      if (showcase.isPublic()) writes = writes.compose(v -> events.publicly(tx, Topics.SHOWCASE_WITHDRAWN, about));
      JsonObject archived = about.copy().put("reason", comment);
      writes = writes.compose(v -> notifications.toMembers(tx, showcase.organisationId(), NotificationKind.SHOWCASE_ARCHIVED, archived));
    }
    if (to.equals("changes-requested")) {
      JsonObject request = about.copy().put("comment", comment);
      writes = writes.compose(v -> notifications.toMembers(tx, showcase.organisationId(), NotificationKind.SHOWCASE_CHANGES_REQUESTED, request));
    }
    return writes;
  }

  Future<Void> contacted(SqlClient tx, Showcase showcase) {
    JsonObject about = new JsonObject().put("showcaseId", showcase.id().toString())
        .put("organisationId", showcase.organisationId().toString())
        .put("title", showcase.published().title().toJson());
    return notifications.toMembers(tx, showcase.organisationId(), NotificationKind.SHOWCASE_CONTACTED, about);
  }
}
