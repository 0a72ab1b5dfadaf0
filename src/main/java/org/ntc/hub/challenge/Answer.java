package org.ntc.hub.challenge;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Times;

/** A company's answer to a need, with the showcase it offers as the public sees it. */
public record Answer(UUID id, UUID showcaseId, Localised showcaseTitle, Localised showcaseSummary, String evidenceLevel,
                     String regulatoryStatus, UUID organisationId, String organisationName, String proposal, String author,
                     OffsetDateTime createdAt, UUID pilotId) {

  static Answer fromRow(Row row) {
    return new Answer(row.getUUID("id"), row.getUUID("showcase_id"), Localised.of(row.getJsonObject("title")),
        Localised.of(row.getJsonObject("summary")), row.getString("evidence"), row.getString("regulatory"),
        row.getUUID("organisation_id"), row.getString("organisation_name"), row.getString("proposal"),
        row.getString("author"), row.getOffsetDateTime("created_at"), row.getUUID("pilot_id"));
  }

  public JsonObject toJson(String lang) {
    return new JsonObject().put("id", id.toString())
        .put("showcase", new JsonObject().put("id", showcaseId.toString())
            .put("title", showcaseTitle.in(lang))
            .put("summary", showcaseSummary.in(lang))
            .put("evidenceLevel", evidenceLevel).put("regulatoryStatus", regulatoryStatus))
        .put("organisation", new JsonObject().put("id", organisationId.toString()).put("name", organisationName))
        .put("proposal", proposal).put("author", author)
        .put("createdAt", Times.rfc3339(createdAt))
        .put("pilotId", pilotId == null ? null : pilotId.toString());
  }
}
