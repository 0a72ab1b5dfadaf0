package org.ntc.hub.showcase;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Times;

/** A message in a company's inbox: about which showcase, from whom, when, and what the company answered. */
public record ReceivedMessage(UUID id, UUID showcaseId, Localised showcaseTitle, String message, OffsetDateTime at,
                              String senderName, String senderEmail, List<MessageReply> replies) {

  static ReceivedMessage fromRow(Row row) {
    return new ReceivedMessage(row.getUUID("id"), row.getUUID("showcase_id"), Localised.of(row.getJsonObject("showcase_title")),
        row.getString("message"), row.getOffsetDateTime("created_at"), row.getString("sender_name"),
        row.getString("sender_email"), List.of());
  }

  ReceivedMessage withReplies(List<MessageReply> found) {
    return new ReceivedMessage(id, showcaseId, showcaseTitle, message, at, senderName, senderEmail, found);
  }

  public JsonObject toJson() {
    return new JsonObject().put("id", id.toString())
        .put("showcaseId", showcaseId.toString())
        .put("showcaseTitle", showcaseTitle.toJson())
        .put("message", message).put("at", Times.rfc3339(at))
        .put("from", new JsonObject().put("name", senderName).put("email", senderEmail))
        .put("replies", new JsonArray(replies.stream().map(MessageReply::toJson).toList()));
  }
}
