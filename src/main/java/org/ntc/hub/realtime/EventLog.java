package org.ntc.hub.realtime;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Db;

/**
 * The outbox. Features append events inside their own transactions; the relay numbers what
 * has been committed; streams replay from it after a reconnect.
 */
public final class EventLog {
  /** How far back a reconnecting browser may catch up. */
  static final String REPLAY_WINDOW = "7 days";
  private static final String APPEND = """
      INSERT INTO event_log (type, node, audience, account_id, payload) VALUES ($1, $2, $3, $4, $5)""";
  private static final String LOCK_COUNTER = "SELECT last_seq FROM event_counter FOR UPDATE";
  private static final String NUMBER = """
      WITH pending AS (SELECT id FROM event_log WHERE seq IS NULL ORDER BY id LIMIT $2),
           numbered AS (SELECT id, $1 + row_number() OVER (ORDER BY id) AS seq FROM pending)
      UPDATE event_log e SET seq = numbered.seq FROM numbered WHERE e.id = numbered.id
      RETURNING e.seq, e.type, e.node, e.audience, e.account_id, e.payload, e.occurred_at""";
  private static final String ADVANCE_COUNTER = "UPDATE event_counter SET last_seq = $1";
  private static final String LAST_SEQ = "SELECT last_seq FROM event_counter";
  private static final String AFTER = """
      SELECT seq, type, node, audience, account_id, payload, occurred_at FROM event_log
      WHERE seq > $1 ORDER BY seq LIMIT $2""";
  private static final String REPLAY = """
      SELECT seq, type, node, audience, account_id, payload, occurred_at FROM event_log
      WHERE seq > $1 AND occurred_at > now() - interval '""" + REPLAY_WINDOW + """
      ' AND type = ANY($2)
        AND (audience = 'public' OR (audience = 'staff' AND $3) OR (audience = 'account' AND account_id = $4))
      ORDER BY seq LIMIT $5""";
  private static final String PRUNE = """
      DELETE FROM event_log WHERE seq IS NOT NULL AND occurred_at < now() - interval '""" + REPLAY_WINDOW + "' - interval '1 day'";

  private final Pool pool;
  private final String node;

  public EventLog(Pool pool, String node) {
    this.pool = pool;
    this.node = node;
  }

  /** An event everyone may see. */
  public Future<Void> publicly(SqlClient tx, String type, JsonObject payload) {
    return append(tx, type, Audience.PUBLIC, null, payload);
  }

  /** An event only contact-point staff see. */
  public Future<Void> forStaff(SqlClient tx, String type, JsonObject payload) {
    return append(tx, type, Audience.STAFF, null, payload);
  }

  /** An event only this account sees. */
  public Future<Void> forAccount(SqlClient tx, String type, UUID accountId, JsonObject payload) {
    return append(tx, type, Audience.ACCOUNT, accountId, payload);
  }

  /**
   * Something entered or left the staff's moderation queue: {@code kind} is showcase, training,
   * organisation or challenge, and the payload names it as {@code <kind>Id} for the queue page.
   */
  public Future<Void> queueChanged(SqlClient tx, String kind, UUID id, JsonObject title, String change) {
    return forStaff(tx, Topics.MODERATION_QUEUE, queueItem(kind, id, title, change));
  }

  /**
   * A sign-out ({@code sessionId}) or the end of all the account's sessions ({@code sessionId}
   * null): every node ends the streams that were opened with them.
   */
  public Future<Void> sessionEnded(SqlClient tx, UUID accountId, UUID sessionId) {
    JsonObject payload = new JsonObject();
    if (sessionId != null) payload.put("sessionId", sessionId.toString());
    return forAccount(tx, Topics.SESSION_ENDED, accountId, payload);
  }

  /** What the account may see changed (staff rights granted or revoked): every node ends its streams. */
  public Future<Void> viewerChanged(SqlClient tx, UUID accountId) {
    return forAccount(tx, Topics.VIEWER_CHANGED, accountId, new JsonObject());
  }

  public static JsonObject queueItem(String kind, UUID id, JsonObject title, String change) {
    return new JsonObject().put("kind", kind).put(kind + "Id", id.toString()).put("title", title).put("change", change);
  }

  public String node() {
    return node;
  }

  private Future<Void> append(SqlClient tx, String type, Audience audience, UUID accountId, JsonObject payload) {
    return tx.preparedQuery(APPEND).execute(Tuple.of(type, node, audience.code(), accountId, payload)).mapEmpty();
  }

  /** Numbers up to {@code limit} committed events in one transaction; answers them in order. */
  Future<List<DomainEvent>> numberCommitted(int limit) {
    return pool.withTransaction(tx -> tx.preparedQuery(LOCK_COUNTER).execute()
        .compose(rows -> {
          long last = rows.iterator().next().getLong(0);
          return tx.preparedQuery(NUMBER).mapping(DomainEvent::fromRow).execute(Tuple.of(last, limit));
        })
        .compose(rows -> {
          List<DomainEvent> events = new ArrayList<>(Db.list(rows));
          events.sort(Comparator.comparingLong(DomainEvent::seq));
          if (events.isEmpty()) return Future.succeededFuture(events);
          return tx.preparedQuery(ADVANCE_COUNTER).execute(Tuple.of(events.get(events.size() - 1).seq())).map(done -> events);
        }));
  }

  Future<Long> lastSeq() {
    return pool.preparedQuery(LAST_SEQ).execute().map(rows -> rows.iterator().next().getLong(0));
  }

  /** Numbered events after {@code seq}, for a node catching up with what the bus did not bring. */
  Future<List<DomainEvent>> after(long seq, int limit) {
    return pool.preparedQuery(AFTER).mapping(DomainEvent::fromRow).execute(Tuple.of(seq, limit)).map(Db::list);
  }

  /** What one stream missed, within the replay window and what its viewer may see. */
  Future<List<DomainEvent>> replay(long after, List<String> topics, boolean staff, UUID accountId, int limit) {
    return pool.preparedQuery(REPLAY).mapping(DomainEvent::fromRow)
        .execute(Tuple.of(after, topics.toArray(String[]::new), staff, accountId, limit)).map(Db::list);
  }

  Future<Integer> prune() {
    return pool.preparedQuery(PRUNE).execute().map(rows -> rows.rowCount());
  }
}
