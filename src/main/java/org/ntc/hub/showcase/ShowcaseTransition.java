package org.ntc.hub.showcase;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ntc.hub.platform.Times;

/** One step of a showcase's history: who moved it from which state to which, when, and what they said. */
public record ShowcaseTransition(OffsetDateTime at, UUID actorId, String actorName, ShowcaseStatus from,
                                 ShowcaseStatus to, String comment) {

  static ShowcaseTransition fromRow(Row row) {
    return new ShowcaseTransition(row.getOffsetDateTime("at"), row.getUUID("actor_id"), row.getString("actor_name"),
        ShowcaseStatus.of(row.getString("from_status")), ShowcaseStatus.of(row.getString("to_status")),
        row.getString("comment"));
  }

  JsonObject toJson() {
    return new JsonObject().put("at", Times.rfc3339(at))
        .put("actorId", actorId == null ? null : actorId.toString())
        .put("actorName", actorName)
        .put("from", from == null ? null : from.code())
        .put("to", to.code())
        .put("comment", comment);
  }
}
