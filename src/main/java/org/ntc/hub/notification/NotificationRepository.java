package org.ntc.hub.notification;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.platform.Db;

/**
 * In-app notifications. Each one is stored and, in the same statement, written to the event
 * log for its addressee only, so it is pushed live exactly when the change commits.
 */
public final class NotificationRepository {
  private static final String RAISE = """
      , n AS (
        INSERT INTO notification (id, account_id, kind, payload)
        SELECT gen_random_uuid(), r.account_id, $2, $3 FROM recipients r
        RETURNING id, account_id, kind, payload, created_at)
      INSERT INTO event_log (type, node, audience, account_id, payload)
      SELECT 'notification', $4, 'account', n.account_id,
             n.payload || jsonb_build_object('notificationId', n.id, 'kind', n.kind, 'createdAt', n.created_at)
      FROM n""";
  private static final String TO_ACCOUNT = "WITH recipients AS (SELECT id AS account_id FROM account WHERE id = $1 AND erased_at IS NULL)" + RAISE;
  private static final String TO_MEMBERS = "WITH recipients AS (SELECT account_id FROM membership WHERE organisation_id = $1)" + RAISE;
  private static final String TO_FOLLOWERS = """
      WITH recipients AS (SELECT DISTINCT m.account_id FROM category_follow f JOIN membership m ON m.organisation_id = f.organisation_id
                          WHERE f.category = ANY($1))""" + RAISE;
  private static final String LIST = """
      SELECT id, kind, payload, created_at, read_at FROM notification WHERE account_id = $1
      ORDER BY created_at DESC, id LIMIT $2 OFFSET $3""";
  private static final String COUNTS = """
      SELECT count(*) AS total, count(*) FILTER (WHERE read_at IS NULL) AS unread FROM notification WHERE account_id = $1""";
  private static final String MARK_READ = """
      UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = $1 AND account_id = $2
      RETURNING id, kind, payload, created_at, read_at""";
  private static final String MARK_ALL_READ = "UPDATE notification SET read_at = now() WHERE account_id = $1 AND read_at IS NULL";

  private final Pool pool;
  private final String node;

  public NotificationRepository(Pool pool, String node) {
    this.pool = pool;
    this.node = node;
  }

  /** Tells one person, inside the caller's transaction. */
  Future<Void> toAccount(SqlClient tx, UUID accountId, NotificationKind kind, JsonObject payload) {
    return tx.preparedQuery(TO_ACCOUNT).execute(Tuple.of(accountId, kind.code(), payload, node)).mapEmpty();
  }

  /** Tells every member of an organisation, inside the caller's transaction. */
  Future<Void> toMembers(SqlClient tx, UUID organisationId, NotificationKind kind, JsonObject payload) {
    return tx.preparedQuery(TO_MEMBERS).execute(Tuple.of(organisationId, kind.code(), payload, node)).mapEmpty();
  }

  /** Tells the members of every organisation that follows any of these categories, once each. */
  Future<Void> toFollowers(SqlClient tx, List<String> categories, NotificationKind kind, JsonObject payload) {
    return tx.preparedQuery(TO_FOLLOWERS).execute(Tuple.of(categories.toArray(String[]::new), kind.code(), payload, node))
        .mapEmpty();
  }

  Future<List<Notification>> list(UUID accountId, int limit, int offset) {
    return pool.preparedQuery(LIST).mapping(Notification::fromRow).execute(Tuple.of(accountId, limit, offset)).map(Db::list);
  }

  /** How many notifications a person has, and how many of them are unread. */
  record Counts(long total, long unread) {
    static Counts fromRow(Row row) {
      return new Counts(row.getLong("total"), row.getLong("unread"));
    }
  }

  Future<Counts> counts(UUID accountId) {
    return pool.preparedQuery(COUNTS).mapping(Counts::fromRow).execute(Tuple.of(accountId))
        .map(rows -> rows.iterator().next());
  }

  Future<Optional<Notification>> markRead(UUID id, UUID accountId) {
    return pool.preparedQuery(MARK_READ).mapping(Notification::fromRow).execute(Tuple.of(id, accountId)).map(Db::first);
  }

  Future<Integer> markAllRead(UUID accountId) {
    return pool.preparedQuery(MARK_ALL_READ).execute(Tuple.of(accountId)).map(RowSet::rowCount);
  }
}
