package org.ntc.hub.audit;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
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
}
