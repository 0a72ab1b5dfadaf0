package org.ntc.hub.showcase;

import static org.ntc.hub.showcase.ShowcaseStatus.ARCHIVED;
import static org.ntc.hub.showcase.ShowcaseStatus.CHANGES_REQUESTED;
import static org.ntc.hub.showcase.ShowcaseStatus.PENDING;
import static org.ntc.hub.showcase.ShowcaseStatus.PUBLISHED;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import org.ntc.hub.notification.NotificationKind;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.notification.NotificationService.Except;
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

  Future<Void> moved(SqlClient tx, Showcase showcase, ShowcaseStatus from, ShowcaseStatus to, String comment) {
    JsonObject about = new JsonObject().put("showcaseId", showcase.id().toString())
        .put("title", showcase.content().title().toJson());
    Future<Void> writes = Future.succeededFuture();
    if ((from == PENDING) != (to == PENDING)) {
      JsonObject queue = EventLog.queueItem("showcase", showcase.id(), showcase.content().title().toJson(),
          to == PENDING ? "added" : "removed").put("status", to.code());
      writes = writes.compose(v -> events.forStaff(tx, Topics.MODERATION_QUEUE, queue));
    }
    // Restored, a showcase with an approved copy is public again, whatever state its working copy is in.
    boolean publicAgain = from == ARCHIVED && showcase.published() != null && showcase.organisationVerified();
    if (to == PUBLISHED || publicAgain) {
      JsonObject published = about.copy().put("organisation", new JsonObject()
          .put("id", showcase.organisationId().toString()).put("name", showcase.organisationName()));
      writes = writes.compose(v -> events.publicly(tx, Topics.SHOWCASE_PUBLISHED, published));
    }
    if (from == ARCHIVED) {
      writes = writes.compose(v -> notifications.toMembers(tx, showcase.organisationId(), NotificationKind.SHOWCASE_RESTORED, about));
    } else if (to == PUBLISHED) {
      writes = writes.compose(v -> notifications.toMembers(tx, showcase.organisationId(), NotificationKind.SHOWCASE_PUBLISHED, about));
    }
    // Followers hear of a showcase once, when it first becomes public; an approved edit is not news to them.
    if (to == PUBLISHED && from != ARCHIVED && showcase.published() == null && showcase.organisationVerified()) {
      writes = writes.compose(v -> notifications.toTopicFollowers(tx, showcase.content().categories(),
          Except.membersOf(showcase.organisationId()), NotificationKind.SHOWCASE_IN_FOLLOWED_TOPIC, about));
    }
    if (to == PUBLISHED && from != ARCHIVED && showcase.published() == null && showcase.organisationVerified()) {
      writes = writes.compose(v -> notifications.toOrganisationFollowers(tx, showcase.organisationId(),
          NotificationKind.FOLLOWED_ORGANISATION_SHOWCASE, about));
    }
    if (to == ARCHIVED) {
      if (showcase.isPublic()) writes = writes.compose(v -> events.publicly(tx, Topics.SHOWCASE_WITHDRAWN, about));
      JsonObject archived = about.copy().put("reason", comment);
      writes = writes.compose(v -> notifications.toMembers(tx, showcase.organisationId(), NotificationKind.SHOWCASE_ARCHIVED, archived));
    }
    if (to == CHANGES_REQUESTED) {
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
