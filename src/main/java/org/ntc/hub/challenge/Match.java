package org.ntc.hub.challenge;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Localised;

/** A published showcase that fits a need: its score, and what it shares with the need. */
public record Match(UUID showcaseId, Localised title, Localised summary, UUID organisationId, String organisationName,
                    double score, List<String> sharedCategories, List<String> sharedGroups, boolean sameCountry,
                    boolean sharedLanguage, double textSimilarity) {
  /** How alike the words must be to count as a reason; the ranking's query uses the same threshold. */
  static final double SIMILAR_WORDING = 0.08;

  static Match fromRow(Row row) {
    return new Match(row.getUUID("showcase_id"), Localised.of(row.getJsonObject("title")),
        Localised.of(row.getJsonObject("summary")), row.getUUID("organisation_id"), row.getString("organisation_name"),
        row.getDouble("score"), List.of(row.getArrayOfStrings("shared_categories")),
        List.of(row.getArrayOfStrings("shared_groups")), Boolean.TRUE.equals(row.getBoolean("same_country")),
        row.getArrayOfStrings("shared_languages").length > 0, row.getDouble("text_similarity"));
  }

  /** One line: what the showcase shares with the need. */
  public String why(String lang) {
    List<String> reasons = new ArrayList<>();
    if (!sharedCategories.isEmpty()) reasons.add(I18n.text(lang, "match.category", labels(lang, "category.", sharedCategories)));
    if (!sharedGroups.isEmpty()) reasons.add(I18n.text(lang, "match.targetGroup", labels(lang, "targetGroup.", sharedGroups)));
    if (sameCountry) reasons.add(I18n.text(lang, "match.country"));
    if (sharedLanguage) reasons.add(I18n.text(lang, "match.language"));
    if (textSimilarity > SIMILAR_WORDING) reasons.add(I18n.text(lang, "match.wording"));
    return String.join("; ", reasons);
  }

  public JsonObject toJson(String lang) {
    return new JsonObject()
        .put("showcase", new JsonObject().put("id", showcaseId.toString())
            .put("title", title.in(lang))
            .put("summary", summary.in(lang))
            .put("organisation", new JsonObject().put("id", organisationId.toString()).put("name", organisationName)))
        .put("score", Math.round(score * 100) / 100.0)
        .put("why", why(lang));
  }

  private static String labels(String lang, String prefix, List<String> ids) {
    return String.join(", ", ids.stream().map(id -> I18n.text(lang, prefix + id)).toList());
  }
}
