package org.ntc.hub.notification;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.platform.Db;

/**
 * In-app notifications. Each one is stored and, in the same statement, written to the event
 * log for its addressee only, so it is pushed live exactly when the change commits.
 */
public final class NotificationRepository {
  /**
   * Follows a {@code recipients} CTE: each recipient's notification, stored with how it is to be
   * mailed (their setting for the kind, else its default; $5 and $6), and, for those who want it
   * at once and have a proven address, a mail in the outbox in their language.
   */
  private static final String RAISE = """
      , addressed AS (
        SELECT r.account_id, a.email, a.name, a.locale, a.email_verified_at IS NOT NULL AS proven,
               CASE WHEN $6 THEN coalesce(s.delivery, $5) ELSE $5 END AS delivery
        FROM recipients r JOIN account a ON a.id = r.account_id AND a.erased_at IS NULL
        LEFT JOIN notification_setting s ON s.account_id = r.account_id AND s.kind = $2)
      , n AS (
        INSERT INTO notification (id, account_id, kind, payload, delivery)
        SELECT gen_random_uuid(), account_id, $2, $3, delivery FROM addressed
        RETURNING id, account_id, kind, payload, created_at, delivery)
      , mailed AS (
        INSERT INTO mail_outbox (account_id, to_address, lang, template, payload, unsubscribe)
        SELECT n.account_id, a.email, a.locale, 'notification',
               n.payload || jsonb_build_object('kind', n.kind, 'notificationId', n.id, 'recipientName', a.name),
               CASE WHEN $6 THEN n.kind END
        FROM n JOIN addressed a ON a.account_id = n.account_id WHERE n.delivery = 'immediately' AND a.proven)
      INSERT INTO event_log (type, node, audience, account_id, payload)
      SELECT 'notification', $4, 'account', n.account_id,
             n.payload || jsonb_build_object('notificationId', n.id, 'kind', n.kind, 'createdAt', n.created_at)
      FROM n""";
  private static final String TO_ACCOUNT = "WITH recipients AS (SELECT id AS account_id FROM account WHERE id = $1 AND erased_at IS NULL)" + RAISE;
  private static final String TO_MEMBERS = """
      WITH recipients AS (SELECT DISTINCT account_id FROM membership WHERE organisation_id = ANY($1))""" + RAISE;
  private static final String TO_FOLLOWERS = """
      WITH recipients AS (SELECT DISTINCT m.account_id FROM category_follow f JOIN membership m ON m.organisation_id = f.organisation_id
                          WHERE f.category = ANY($1))""" + RAISE;
  /**
   * People who follow any of these topics themselves ($1), except those who hear of the thing
   * otherwise (see {@link NotificationService.Except}): its maker ($7, may be null), the members of
   * the organisation it comes from ($8, may be null), when $9 those whose organisation's topic
   * follows tell them, and when $10 the followers of the organisation $8.
   */
  private static final String TO_TOPIC_FOLLOWERS = """
      WITH recipients AS (
        SELECT DISTINCT f.account_id FROM topic_follow f
        WHERE f.category = ANY($1) AND ($7::uuid IS NULL OR f.account_id <> $7)
          AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.account_id = f.account_id AND m.organisation_id = $8)
          AND NOT ($9 AND EXISTS (SELECT 1 FROM membership m JOIN category_follow c ON c.organisation_id = m.organisation_id
                                  WHERE m.account_id = f.account_id AND c.category = ANY($1)))
          AND NOT ($10 AND EXISTS (SELECT 1 FROM organisation_follower o
                                   WHERE o.account_id = f.account_id AND o.organisation_id = $8)))""" + RAISE;
  /** People who follow the need ($1), except members of the organisations told already, as its owner or its answerers ($7). */
  private static final String TO_NEED_FOLLOWERS = """
      WITH recipients AS (
        SELECT f.account_id FROM need_follower f WHERE f.challenge_id = $1
          AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.account_id = f.account_id AND m.organisation_id = ANY($7)))""" + RAISE;
  /** People who follow the organisation ($1), except its own members. */
  private static final String TO_ORGANISATION_FOLLOWERS = """
      WITH recipients AS (
        SELECT f.account_id FROM organisation_follower f WHERE f.organisation_id = $1
          AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.account_id = f.account_id AND m.organisation_id = $1))""" + RAISE;
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
    return tx.preparedQuery(TO_ACCOUNT).execute(raised(accountId, kind, payload)).mapEmpty();
  }

  /** Tells every member of these organisations, once each, inside the caller's transaction. */
  Future<Void> toMembers(SqlClient tx, Collection<UUID> organisationIds, NotificationKind kind, JsonObject payload) {
    if (organisationIds.isEmpty()) return Future.succeededFuture();
    return tx.preparedQuery(TO_MEMBERS).execute(raised(organisationIds.toArray(UUID[]::new), kind, payload)).mapEmpty();
  }

  /** Tells the members of every organisation that follows any of these categories, once each. */
  Future<Void> toFollowers(SqlClient tx, List<String> categories, NotificationKind kind, JsonObject payload) {
    return tx.preparedQuery(TO_FOLLOWERS).execute(raised(categories.toArray(String[]::new), kind, payload))
        .mapEmpty();
  }

  /** Tells the people who follow any of these topics, once each, leaving out who hears of it otherwise. */
  Future<Void> toTopicFollowers(SqlClient tx, List<String> categories, NotificationService.Except except, NotificationKind kind,
                                JsonObject payload) {
    if (categories.isEmpty()) return Future.succeededFuture();
    return tx.preparedQuery(TO_TOPIC_FOLLOWERS).execute(raised(categories.toArray(String[]::new), kind, payload)
        .addUUID(except.maker()).addUUID(except.membersOf()).addBoolean(except.organisationsFollowingTopics())
        .addBoolean(except.followersOfOrganisation())).mapEmpty();
  }

  private Tuple raised(Object recipients, NotificationKind kind, JsonObject payload) {
    return Tuple.of(recipients, kind.code(), payload, node, kind.byDefault().code(), kind.configurable());
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

  /** Tells the people who follow a need, inside the caller's transaction, leaving out members of {@code exceptMembersOf}. */
  Future<Void> toNeedFollowers(SqlClient tx, UUID challengeId, Collection<UUID> exceptMembersOf, NotificationKind kind,
                               JsonObject payload) {
    return tx.preparedQuery(TO_NEED_FOLLOWERS).execute(raised(challengeId, kind, payload)
        .addArrayOfUUID(exceptMembersOf.toArray(UUID[]::new))).mapEmpty();
  }

  /** Tells the people who follow an organisation (not its own members), inside the caller's transaction. */
  Future<Void> toOrganisationFollowers(SqlClient tx, UUID organisationId, NotificationKind kind, JsonObject payload) {
    return tx.preparedQuery(TO_ORGANISATION_FOLLOWERS).execute(raised(organisationId, kind, payload)).mapEmpty();
  }
}
