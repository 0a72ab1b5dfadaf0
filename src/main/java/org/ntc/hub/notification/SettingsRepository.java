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
        .compose(done -> tx.preparedQuery(UNFOLLOW_ALL).execute(Tuple.of(accountId))).mapEmpty();
  }
}
