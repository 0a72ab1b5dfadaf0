package org.ntc.hub.showcase;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ntc.hub.platform.Times;

/** A company's answer to a visitor's message: who answered for which organisation, and when. */
public record MessageReply(UUID id, UUID messageId, String text, OffsetDateTime at, String authorName,
                           String organisationName) {

  static MessageReply fromRow(Row row) {
    return new MessageReply(row.getUUID("id"), row.getUUID("contact_id"), row.getString("text"),
        row.getOffsetDateTime("created_at"), row.getString("author_name"), row.getString("organisation_name"));
  }

  public JsonObject toJson() {
    return new JsonObject().put("id", id.toString()).put("messageId", messageId.toString()).put("text", text)
        .put("at", Times.rfc3339(at))
        .put("author", new JsonObject().put("name", authorName))
        .put("organisation", new JsonObject().put("name", organisationName));
  }
}
