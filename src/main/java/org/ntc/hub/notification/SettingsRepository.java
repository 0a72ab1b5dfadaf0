package org.ntc.hub.notification;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.Localised;

/** What each person chose: how each kind of notification reaches them, and the topics they follow. */
public final class SettingsRepository {
  private static final String SETTINGS = "SELECT kind, delivery FROM notification_setting WHERE account_id = $1";
  private static final String CHOOSE = """
      INSERT INTO notification_setting (account_id, kind, delivery)
      SELECT id, $2, $3 FROM account WHERE id = $1 AND erased_at IS NULL
      ON CONFLICT (account_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery""";
  /** Notifications waiting for the digest of kinds now turned off stay unmailed. */
  private static final String DROP_WAITING = """
      UPDATE notification SET delivery = 'off'
      WHERE account_id = $1 AND kind = ANY($2) AND delivery = 'daily' AND digested_at IS NULL""";
  private static final String TOPICS = "SELECT category FROM topic_follow WHERE account_id = $1 ORDER BY category";
  private static final String UNFOLLOW_ALL = "DELETE FROM topic_follow WHERE account_id = $1";
  private static final String FOLLOW = "INSERT INTO topic_follow (account_id, category) VALUES ($1, $2) ON CONFLICT DO NOTHING";

  private static final String NEEDS = """
      SELECT c.id, c.title FROM need_follower f JOIN challenge c ON c.id = f.challenge_id
      WHERE f.account_id = $1 ORDER BY f.created_at, c.id""";
  private static final String ORGANISATIONS = """
      SELECT o.id, o.name FROM organisation_follower f JOIN organisation o ON o.id = f.organisation_id
      WHERE f.account_id = $1 ORDER BY lower(o.name), o.id""";
  private static final String UNFOLLOW_NEEDS = "DELETE FROM need_follower WHERE account_id = $1";
  private static final String UNFOLLOW_ORGANISATIONS = "DELETE FROM organisation_follower WHERE account_id = $1";
  /** Only needs that are or were public are followed. */
  private static final String FOLLOW_NEEDS = """
      INSERT INTO need_follower (account_id, challenge_id)
      SELECT $1, c.id FROM challenge c WHERE c.id = ANY($2) AND c.published_at IS NOT NULL AND c.status IN ('published', 'closed')
      ON CONFLICT DO NOTHING""";
  /** Only verified organisations, whose profiles are public, are followed. */
  private static final String FOLLOW_ORGANISATIONS = """
      INSERT INTO organisation_follower (account_id, organisation_id)
      SELECT $1, o.id FROM organisation o WHERE o.id = ANY($2) AND o.verified
      ON CONFLICT DO NOTHING""";
  private static final String UNFOLLOW_NEED = "DELETE FROM need_follower WHERE account_id = $1 AND challenge_id = ANY($2)";
  private static final String UNFOLLOW_ORGANISATION = "DELETE FROM organisation_follower WHERE account_id = $1 AND organisation_id = ANY($2)";

  // networks: a theme group is followed by being its member
  private static final String GROUPS = """
      SELECT g.id, g.name FROM group_member m JOIN theme_group g ON g.id = m.group_id
      WHERE m.account_id = $1 ORDER BY m.joined_at, g.id""";

  private static final String FORGET_SETTINGS = "DELETE FROM notification_setting WHERE account_id = $1";

  private final Pool pool;

  public SettingsRepository(Pool pool) {
    this.pool = pool;
  }

  Pool pool() {
    return pool;
  }

  Future<NotificationSettings> settings(SqlClient client, UUID accountId) {
    return client.preparedQuery(SETTINGS).execute(Tuple.of(accountId)).map(rows -> {
      Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
      // A kind no longer known, or no longer configurable, is left out.
      rows.forEach(row -> Coded.find(NotificationKind.class, row.getString("kind")).filter(NotificationKind::configurable)
          .ifPresent(kind -> chosen.put(kind, Coded.of(Delivery.class, row.getString("delivery")))));
      return new NotificationSettings(chosen);
    });
  }

  Future<Void> choose(SqlClient tx, UUID accountId, Map<NotificationKind, Delivery> changes) {
    if (changes.isEmpty()) return Future.succeededFuture();
    List<Tuple> rows = changes.entrySet().stream().map(e -> Tuple.of(accountId, e.getKey().code(), e.getValue().code())).toList();
    String[] off = changes.entrySet().stream().filter(e -> e.getValue() == Delivery.OFF).map(e -> e.getKey().code())
        .toArray(String[]::new);
    return tx.preparedQuery(CHOOSE).executeBatch(rows)
        .compose(done -> off.length == 0 ? Future.succeededFuture() : tx.preparedQuery(DROP_WAITING).execute(Tuple.of(accountId).addArrayOfString(off)))
        .mapEmpty();
  }

  Future<List<String>> topics(SqlClient client, UUID accountId) {
    return client.preparedQuery(TOPICS).mapping(row -> row.getString("category")).execute(Tuple.of(accountId)).map(Db::list);
  }

  /** The person follows exactly these topics from now on. */
  Future<Void> follow(SqlClient tx, UUID accountId, List<String> categories) {
    return tx.preparedQuery(UNFOLLOW_ALL).execute(Tuple.of(accountId))
        .compose(done -> categories.isEmpty() ? Future.succeededFuture()
            : tx.preparedQuery(FOLLOW).executeBatch(categories.stream().map(c -> Tuple.of(accountId, c)).toList()))
        .mapEmpty();
  }

  /** An erased person's choices go with them. */
  Future<Void> forget(SqlClient tx, UUID accountId) {
    return tx.preparedQuery(FORGET_SETTINGS).execute(Tuple.of(accountId))
        .compose(done -> tx.preparedQuery(UNFOLLOW_ALL).execute(Tuple.of(accountId)))
        .compose(done -> tx.preparedQuery(UNFOLLOW_NEEDS).execute(Tuple.of(accountId)))
        .compose(done -> tx.preparedQuery(UNFOLLOW_ORGANISATIONS).execute(Tuple.of(accountId))).mapEmpty();
  }

  Future<List<FollowedTopics.Need>> needs(SqlClient client, UUID accountId) {
    return client.preparedQuery(NEEDS).mapping(row -> new FollowedTopics.Need(row.getUUID("id"),
        Localised.of(row.getJsonObject("title")))).execute(Tuple.of(accountId)).map(Db::list);
  }

  Future<List<FollowedTopics.Organisation>> organisations(SqlClient client, UUID accountId) {
    return client.preparedQuery(ORGANISATIONS).mapping(row -> new FollowedTopics.Organisation(row.getUUID("id"),
        row.getString("name"))).execute(Tuple.of(accountId)).map(Db::list);
  }

  /**
   * Adds (or, when {@code replace}, first drops every other) followed need; answers how many of
   * {@code ids} could be followed, so that an unknown id is refused.
   */
  Future<Integer> followNeeds(SqlClient tx, UUID accountId, List<UUID> ids, boolean replace) {
    return (replace ? tx.preparedQuery(UNFOLLOW_NEEDS).execute(Tuple.of(accountId)).<Void>mapEmpty() : Future.<Void>succeededFuture())
        .compose(done -> tx.preparedQuery(FOLLOW_NEEDS).execute(Tuple.tuple().addUUID(accountId).addArrayOfUUID(ids.toArray(UUID[]::new))))
        .compose(rows -> counted(tx, NEEDS_KNOWN, ids));
  }

  Future<Integer> followOrganisations(SqlClient tx, UUID accountId, List<UUID> ids, boolean replace) {
    return (replace ? tx.preparedQuery(UNFOLLOW_ORGANISATIONS).execute(Tuple.of(accountId)).<Void>mapEmpty()
        : Future.<Void>succeededFuture())
        .compose(done -> tx.preparedQuery(FOLLOW_ORGANISATIONS).execute(Tuple.tuple().addUUID(accountId).addArrayOfUUID(ids.toArray(UUID[]::new))))
        .compose(rows -> counted(tx, ORGANISATIONS_KNOWN, ids));
  }

  private static final String NEEDS_KNOWN = """
      SELECT count(*) FROM challenge c WHERE c.id = ANY($1) AND c.published_at IS NOT NULL AND c.status IN ('published', 'closed')""";
  private static final String ORGANISATIONS_KNOWN = "SELECT count(*) FROM organisation o WHERE o.id = ANY($1) AND o.verified";

  private static Future<Integer> counted(SqlClient tx, String sql, List<UUID> ids) {
    return tx.preparedQuery(sql).execute(Tuple.tuple().addArrayOfUUID(ids.toArray(UUID[]::new))).map(rows -> (int) Db.count(rows));
  }

  Future<Void> unfollowNeed(SqlClient tx, UUID accountId, UUID id) {
    return tx.preparedQuery(UNFOLLOW_NEED).execute(Tuple.tuple().addUUID(accountId).addArrayOfUUID(new UUID[] {id})).mapEmpty();
  }

  Future<Void> unfollowOrganisation(SqlClient tx, UUID accountId, UUID id) {
    return tx.preparedQuery(UNFOLLOW_ORGANISATION).execute(Tuple.tuple().addUUID(accountId).addArrayOfUUID(new UUID[] {id})).mapEmpty();
  }

  Future<List<FollowedTopics.Group>> groups(SqlClient client, UUID accountId) {
    return client.preparedQuery(GROUPS).mapping(row -> new FollowedTopics.Group(row.getUUID("id"),
        Localised.of(row.getJsonObject("name")))).execute(Tuple.of(accountId)).map(Db::list);
  }
}
