package org.ntc.hub.showcase;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Localised;

/**
 * What a showcase says, validated as a whole: the working copy owners edit and the copy the
 * public sees have this same shape (stored as JSON).
 */
public record ShowcaseContent(
    Localised title,
    Localised summary,
    Localised description,
    List<String> categories,
    List<String> targetGroups,
    List<String> countries,
    List<String> languages,
    String regulatoryStatus,
    String evidenceLevel,
    String website,
    String contactEmail) {

  static final Set<String> FIELDS = Set.of("title", "summary", "description", "categories", "targetGroups", "countries",
      "languages", "regulatoryStatus", "evidenceLevel", "website", "contactEmail");

  /** Reads and checks a complete content object; {@code extra} names fields allowed besides the content's own. */
  static ShowcaseContent from(JsonObject body, Set<String> extra, FieldErrors errors) {
    Set<String> known = new java.util.HashSet<>(FIELDS);
    known.addAll(extra);
    errors.onlyKnown(body, known);
    Localised title = errors.localised(body, "title", 3, 160, true);
    Localised summary = errors.localised(body, "summary", 10, 400, true);
    Localised description = errors.localised(body, "description", 0, 20_000, false);
    List<String> categories = errors.stringList(body, "categories", Set.copyOf(Taxonomy.CATEGORIES), 5);
    if (categories.isEmpty() && !errors.has("categories")) errors.add("categories", "name at least one category");
    List<String> targetGroups = errors.stringList(body, "targetGroups", Set.copyOf(Taxonomy.TARGET_GROUPS), 7);
    List<String> countries = errors.stringList(body, "countries", Taxonomy.COUNTRIES, 3);
    List<String> languages = errors.stringList(body, "languages", Taxonomy.LANGUAGES, 12);
    String regulatory = errors.oneOf(body, "regulatoryStatus", Set.copyOf(Taxonomy.REGULATORY_STATUSES), false);
    String evidence = errors.oneOf(body, "evidenceLevel", Set.copyOf(Taxonomy.EVIDENCE_LEVELS), false);
    String website = errors.url(body, "website", false);
    String contactEmail = errors.email(body, "contactEmail", false);
    return new ShowcaseContent(title, summary, description, categories, targetGroups, countries, languages,
        regulatory == null ? "not-medical-device" : regulatory, evidence == null ? "concept" : evidence, website, contactEmail);
  }

  static ShowcaseContent fromStored(JsonObject json) {
    return new ShowcaseContent(
        Localised.of(json.getJsonObject("title")),
        Localised.of(json.getJsonObject("summary")),
        Localised.of(json.getJsonObject("description")),
        strings(json.getJsonArray("categories")),
        strings(json.getJsonArray("targetGroups")),
        strings(json.getJsonArray("countries")),
        strings(json.getJsonArray("languages")),
        json.getString("regulatoryStatus"),
        json.getString("evidenceLevel"),
        json.getString("website"),
        json.getString("contactEmail"));
  }

  JsonObject toStored() {
    return new JsonObject()
        .put("title", title.toJson())
        .put("summary", summary.toJson())
        .put("description", description.toJson())
        .put("categories", new JsonArray(categories))
        .put("targetGroups", new JsonArray(targetGroups))
        .put("countries", new JsonArray(countries))
        .put("languages", new JsonArray(languages))
        .put("regulatoryStatus", regulatoryStatus)
        .put("evidenceLevel", evidenceLevel)
        .put("website", website)
        .put("contactEmail", contactEmail);
  }

  /** The content in the caller's language, with the full localised objects alongside. */
  JsonObject toJson(String lang) {
    return toStored()
        .put("title", title.in(lang))
        .put("titleI18n", title.toJson())
        .put("summary", summary.in(lang))
        .put("summaryI18n", summary.toJson())
        .put("description", description.in(lang))
        .put("descriptionI18n", description.toJson());
  }


  private static List<String> strings(JsonArray array) {
    return array == null ? List.of() : array.stream().map(String::valueOf).toList();
  }
}
