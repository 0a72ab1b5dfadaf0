package org.ntc.hub.showcase;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import org.ntc.hub.platform.Times;

/** How a showcase was last archived: the state it left, the reason, when, by whom, and whether by one of its members. */
public record Archiving(ShowcaseStatus from, String reason, OffsetDateTime at, String actorName, boolean byMember) {

  static Archiving fromRow(Row row) {
    return new Archiving(ShowcaseStatus.of(row.getString("from_status")), row.getString("comment"),
        row.getOffsetDateTime("at"), row.getString("actor_name"), row.getBoolean("by_member"));
  }

  JsonObject toJson() {
    return new JsonObject().put("reason", reason).put("at", Times.rfc3339(at)).put("by", actorName).put("byMember", byMember)
        .put("previousStatus", from == null ? null : from.code());
  }
}
