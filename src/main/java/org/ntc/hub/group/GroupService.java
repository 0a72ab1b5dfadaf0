package org.ntc.hub.group;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.audit.AuditAction;
import org.ntc.hub.audit.AuditLog;
import org.ntc.hub.notification.NotificationKind;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Viewer;

/**
 * Theme groups across the border. Anyone reads which groups there are, who is in them by
 * organisation and country, and their thread titles; people signed in read the threads and see
 * members' names, and join or leave. Members start threads and reply; every other member is told
 * as their settings say. Anyone signed in reports a post; staff hide it with a reason its author
 * reads, and restore it. Staff create and edit groups and attach events to them.
 */
public final class GroupService {
  private static final int THREADS_ON_PAGE = 20;
  private final GroupRepository groups;
  private final NotificationService notifications;
  private final Clock clock;

  public GroupService(GroupRepository groups, NotificationService notifications, Clock clock) {
    this.groups = groups;
    this.notifications = notifications;
    this.clock = clock;
  }

  public record GroupList(List<ThemeGroup> items, long total) {}

  public record ThreadList(List<GroupThread> items, long total) {}

  public Future<GroupList> list(Paging paging) {
    Future<List<ThemeGroup>> items = groups.list(paging.pageSize(), paging.offset());
    Future<Long> total = groups.count();
    return Future.all(items, total).map(all -> new GroupList(items.result(), total.result()));
  }

  /** The groups the viewer is a member of. */
  public Future<List<ThemeGroup>> mine(Viewer viewer) {
    viewer.requireSignedIn();
    return groups.mine(viewer.id());
  }

  public Future<GroupDetail> detail(UUID id, Viewer viewer) {
    return groups.byId(id).compose(group -> {
      Future<List<GroupMember>> members = groups.members(id);
      Future<Boolean> member = groups.isMember(id, viewer.id());
      Future<List<GroupEvent>> events = groups.events(id, now());
      Future<List<GroupThread>> threads = groups.threads(id, THREADS_ON_PAGE, 0);
      return Future.all(members, member, events, threads).map(all -> new GroupDetail(group, members.result(), viewer.signedIn(),
          member.result(), events.result(), threads.result()));
    });
  }

  public Future<ThemeGroup> create(NewGroup group, Viewer viewer) {
    viewer.requireStaff();
    UUID id = UUID.randomUUID();
    return groups.insert(id, group, viewer.id(), now()).compose(done -> groups.byId(id));
  }

  public Future<ThemeGroup> change(UUID id, NewGroup change, Viewer viewer) {
    viewer.requireStaff();
    return groups.byId(id).compose(group -> groups.update(id, change, now())).compose(done -> groups.byId(id));
  }

  /** True when the viewer joined now, false when they were a member already. */
  public Future<Boolean> join(UUID id, Viewer viewer) {
    return join(groups.pool(), id, viewer);
  }

  public Future<Void> leave(UUID id, Viewer viewer) {
    return leave(groups.pool(), id, viewer);
  }

  /**
   * The viewer is a member of exactly these groups from now on, inside the caller's transaction:
   * each group joined or left as the group's own page does it; an unknown group is not found.
   */
  public Future<Void> memberOfOnly(SqlClient tx, List<UUID> ids, Viewer viewer) {
    viewer.requireSignedIn();
    return groups.mine(tx, viewer.id()).compose(current -> {
      Future<?> done = Future.succeededFuture();
      for (ThemeGroup group : current) {
        if (!ids.contains(group.id())) done = done.compose(v -> leave(tx, group.id(), viewer));
      }
      for (UUID id : new java.util.LinkedHashSet<>(ids)) done = done.compose(v -> join(tx, id, viewer));
      return done.mapEmpty();
    });
  }

  private Future<Boolean> join(SqlClient client, UUID id, Viewer viewer) {
    viewer.requireSignedIn();
    return groups.byId(client, id).compose(group -> groups.join(client, id, viewer.id(), now()));
  }

  private Future<Void> leave(SqlClient client, UUID id, Viewer viewer) {
    viewer.requireSignedIn();
    return groups.byId(client, id).compose(group -> groups.leave(client, id, viewer.id()));
  }

  /** A group's threads, the most recently active first; titles are public. */
  public Future<ThreadList> threads(UUID groupId, Paging paging) {
    return groups.byId(groupId).compose(group -> {
      Future<List<GroupThread>> items = groups.threads(groupId, paging.pageSize(), paging.offset());
      Future<Long> total = groups.countThreads(groupId);
      return Future.all(items, total).map(all -> new ThreadList(items.result(), total.result()));
    });
  }

  /** A thread and its posts, for people signed in; a hidden post's text only for its author and staff. */
  public Future<ThreadView> thread(UUID threadId, Viewer viewer) {
    viewer.requireSignedIn();
    return groups.thread(threadId).compose(thread -> {
      Future<ThemeGroup> group = groups.byId(thread.groupId());
      Future<List<GroupPost>> posts = groups.posts(threadId);
      Future<List<Linked>> links = groups.linked(thread.showcaseIds(), thread.libraryIds());
      Future<Boolean> member = groups.isMember(thread.groupId(), viewer.id());
      return Future.all(group, posts, links, member).map(all -> new ThreadView(group.result(), thread,
          posts.result().stream().map(p -> p.shownTo(viewer)).toList(), links.result(), member.result()));
    });
  }

  /** A member starts a thread; it may link only to public showcases and library entries. */
  public Future<ThreadView> startThread(UUID groupId, NewThread thread, Viewer viewer) {
    viewer.requireSignedIn();
    UUID id = UUID.randomUUID();
    UUID postId = UUID.randomUUID();
    return groups.byId(groupId).compose(group -> memberOnly(groupId, viewer))
        .compose(ok -> groups.linked(thread.showcaseIds(), thread.libraryIds()))
        .compose(linked -> {
          refuseUnknown(linked, thread);
          OffsetDateTime at = now();
          return groups.pool().withTransaction(tx -> groups.insertThread(tx, id, groupId, thread, viewer.id(), at)
              .compose(done -> groups.insertPost(tx, postId, id, viewer.id(), thread.text(), at))
              .compose(done -> tellMembers(tx, groupId, viewer.id(), about(groupId, id, postId, thread.title()))));
        })
        .compose(done -> thread(id, viewer));
  }

  /** A member replies in a thread. */
  public Future<ThreadView> reply(UUID threadId, NewPost post, Viewer viewer) {
    viewer.requireSignedIn();
    UUID postId = UUID.randomUUID();
    return groups.thread(threadId).compose(thread -> memberOnly(thread.groupId(), viewer).compose(ok -> {
      OffsetDateTime at = now();
      return groups.pool().withTransaction(tx -> groups.insertPost(tx, postId, threadId, viewer.id(), post.text(), at)
          .compose(done -> tellMembers(tx, thread.groupId(), viewer.id(), about(thread.groupId(), threadId, postId, thread.title()))));
    })).compose(done -> thread(threadId, viewer));
  }

  /** Anyone signed in reports a post to the moderators, once. */
  public Future<GroupPost> report(UUID postId, Reason reason, Viewer viewer) {
    viewer.requireSignedIn();
    return groups.post(postId).compose(post -> groups.report(postId, viewer.id(), reason.reason(), now()))
        .compose(reported -> reported ? groups.post(postId)
            : Future.failedFuture(new Conflict("You have reported this post already")))
        .map(post -> post.shownTo(viewer));
  }

  /** Posts with open reports, for the moderators. */
  public Future<List<ReportedPost>> reports(Viewer viewer) {
    viewer.requireStaff();
    return groups.reported();
  }

  /** Staff hide a post with a reason its author reads, on the post and in a notification; its reports are settled. */
  public Future<GroupPost> hide(UUID postId, Reason reason, Viewer viewer) {
    viewer.requireStaff();
    return groups.post(postId).compose(post -> groups.thread(post.threadId()).compose(thread -> {
      OffsetDateTime at = now();
      return groups.pool().withTransaction(tx -> groups.hide(tx, postId, viewer.id(), reason.reason(), at).compose(hidden -> {
        if (!hidden) return Future.failedFuture(new Conflict("The post is hidden already"));
        Future<Void> settled = groups.resolveReports(tx, postId, at).compose(done -> AuditLog.record(tx, viewer.id(),
            AuditAction.GROUP_POST_HIDDEN, postId, null, new JsonObject().put("reason", reason.reason())));
        if (post.authorId() == null) return settled;
        return settled.compose(done -> notifications.toAccount(tx, post.authorId(), NotificationKind.GROUP_POST_HIDDEN,
            about(thread.groupId(), thread.id(), postId, thread.title())));
      }));
    })).compose(done -> groups.post(postId));
  }

  /** Staff restore a hidden post. */
  public Future<GroupPost> restore(UUID postId, Viewer viewer) {
    viewer.requireStaff();
    return groups.post(postId).compose(post -> groups.pool().withTransaction(tx -> groups.restore(tx, postId)
            .compose(restored -> restored ? AuditLog.record(tx, viewer.id(), AuditAction.GROUP_POST_RESTORED, postId, null, null)
                .map(true) : Future.succeededFuture(false))))
        .compose(restored -> restored ? groups.post(postId) : Future.failedFuture(new Conflict("The post is not hidden")));
  }

  /** Staff keep a reported post as it is: its open reports are settled. */
  public Future<GroupPost> dismissReports(UUID postId, Viewer viewer) {
    viewer.requireStaff();
    return groups.post(postId).compose(post -> groups.pool().withTransaction(tx -> groups.resolveReports(tx, postId, now())))
        .compose(done -> groups.post(postId));
  }

  /** Staff attach a published training or event to a group. */
  public Future<GroupDetail> attach(UUID groupId, EventLink link, Viewer viewer) {
    viewer.requireStaff();
    return groups.byId(groupId).compose(group -> groups.publishedTraining(link.trainingId())).compose(published -> {
      if (!published) return Future.failedFuture(new Invalid("trainingId", "is not a published training"));
      return groups.attach(groupId, link.trainingId(), now());
    }).compose(done -> detail(groupId, viewer));
  }

  public Future<Void> detach(UUID groupId, UUID trainingId, Viewer viewer) {
    viewer.requireStaff();
    return groups.byId(groupId).compose(group -> groups.detach(groupId, trainingId));
  }

  private Future<Void> memberOnly(UUID groupId, Viewer viewer) {
    return groups.isMember(groupId, viewer.id()).compose(member -> member ? Future.succeededFuture()
        : Future.failedFuture(new Forbidden("Join the group to write in it")));
  }

  private static void refuseUnknown(List<Linked> linked, NewThread thread) {
    Set<UUID> found = new HashSet<>();
    linked.forEach(l -> found.add(l.id()));
    FieldErrors errors = new FieldErrors();
    if (!found.containsAll(thread.showcaseIds())) errors.add("showcaseIds", "must name published showcases");
    if (!found.containsAll(thread.libraryIds())) errors.add("libraryIds", "must name published library entries");
    errors.throwIfAny();
  }

  private Future<Void> tellMembers(SqlClient tx, UUID groupId, UUID author, JsonObject payload) {
    return groups.othersIn(tx, groupId, author).compose(members -> {
      Future<Void> told = Future.succeededFuture();
      for (UUID member : members) told = told.compose(v -> notifications.toAccount(tx, member, NotificationKind.GROUP_POST, payload));
      return told;
    });
  }

  private static JsonObject about(UUID groupId, UUID threadId, UUID postId, String title) {
    return new JsonObject().put("groupId", groupId.toString()).put("threadId", threadId.toString()).put("postId", postId.toString())
        .put("title", new JsonObject().put("en", title));
  }

  /** An erased person leaves every group; what they wrote stays, without their name. */
  public Future<Void> forget(SqlClient tx, UUID accountId) {
    return groups.forget(tx, accountId);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
