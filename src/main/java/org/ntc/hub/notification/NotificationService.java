package org.ntc.hub.notification;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Viewer;

/** Reading one's own notifications; nobody reads or marks another person's. */
public final class NotificationService {
  private final NotificationRepository notifications;

  public NotificationService(NotificationRepository notifications) {
    this.notifications = notifications;
  }

  /** Tells one person, inside the caller's transaction, so the notice exists exactly when the change commits. */
  public Future<Void> toAccount(SqlClient tx, UUID accountId, NotificationKind kind, JsonObject payload) {
    return notifications.toAccount(tx, accountId, kind, payload);
  }

  /** Tells every member of an organisation, inside the caller's transaction. */
  public Future<Void> toMembers(SqlClient tx, UUID organisationId, NotificationKind kind, JsonObject payload) {
    return notifications.toMembers(tx, organisationId == null ? List.of() : List.of(organisationId), kind, payload);
  }

  /** Tells every member of these organisations, once each however many of them they belong to, inside the caller's transaction. */
  public Future<Void> toMembers(SqlClient tx, Collection<UUID> organisationIds, NotificationKind kind, JsonObject payload) {
    return notifications.toMembers(tx, organisationIds, kind, payload);
  }

  /** Tells the members of every organisation that follows any of these categories, once each. */
  public Future<Void> toFollowers(SqlClient tx, List<String> categories, NotificationKind kind, JsonObject payload) {
    return notifications.toFollowers(tx, categories, kind, payload);
  }

  public Future<NotificationPage> list(Viewer viewer, Paging paging) {
    viewer.requireSignedIn();
    Future<List<Notification>> items = notifications.list(viewer.id(), paging.pageSize(), paging.offset());
    Future<NotificationRepository.Counts> counts = notifications.counts(viewer.id());
    return Future.all(items, counts).map(all -> new NotificationPage(items.result(), counts.result().total(),
        counts.result().unread(), paging));
  }

  public Future<List<Notification>> recent(Viewer viewer, int limit) {
    viewer.requireSignedIn();
    return notifications.list(viewer.id(), limit, 0);
  }

  public Future<Notification> markRead(UUID id, Viewer viewer) {
    viewer.requireSignedIn();
    return notifications.markRead(id, viewer.id()).map(found -> found.orElseThrow(() -> new NotFound("notification", id)));
  }

  /** Marks every notification of the viewer read; answers how many were unread. */
  public Future<Integer> markAllRead(Viewer viewer) {
    viewer.requireSignedIn();
    return notifications.markAllRead(viewer.id());
  }

  /**
   * Who a notice to the followers of topics leaves out, because they hear of the thing otherwise:
   * its maker (may be null), the members of the organisation it comes from (may be null), and, when
   * asked, those whose organisation's topic follows tell them, and that organisation's followers.
   */
  public record Except(UUID maker, UUID membersOf, boolean organisationsFollowingTopics, boolean followersOfOrganisation) {
    /** The members of the organisation the thing comes from, told already as its owners. */
    public static Except membersOf(UUID organisationId) {
      return new Except(null, organisationId, false, false);
    }

    /** And those whose organisation follows one of the topics, told by its follow. */
    public Except andOrganisationsFollowingTopics() {
      return new Except(maker, membersOf, true, followersOfOrganisation);
    }

    /** And the thing's maker. */
    public Except andMaker(UUID maker) {
      return new Except(maker, membersOf, organisationsFollowingTopics, followersOfOrganisation);
    }

    /** And the organisation's followers, told by their follow. */
    public Except andFollowersOfOrganisation() {
      return new Except(maker, membersOf, organisationsFollowingTopics, true);
    }
  }

  /** Tells the people who follow any of these topics themselves, once each, inside the caller's transaction, but those told otherwise. */
  public Future<Void> toTopicFollowers(SqlClient tx, List<String> categories, Except except, NotificationKind kind,
                                       JsonObject payload) {
    return notifications.toTopicFollowers(tx, categories, except, kind, payload);
  }

  /**
   * Tells the people who follow a need, inside the caller's transaction; members of the organisations
   * in {@code exceptMembersOf} are told otherwise, by a notice more their own, so each person hears once.
   */
  public Future<Void> toNeedFollowers(SqlClient tx, UUID challengeId, Collection<UUID> exceptMembersOf, NotificationKind kind,
                                      JsonObject payload) {
    return notifications.toNeedFollowers(tx, challengeId, exceptMembersOf, kind, payload);
  }

  /** Tells the people who follow an organisation, except its own members, inside the caller's transaction. */
  public Future<Void> toOrganisationFollowers(SqlClient tx, UUID organisationId, NotificationKind kind, JsonObject payload) {
    return notifications.toOrganisationFollowers(tx, organisationId, kind, payload);
  }
}
