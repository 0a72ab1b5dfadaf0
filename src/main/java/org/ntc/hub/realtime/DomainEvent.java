package org.ntc.hub.realtime;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Times;

/**
 * A committed, numbered event as it travels between nodes and to browsers. {@code seq} is
 * its place in the log; {@code audience} says who may see it: everyone, staff, or one account.
 */
public record DomainEvent(long seq, String type, String node, Audience audience, UUID accountId, JsonObject payload,
                          OffsetDateTime occurredAt) {

  static DomainEvent fromRow(Row row) {
    return new DomainEvent(row.getLong("seq"), row.getString("type"), row.getString("node"),
        Coded.of(Audience.class, row.getString("audience")),
        row.getUUID("account_id"), row.getJsonObject("payload"), row.getOffsetDateTime("occurred_at"));
  }

  /** What a browser gets as {@code data:}: the payload, plus where and when it happened. */
  public JsonObject data() {
    return payload.copy().put("node", node).put("occurredAt", Times.rfc3339(occurredAt));
  }

  /** The Server-Sent-Events frame, encoded once and written to every stream that may see it. */
  Buffer frame() {
    return Buffer.buffer("id: " + seq + "\nevent: " + type + "\ndata: " + data().encode() + "\n\n");
  }

  JsonObject toJson() {
    return new JsonObject().put("seq", seq).put("type", type).put("node", node).put("audience", audience.code())
        .put("accountId", accountId == null ? null : accountId.toString()).put("payload", payload)
        .put("occurredAt", occurredAt.toString());
  }

  static DomainEvent fromJson(JsonObject json) {
    String account = json.getString("accountId");
    return new DomainEvent(json.getLong("seq"), json.getString("type"), json.getString("node"),
        Coded.of(Audience.class, json.getString("audience")),
        account == null ? null : UUID.fromString(account), json.getJsonObject("payload"),
        OffsetDateTime.parse(json.getString("occurredAt")));
  }
}
