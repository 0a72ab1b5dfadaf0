package org.ntc.hub.group;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.NotFound;

/** Theme groups, their members, threads, posts, reports and events. */
public final class GroupRepository {
  private static final String LIST = "SELECT " + ThemeGroup.COLUMNS + " FROM theme_group g ORDER BY g.created_at, g.id LIMIT $1 OFFSET $2";
  private static final String COUNT = "SELECT count(*) FROM theme_group";
  private static final String BY_ID = "SELECT " + ThemeGroup.COLUMNS + " FROM theme_group g WHERE g.id = $1";
  private static final String MINE = "SELECT " + ThemeGroup.COLUMNS
      + " FROM theme_group g JOIN group_member me ON me.group_id = g.id AND me.account_id = $1 ORDER BY g.created_at, g.id";
  private static final String INSERT = """
      INSERT INTO theme_group (id, name, description, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)""";
  private static final String UPDATE = """
      UPDATE theme_group SET name = coalesce($2, name), description = coalesce($3, description), updated_at = $4
      WHERE id = $1 RETURNING id""";
  /** Each member with the first verified organisation they belong to, by name; a private name stays unsaid. */
  private static final String MEMBERS = """
      SELECT a.id, CASE WHEN a.visibility ->> 'name' = 'private' THEN NULL ELSE a.name END AS name,
             o.id AS organisation_id, o.name AS organisation_name, o.country
      FROM group_member m JOIN account a ON a.id = m.account_id AND a.erased_at IS NULL
      LEFT JOIN LATERAL (SELECT o.id, o.name, o.country FROM membership ms JOIN organisation o ON o.id = ms.organisation_id AND o.verified
                         WHERE ms.account_id = a.id ORDER BY o.name, o.id LIMIT 1) o ON true
      WHERE m.group_id = $1 ORDER BY o.country NULLS LAST, o.name NULLS LAST, a.name, a.id LIMIT 1000""";
  private static final String IS_MEMBER = "SELECT 1 FROM group_member WHERE group_id = $1 AND account_id = $2";
  private static final String JOIN = """
      INSERT INTO group_member (group_id, account_id, joined_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING group_id""";
  private static final String LEAVE = "DELETE FROM group_member WHERE group_id = $1 AND account_id = $2";
  private static final String MEMBER_IDS = """
      SELECT m.account_id FROM group_member m JOIN account a ON a.id = m.account_id AND a.erased_at IS NULL
      WHERE m.group_id = $1 AND m.account_id <> $2""";
  private static final String THREADS = "SELECT " + GroupThread.COLUMNS + GroupThread.FROM
      + " WHERE t.group_id = $1 ORDER BY t.last_post_at DESC, t.id LIMIT $2 OFFSET $3";
  private static final String COUNT_THREADS = "SELECT count(*) FROM group_thread WHERE group_id = $1";
  private static final String THREAD = "SELECT " + GroupThread.COLUMNS + GroupThread.FROM + " WHERE t.id = $1";
  private static final String INSERT_THREAD = """
      INSERT INTO group_thread (id, group_id, title, author_id, showcase_ids, library_ids, created_at, last_post_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $7)""";
  private static final String INSERT_POST = """
      INSERT INTO group_post (id, thread_id, author_id, text, created_at) VALUES ($1, $2, $3, $4, $5)""";
  private static final String TOUCH_THREAD = "UPDATE group_thread SET last_post_at = $2 WHERE id = $1";
  private static final String POSTS = "SELECT " + GroupPost.COLUMNS + GroupPost.FROM
      + " WHERE p.thread_id = $1 ORDER BY p.created_at, p.id LIMIT 1000";
  private static final String POST = "SELECT " + GroupPost.COLUMNS + GroupPost.FROM + " WHERE p.id = $1";
  /** The public showcases and library entries among those a thread names. */
  private static final String LINKED = """
      SELECT 'showcase' AS type, s.id, s.published -> 'title' AS title FROM showcase s JOIN organisation o ON o.id = s.organisation_id
       WHERE s.id = ANY($1) AND s.published IS NOT NULL AND s.status <> 'archived' AND o.verified
      UNION ALL
      SELECT 'library', e.id, e.published -> 'title' FROM library_entry e
       WHERE e.id = ANY($2) AND e.published IS NOT NULL AND e.status <> 'archived'""";
  private static final String REPORT = """
      INSERT INTO group_post_report (id, post_id, reporter_id, reason, created_at) VALUES ($1, $2, $3, $4, $5)
      ON CONFLICT (post_id, reporter_id) DO NOTHING RETURNING id""";
  private static final String HIDE = """
      UPDATE group_post SET hidden_at = $2, hidden_by = $3, hidden_reason = $4 WHERE id = $1 AND hidden_at IS NULL RETURNING id""";
  private static final String RESTORE = """
      UPDATE group_post SET hidden_at = NULL, hidden_by = NULL, hidden_reason = NULL WHERE id = $1 AND hidden_at IS NOT NULL
      RETURNING id""";
  private static final String RESOLVE = "UPDATE group_post_report SET resolved_at = $2 WHERE post_id = $1 AND resolved_at IS NULL";
  /** Posts with open reports, the longest waiting first, with every open reason. */
  private static final String REPORTED = "SELECT " + GroupPost.COLUMNS + """
      , t.group_id, g.name AS group_name, t.title AS thread_title, r.reasons, r.first_reported_at
      FROM (SELECT post_id, array_agg(reason ORDER BY created_at) AS reasons, min(created_at) AS first_reported_at
              FROM group_post_report WHERE resolved_at IS NULL GROUP BY post_id) r
      JOIN group_post p ON p.id = r.post_id
      JOIN group_thread t ON t.id = p.thread_id JOIN theme_group g ON g.id = t.group_id
      LEFT JOIN account a ON a.id = p.author_id AND a.erased_at IS NULL
      ORDER BY r.first_reported_at, p.id LIMIT 200""";
  private static final String EVENTS = """
      SELECT t.id, t.title, t.starts_at, t.contact_point FROM group_event ge JOIN training t ON t.id = ge.training_id
      WHERE ge.group_id = $1 AND t.status = 'published' AND t.ends_at > $2 ORDER BY t.starts_at, t.id LIMIT 20""";
  private static final String PUBLISHED_TRAINING = "SELECT 1 FROM training WHERE id = $1 AND status = 'published'";
  private static final String ATTACH = """
      INSERT INTO group_event (group_id, training_id, added_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING""";
  private static final String DETACH = "DELETE FROM group_event WHERE group_id = $1 AND training_id = $2";

  private static final String FORGET = "DELETE FROM group_member WHERE account_id = $1";
  /** A departing person's reports stay for the moderators, no longer naming who reported. */
  private static final String FORGET_REPORTER = "UPDATE group_post_report SET reporter_id = NULL WHERE reporter_id = $1";

  private final Pool pool;

  public GroupRepository(Pool pool) {
    this.pool = pool;
  }

  Pool pool() {
    return pool;
  }

  Future<List<ThemeGroup>> list(int limit, int offset) {
    return pool.preparedQuery(LIST).mapping(ThemeGroup::fromRow).execute(Tuple.of(limit, offset)).map(Db::list);
  }

  Future<Long> count() {
    return pool.preparedQuery(COUNT).execute().map(Db::count);
  }

  Future<ThemeGroup> byId(UUID id) {
    return byId(pool, id);
  }

  Future<ThemeGroup> byId(SqlClient client, UUID id) {
    return client.preparedQuery(BY_ID).mapping(ThemeGroup::fromRow).execute(Tuple.of(id))
        .map(rows -> Db.single(rows, () -> new NotFound("group", id)));
  }

  Future<List<ThemeGroup>> mine(UUID accountId) {
    return mine(pool, accountId);
  }

  Future<List<ThemeGroup>> mine(SqlClient client, UUID accountId) {
    return client.preparedQuery(MINE).mapping(ThemeGroup::fromRow).execute(Tuple.of(accountId)).map(Db::list);
  }

  Future<Void> insert(UUID id, NewGroup group, UUID by, OffsetDateTime at) {
    return pool.preparedQuery(INSERT).execute(Tuple.of(id, group.name().toJson(), group.description().toJson(), by)
        .addOffsetDateTime(at)).mapEmpty();
  }

  Future<Boolean> update(UUID id, NewGroup change, OffsetDateTime at) {
    return pool.preparedQuery(UPDATE).execute(Tuple.of(id, change.name() == null ? null : change.name().toJson(),
        change.description() == null ? null : change.description().toJson()).addOffsetDateTime(at)).map(rows -> rows.rowCount() == 1);
  }

  Future<List<GroupMember>> members(UUID groupId) {
    return pool.preparedQuery(MEMBERS).mapping(GroupMember::fromRow).execute(Tuple.of(groupId)).map(Db::list);
  }

  Future<Boolean> isMember(UUID groupId, UUID accountId) {
    if (accountId == null) return Future.succeededFuture(false);
    return pool.preparedQuery(IS_MEMBER).execute(Tuple.of(groupId, accountId)).map(Db::any);
  }

  /** True when the person joined now, false when they were a member already. */
  Future<Boolean> join(SqlClient client, UUID groupId, UUID accountId, OffsetDateTime at) {
    return client.preparedQuery(JOIN).execute(Tuple.of(groupId, accountId).addOffsetDateTime(at)).map(rows -> rows.rowCount() == 1);
  }

  Future<Void> leave(SqlClient client, UUID groupId, UUID accountId) {
    return client.preparedQuery(LEAVE).execute(Tuple.of(groupId, accountId)).mapEmpty();
  }

  /** The members to tell of a new post: everyone but its author. */
  Future<List<UUID>> othersIn(SqlClient tx, UUID groupId, UUID author) {
    return tx.preparedQuery(MEMBER_IDS).mapping(row -> row.getUUID("account_id")).execute(Tuple.of(groupId, author)).map(Db::list);
  }

  Future<List<GroupThread>> threads(UUID groupId, int limit, int offset) {
    return pool.preparedQuery(THREADS).mapping(GroupThread::fromRow).execute(Tuple.of(groupId, limit, offset)).map(Db::list);
  }

  Future<Long> countThreads(UUID groupId) {
    return pool.preparedQuery(COUNT_THREADS).execute(Tuple.of(groupId)).map(Db::count);
  }

  Future<GroupThread> thread(UUID id) {
    return pool.preparedQuery(THREAD).mapping(GroupThread::fromRow).execute(Tuple.of(id))
        .map(rows -> Db.single(rows, () -> new NotFound("thread", id)));
  }

  Future<Void> insertThread(SqlClient tx, UUID id, UUID groupId, NewThread thread, UUID author, OffsetDateTime at) {
    return tx.preparedQuery(INSERT_THREAD).execute(Tuple.of(id, groupId, thread.title(), author)
            .addArrayOfUUID(thread.showcaseIds().toArray(UUID[]::new)).addArrayOfUUID(thread.libraryIds().toArray(UUID[]::new))
            .addOffsetDateTime(at))
        .mapEmpty();
  }

  Future<Void> insertPost(SqlClient tx, UUID id, UUID threadId, UUID author, String text, OffsetDateTime at) {
    return tx.preparedQuery(INSERT_POST).execute(Tuple.of(id, threadId, author, text).addOffsetDateTime(at))
        .compose(done -> tx.preparedQuery(TOUCH_THREAD).execute(Tuple.of(threadId).addOffsetDateTime(at))).mapEmpty();
  }

  Future<List<GroupPost>> posts(UUID threadId) {
    return pool.preparedQuery(POSTS).mapping(GroupPost::fromRow).execute(Tuple.of(threadId)).map(Db::list);
  }

  Future<GroupPost> post(UUID id) {
    return pool.preparedQuery(POST).mapping(GroupPost::fromRow).execute(Tuple.of(id))
        .map(rows -> Db.single(rows, () -> new NotFound("post", id)));
  }

  Future<List<Linked>> linked(List<UUID> showcases, List<UUID> library) {
    if (showcases.isEmpty() && library.isEmpty()) return Future.succeededFuture(List.of());
    return pool.preparedQuery(LINKED).mapping(Linked::fromRow)
        .execute(Tuple.tuple().addArrayOfUUID(showcases.toArray(UUID[]::new)).addArrayOfUUID(library.toArray(UUID[]::new)))
        .map(Db::list);
  }

  /** False when the person had reported this post already. */
  Future<Boolean> report(UUID postId, UUID reporter, String reason, OffsetDateTime at) {
    return pool.preparedQuery(REPORT).execute(Tuple.of(UUID.randomUUID(), postId, reporter, reason).addOffsetDateTime(at))
        .map(rows -> rows.rowCount() == 1);
  }

  Future<Boolean> hide(SqlClient tx, UUID postId, UUID by, String reason, OffsetDateTime at) {
    return tx.preparedQuery(HIDE).execute(Tuple.of(postId).addOffsetDateTime(at).addUUID(by).addString(reason))
        .map(rows -> rows.rowCount() == 1);
  }

  Future<Boolean> restore(SqlClient tx, UUID postId) {
    return tx.preparedQuery(RESTORE).execute(Tuple.of(postId)).map(rows -> rows.rowCount() == 1);
  }

  Future<Void> resolveReports(SqlClient tx, UUID postId, OffsetDateTime at) {
    return tx.preparedQuery(RESOLVE).execute(Tuple.of(postId).addOffsetDateTime(at)).mapEmpty();
  }

  Future<List<ReportedPost>> reported() {
    return pool.preparedQuery(REPORTED).mapping(ReportedPost::fromRow).execute().map(Db::list);
  }

  Future<List<GroupEvent>> events(UUID groupId, OffsetDateTime now) {
    return pool.preparedQuery(EVENTS).mapping(GroupEvent::fromRow).execute(Tuple.of(groupId).addOffsetDateTime(now)).map(Db::list);
  }

  Future<Boolean> publishedTraining(UUID trainingId) {
    return pool.preparedQuery(PUBLISHED_TRAINING).execute(Tuple.of(trainingId)).map(Db::any);
  }

  Future<Void> attach(UUID groupId, UUID trainingId, OffsetDateTime at) {
    return pool.preparedQuery(ATTACH).execute(Tuple.of(groupId, trainingId).addOffsetDateTime(at)).mapEmpty();
  }

  Future<Void> detach(UUID groupId, UUID trainingId) {
    return pool.preparedQuery(DETACH).execute(Tuple.of(groupId, trainingId)).mapEmpty();
  }

  Future<Void> forget(SqlClient tx, UUID accountId) {
    return tx.preparedQuery(FORGET).execute(Tuple.of(accountId))
        .compose(done -> tx.preparedQuery(FORGET_REPORTER).execute(Tuple.of(accountId))).mapEmpty();
  }
}
