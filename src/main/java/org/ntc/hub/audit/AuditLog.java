package org.ntc.hub.audit;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;

/**
 * Security-relevant actions, written in the same transaction as the action itself. Actors
 * and targets are ids; details never hold passwords, tokens or email addresses.
 */
public final class AuditLog {
  private static final String INSERT = """
      INSERT INTO audit_log (actor_id, action, target_type, target_id, address, detail)
      VALUES ($1, $2, $3, $4, $5, $6)""";
  private static final String PAGE = """
      SELECT id, at, actor_id, action, target_type, target_id, address, detail
      FROM audit_log ORDER BY id DESC LIMIT $1 OFFSET $2""";
  private static final String COUNT = "SELECT count(*) FROM audit_log";
  private static final String READABLE_PAGE = """
      SELECT l.id, l.at, l.actor_id, l.action, l.target_type, l.target_id, l.detail, actor.name AS actor_name,
             CASE l.target_type
               WHEN 'account' THEN (SELECT a.name FROM account a WHERE a.id::text = l.target_id)
               WHEN 'organisation' THEN (SELECT o.name FROM organisation o WHERE o.id::text = l.target_id)
             END AS target_name
      FROM audit_log l LEFT JOIN account actor ON actor.id = l.actor_id
      ORDER BY l.id DESC LIMIT $1 OFFSET $2""";

  public record Entry(long id, OffsetDateTime at, UUID actorId, String action, String targetType, String targetId,
                      String address, JsonObject detail) {
    static Entry fromRow(Row row) {
      return new Entry(row.getLong("id"), row.getOffsetDateTime("at"), row.getUUID("actor_id"), row.getString("action"),
          row.getString("target_type"), row.getString("target_id"), row.getString("address"), row.getJsonObject("detail"));
    }

    public JsonObject toJson() {
      return new JsonObject().put("id", id).put("at", Times.rfc3339(at))
          .put("actorId", actorId == null ? null : actorId.toString()).put("action", action)
          .put("targetType", targetType).put("targetId", targetId).put("address", address).put("detail", detail);
    }
  }

  private final Pool pool;

  public AuditLog(Pool pool) {
    this.pool = pool;
  }

  /** Records the action, inside the caller's transaction (or on its own when {@code client} is the pool). */
  public static Future<Void> record(SqlClient client, UUID actor, AuditAction action, Object targetId, String address,
                                    JsonObject detail) {
    return client.preparedQuery(INSERT)
        .execute(Tuple.of(actor, action.code(), action.target().code(), targetId == null ? null : targetId.toString(), address,
            detail == null ? new JsonObject() : detail))
        .mapEmpty();
  }

  /** One page of the log, newest first, and how long it is. */
  public record Entries(List<Entry> items, long total, Paging paging) {
    public JsonObject toJson() {
      return paging.page(items.stream().map(Entry::toJson).toList(), total);
    }
  }

  /** Staff read the log; nobody else does. */
  public Future<Entries> read(Viewer viewer, Paging paging) {
    viewer.requireStaff();
    Future<List<Entry>> items = pool.preparedQuery(PAGE).mapping(Entry::fromRow)
        .execute(Tuple.of(paging.pageSize(), paging.offset())).map(Db::list);
    Future<Long> total = pool.preparedQuery(COUNT).execute().map(Db::count);
    return Future.all(items, total).map(all -> new Entries(items.result(), total.result(), paging));
  }

  /**
   * A log entry for people to read: who by name (none for the system, or once erased), what
   * was done by its action, and the name of the person or organisation it was done to.
   */
  public record Readable(long id, OffsetDateTime at, UUID actorId, Optional<AuditAction> action, String targetType, String targetId,
                         String actorName, String targetName, JsonObject detail) {
    static Readable fromRow(Row row) {
      return new Readable(row.getLong("id"), row.getOffsetDateTime("at"), row.getUUID("actor_id"), Coded.find(AuditAction.class, row.getString("action")),
          row.getString("target_type"), row.getString("target_id"), row.getString("actor_name"), row.getString("target_name"),
          row.getJsonObject("detail"));
    }
  }

  /** One page of the log as people read it, newest first; admins only. */
  public record ReadablePage(List<Readable> items, long total, Paging paging) {}

  public Future<ReadablePage> readable(Viewer viewer, Paging paging) {
    viewer.requireAdmin();
    Future<List<Readable>> items = pool.preparedQuery(READABLE_PAGE).mapping(Readable::fromRow)
        .execute(Tuple.of(paging.pageSize(), paging.offset())).map(Db::list);
    Future<Long> total = pool.preparedQuery(COUNT).execute().map(Db::count);
    return Future.all(items, total).map(all -> new ReadablePage(items.result(), total.result(), paging));
  }
}
