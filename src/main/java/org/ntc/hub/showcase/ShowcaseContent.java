package org.ntc.hub.showcase;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Country;
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
    RegulatoryStatus regulatoryStatus,
    EvidenceLevel evidenceLevel,
    String website,
    String contactEmail,
    HowToGet howToGet) implements Classification {

  static final Set<String> FIELDS = Set.of("title", "summary", "description", "categories", "targetGroups", "countries",
      "languages", "regulatoryStatus", "evidenceLevel", "website", "contactEmail", "howToGet");

  /** Reads and checks a complete content object. */
  static ShowcaseContent from(JsonObject body, FieldErrors errors) {
    return fromStored(checked(body, FIELDS, errors));
  }

  /**
   * Checks the named content fields of {@code body} into their stored form: each as a complete
   * content requires it, absent ones as if sent empty.
   */
  static JsonObject checked(JsonObject body, Set<String> fields, FieldErrors errors) {
    JsonObject stored = new JsonObject();
    if (fields.contains("title")) stored.put("title", errors.localised(body, "title", 3, 160, true).toJson());
    if (fields.contains("summary")) stored.put("summary", errors.localised(body, "summary", 10, 400, true).toJson());
    if (fields.contains("description")) {
      stored.put("description", errors.localised(body, "description", 0, 20_000, false).toJson());
    }
    if (fields.contains("categories")) {
      List<String> categories = errors.stringList(body, "categories", Set.copyOf(Taxonomy.CATEGORIES), 5);
      if (categories.isEmpty() && !errors.has("categories")) errors.add("categories", "name at least one category");
      stored.put("categories", new JsonArray(categories));
    }
    if (fields.contains("targetGroups")) {
      stored.put("targetGroups", new JsonArray(errors.stringList(body, "targetGroups", Set.copyOf(Taxonomy.TARGET_GROUPS), 7)));
    }
    if (fields.contains("countries")) stored.put("countries", new JsonArray(errors.stringList(body, "countries", Country.CODES, 3)));
    if (fields.contains("languages")) {
      stored.put("languages", new JsonArray(errors.stringList(body, "languages", Taxonomy.LANGUAGES, 12)));
    }
    if (fields.contains("regulatoryStatus")) {
      RegulatoryStatus regulatory = errors.choice(body, "regulatoryStatus", RegulatoryStatus.class, false);
      stored.put("regulatoryStatus", (regulatory == null ? RegulatoryStatus.NOT_MEDICAL_DEVICE : regulatory).code());
    }
    if (fields.contains("evidenceLevel")) {
      EvidenceLevel evidence = errors.choice(body, "evidenceLevel", EvidenceLevel.class, false);
      stored.put("evidenceLevel", (evidence == null ? EvidenceLevel.CONCEPT : evidence).code());
    }
    if (fields.contains("website")) stored.put("website", errors.url(body, "website", false));
    if (fields.contains("contactEmail")) stored.put("contactEmail", errors.email(body, "contactEmail", false));
    if (fields.contains("howToGet")) stored.put("howToGet", HowToGet.checked(body, errors));
    return stored;
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
        Coded.find(RegulatoryStatus.class, json.getString("regulatoryStatus")).orElse(null),
        Coded.find(EvidenceLevel.class, json.getString("evidenceLevel")).orElse(null),
        json.getString("website"),
        json.getString("contactEmail"),
        HowToGet.fromStored(json.getJsonObject("howToGet")));
  }

  /** This content with the fields a change names replaced, as the change has them. */
  ShowcaseContent with(ShowcaseChange change) {
    return fromStored(toStored().mergeIn(change.fields()));
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
        .put("regulatoryStatus", code(regulatoryStatus))
        .put("evidenceLevel", code(evidenceLevel))
        .put("website", website)
        .put("contactEmail", contactEmail)
        .put("howToGet", howToGet.isEmpty() ? null : howToGet.toJson());
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

  private static String code(Coded value) {
    return value == null ? null : value.code();
  }

  private static List<String> strings(JsonArray array) {
    return array == null ? List.of() : array.stream().map(String::valueOf).toList();
  }
}
