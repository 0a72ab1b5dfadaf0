package org.ntc.hub.challenge;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Times;

/** A trial of a showcase at a contact point's test arena, answering a care organisation's need. */
public record Pilot(UUID id, UUID answerId, UUID challengeId, UUID showcaseId, UUID careOrganisationId, UUID companyId,
                    String contactPoint, String testArena, LocalDate startsOn, LocalDate endsOn, Localised goals, String status,
                    JsonObject outcome, OffsetDateTime outcomePublishedAt) {

  static Pilot fromRow(Row row) {
    return new Pilot(row.getUUID("id"), row.getUUID("answer_id"), row.getUUID("challenge_id"), row.getUUID("showcase_id"),
        row.getUUID("care_organisation_id"), row.getUUID("company_id"), row.getString("contact_point"), row.getString("test_arena"),
        row.getLocalDate("starts_on"), row.getLocalDate("ends_on"), Localised.of(row.getJsonObject("goals")), row.getString("status"),
        row.getJsonObject("outcome"), row.getOffsetDateTime("outcome_published_at"));
  }

  boolean outcomePublished() {
    return outcomePublishedAt != null && outcome != null;
  }

  /** The public view: the outcome only once published. */
  public JsonObject toJson(String lang, boolean full) {
    JsonObject json = new JsonObject().put("id", id.toString()).put("challengeId", challengeId.toString())
        .put("showcaseId", showcaseId.toString()).put("contactPoint", contactPoint).put("testArena", testArena)
        .put("startsOn", startsOn.toString()).put("endsOn", endsOn.toString())
        .put("goals", goals.in(lang)).put("goalsI18n", goals.toJson()).put("status", status);
    if (outcome != null && (full || outcomePublished())) {
      json.put("outcome", new JsonObject()
          .put("measured", Localised.of(outcome.getJsonObject("measured")).in(lang))
          .put("result", Localised.of(outcome.getJsonObject("result")).in(lang))
          .put("recommendation", Localised.of(outcome.getJsonObject("recommendation")).in(lang))
          .put("i18n", outcome)
          .put("publishedAt", Times.rfc3339(outcomePublishedAt)));
    }
    return json;
  }
}
