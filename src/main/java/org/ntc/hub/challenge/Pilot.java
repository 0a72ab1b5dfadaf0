package org.ntc.hub.challenge;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Times;

/** A trial of a showcase at a contact point's test arena, answering a care organisation's need. */
public record Pilot(UUID id, UUID answerId, UUID challengeId, UUID showcaseId, UUID careOrganisationId, UUID companyId,
                    Site contactPoint, String testArena, LocalDate startsOn, LocalDate endsOn, Localised goals,
                    PilotStatus status, PilotOutcome outcome, OffsetDateTime outcomePublishedAt,
                    PilotEvaluation evaluation, OffsetDateTime evaluatedAt) {

  static Pilot fromRow(Row row) {
    return new Pilot(row.getUUID("id"), row.getUUID("answer_id"), row.getUUID("challenge_id"), row.getUUID("showcase_id"),
        row.getUUID("care_organisation_id"), row.getUUID("company_id"), Site.of(row.getString("contact_point")),
        row.getString("test_arena"), row.getLocalDate("starts_on"), row.getLocalDate("ends_on"),
        Localised.of(row.getJsonObject("goals")), Coded.of(PilotStatus.class, row.getString("status")),
        PilotOutcome.fromJson(row.getJsonObject("outcome")), row.getOffsetDateTime("outcome_published_at"),
        PilotEvaluation.fromJson(row.getJsonObject("evaluation")), row.getOffsetDateTime("evaluated_at"));
  }

  boolean outcomePublished() {
    return outcomePublishedAt != null && outcome != null;
  }

  /** As the public sees it: the outcome and the evaluation only once the outcome is published. */
  Pilot publicView() {
    return outcomePublished() ? this : new Pilot(id, answerId, challengeId, showcaseId, careOrganisationId, companyId,
        contactPoint, testArena, startsOn, endsOn, goals, status, null, outcomePublishedAt, null, null);
  }

  public JsonObject toJson(String lang) {
    JsonObject json = new JsonObject().put("id", id.toString()).put("challengeId", challengeId.toString())
        .put("showcaseId", showcaseId.toString()).put("contactPoint", contactPoint.id()).put("testArena", testArena)
        .put("startsOn", startsOn.toString()).put("endsOn", endsOn.toString())
        .put("goals", goals.in(lang)).put("goalsI18n", goals.toJson()).put("status", status.code());
    if (outcome != null) {
      json.put("outcome", new JsonObject()
          .put("measured", outcome.measured().in(lang))
          .put("result", outcome.result().in(lang))
          .put("recommendation", outcome.recommendation().in(lang))
          .put("i18n", outcome.toJson())
          .put("publishedAt", Times.rfc3339(outcomePublishedAt)));
    }
    if (evaluation != null) json.put("evaluation", evaluation.toJson(lang).put("evaluatedAt", Times.rfc3339(evaluatedAt)));
    return json;
  }

  public static JsonArray toJson(List<Pilot> pilots, String lang) {
    return new JsonArray(pilots.stream().map(p -> p.toJson(lang)).toList());
  }
}
