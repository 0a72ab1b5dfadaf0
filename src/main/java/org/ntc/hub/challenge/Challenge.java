package org.ntc.hub.challenge;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Times;

/** A published (or not yet published) need of a care organisation. */
public record Challenge(UUID id, UUID organisationId, String organisationName, ChallengeStatus status, Localised title,
                        Localised description, List<String> categories, List<String> targetGroups, Country country,
                        List<String> languages, LocalDate responsesDue, String expectedScale, String reviewComment,
                        OffsetDateTime publishedAt, OffsetDateTime updatedAt, long answers, ChallengeOutcome closedOutcome,
                        String closedNote, OffsetDateTime closedAt, Integer scale, Country organisationCountry,
                        List<Cosigner> cosigners, UUID mergedInto) {
  static final String COLUMNS = """
      c.id, c.organisation_id, o.name AS organisation_name, c.status, c.title, c.description, c.categories, c.target_groups,
      c.country, c.languages, c.responses_due, c.expected_scale, c.review_comment, c.published_at, c.updated_at,
      c.closed_outcome, c.closed_note, c.closed_at, c.scale, c.merged_into, o.country AS organisation_country,
      (SELECT coalesce(jsonb_agg(jsonb_build_object('id', k.organisation_id, 'name', ko.name, 'country', ko.country,
                                                    'scale', k.scale, 'note', k.note) ORDER BY k.created_at, k.organisation_id),
                       '[]'::jsonb)
       FROM challenge_cosign k JOIN organisation ko ON ko.id = k.organisation_id WHERE k.challenge_id = c.id) AS cosigners,
      (SELECT count(*) FROM challenge_answer a WHERE a.challenge_id = c.id) AS answers""";

  static Challenge fromRow(Row row) {
    return new Challenge(row.getUUID("id"), row.getUUID("organisation_id"), row.getString("organisation_name"),
        Coded.of(ChallengeStatus.class, row.getString("status")), Localised.of(row.getJsonObject("title")),
        Localised.of(row.getJsonObject("description")), List.of(row.getArrayOfStrings("categories")),
        List.of(row.getArrayOfStrings("target_groups")), Country.valueOf(row.getString("country")),
        List.of(row.getArrayOfStrings("languages")), row.getLocalDate("responses_due"), row.getString("expected_scale"),
        row.getString("review_comment"), row.getOffsetDateTime("published_at"), row.getOffsetDateTime("updated_at"),
        row.getLong("answers"), Coded.find(ChallengeOutcome.class, row.getString("closed_outcome")).orElse(null),
        row.getString("closed_note"), row.getOffsetDateTime("closed_at"), row.getInteger("scale"),
        Country.valueOf(row.getString("organisation_country").trim()), Cosigner.list(row.getValue("cosigners")),
        row.getUUID("merged_into"));
  }

  /** Another organisation that has this need too, with its own scale (a number of people). */
  public record Cosigner(UUID organisationId, String name, Country country, Integer scale, String note) {
    static List<Cosigner> list(Object json) {
      JsonArray array = json instanceof JsonArray a ? a : json instanceof String text ? new JsonArray(text) : new JsonArray();
      return array.stream().map(JsonObject.class::cast).map(o -> new Cosigner(UUID.fromString(o.getString("id")),
          o.getString("name"), Country.valueOf(o.getString("country").trim()), o.getInteger("scale"), o.getString("note"))).toList();
    }
  }

  /** The need's own organisation and every co-signer: how many stand behind it. */
  public int backers() {
    return 1 + cosigners.size();
  }

  /** The owner's number (if it gave one) and every co-signer's, added up. */
  public long combinedScale() {
    return (scale == null ? 0 : scale) + cosigners.stream().filter(k -> k.scale() != null).mapToLong(Cosigner::scale).sum();
  }

  /** Whether this organisation already co-signs the need. */
  public boolean cosignedBy(UUID organisationId) {
    return cosigners.stream().anyMatch(k -> k.organisationId().equals(organisationId));
  }

  /** Every organisation behind the need, the owner first. */
  JsonArray organisationsJson() {
    JsonArray all = new JsonArray().add(new JsonObject().put("id", organisationId.toString()).put("name", organisationName)
        .put("country", organisationCountry.name()).put("role", "owner").put("scale", scale));
    cosigners.forEach(k -> all.add(new JsonObject().put("id", k.organisationId().toString()).put("name", k.name())
        .put("country", k.country().name()).put("role", "co-signer").put("scale", k.scale()).put("note", k.note())));
    return all;
  }

  /** Published, and the date for answers not yet past. */
  boolean open(LocalDate today) {
    return status == ChallengeStatus.PUBLISHED && !responsesDue.isBefore(today);
  }

  /** Was public once: a closed need stays readable with its outcome if it was ever published. */
  boolean publiclyVisible() {
    return status == ChallengeStatus.PUBLISHED || status == ChallengeStatus.CLOSED && publishedAt != null;
  }

  /** What a reviewer names to say which text they read: the time of the last change. */
  String version() {
    return updatedAt.toString();
  }

  public JsonObject toJson(String lang) {
    return new JsonObject()
        .put("id", id.toString())
        .put("organisation", new JsonObject().put("id", organisationId.toString()).put("name", organisationName))
        .put("status", status.code())
        .put("title", title.in(lang)).put("titleI18n", title.toJson())
        .put("description", description.in(lang)).put("descriptionI18n", description.toJson())
        .put("categories", new JsonArray(categories)).put("targetGroups", new JsonArray(targetGroups))
        .put("country", country.name()).put("languages", new JsonArray(languages))
        .put("responsesDue", responsesDue.toString()).put("expectedScale", expectedScale)
        .put("reviewComment", reviewComment)
        .put("publishedAt", Times.rfc3339(publishedAt))
        .put("answers", answers)
        .put("scale", scale)
        .put("organisations", organisationsJson())
        .put("backers", backers())
        .put("combinedScale", combinedScale())
        .put("mergedInto", mergedInto == null ? null : mergedInto.toString())
        .put("closed", closedOutcome == null ? null : new JsonObject().put("outcome", closedOutcome.code())
            .put("note", closedNote).put("closedAt", Times.rfc3339(closedAt)));
  }

  public static List<JsonObject> toJson(List<Challenge> challenges, String lang) {
    return challenges.stream().map(c -> c.toJson(lang)).toList();
  }
}
