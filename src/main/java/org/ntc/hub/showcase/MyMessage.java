package org.ntc.hub.showcase;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Times;

/** A message its sender wrote to a company, with the company's replies, oldest reply first. */
public record MyMessage(UUID id, UUID showcaseId, Localised showcaseTitle, UUID organisationId, String organisationName,
                        String message, OffsetDateTime at, List<MessageReply> replies) {

  static MyMessage fromRow(Row row) {
    return new MyMessage(row.getUUID("id"), row.getUUID("showcase_id"), Localised.of(row.getJsonObject("showcase_title")),
        row.getUUID("organisation_id"), row.getString("organisation_name"), row.getString("message"),
        row.getOffsetDateTime("created_at"), List.of());
  }

  MyMessage withReplies(List<MessageReply> found) {
    return new MyMessage(id, showcaseId, showcaseTitle, organisationId, organisationName, message, at, found);
  }

  public JsonObject toJson(String lang) {
    return new JsonObject().put("id", id.toString()).put("showcaseId", showcaseId.toString())
        .put("showcaseTitle", showcaseTitle.in(lang)).put("showcaseTitleI18n", showcaseTitle.toJson())
        .put("organisation", new JsonObject().put("id", organisationId.toString()).put("name", organisationName))
        .put("message", message).put("at", Times.rfc3339(at))
        .put("replies", new JsonArray(replies.stream().map(MessageReply::toJson).toList()));
  }
}
