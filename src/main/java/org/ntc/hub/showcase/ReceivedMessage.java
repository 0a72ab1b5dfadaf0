package org.ntc.hub.showcase;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Times;

/** A message in a company's inbox: about which showcase, from whom, and when. */
public record ReceivedMessage(UUID id, UUID showcaseId, Localised showcaseTitle, String message, OffsetDateTime at,
                              String senderName, String senderEmail) {

  static ReceivedMessage fromRow(Row row) {
    return new ReceivedMessage(row.getUUID("id"), row.getUUID("showcase_id"), Localised.of(row.getJsonObject("showcase_title")),
        row.getString("message"), row.getOffsetDateTime("created_at"), row.getString("sender_name"),
        row.getString("sender_email"));
  }

  public JsonObject toJson() {
    return new JsonObject().put("id", id.toString())
        .put("showcaseId", showcaseId.toString())
        .put("showcaseTitle", showcaseTitle.toJson())
        .put("message", message).put("at", Times.rfc3339(at))
        .put("from", new JsonObject().put("name", senderName).put("email", senderEmail));
  }
}
