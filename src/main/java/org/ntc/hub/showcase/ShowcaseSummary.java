package org.ntc.hub.showcase;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Times;

/** A public showcase as the catalogue lists it, read from the narrow listing table. */
public record ShowcaseSummary(UUID id, UUID organisationId, String organisationName, Localised title, Localised summary,
                              List<String> categories, List<String> targetGroups, List<String> countries,
                              List<String> languages, RegulatoryStatus regulatoryStatus, EvidenceLevel evidenceLevel,
                              OffsetDateTime publishedAt, ShowcaseImage image) implements Classification {

  static final String COLUMNS = """
      l.showcase_id, l.organisation_id, o.name AS organisation_name, l.title, l.summary, l.categories, l.target_groups,
      l.countries, l.languages, l.regulatory, l.evidence, l.published_at""";

  static ShowcaseSummary fromRow(Row row) {
    return new ShowcaseSummary(
        row.getUUID("showcase_id"),
        row.getUUID("organisation_id"),
        row.getString("organisation_name"),
        Localised.of(row.getJsonObject("title")),
        Localised.of(row.getJsonObject("summary")),
        List.of(row.getArrayOfStrings("categories")),
        List.of(row.getArrayOfStrings("target_groups")),
        List.of(row.getArrayOfStrings("countries")),
        List.of(row.getArrayOfStrings("languages")),
        Coded.find(RegulatoryStatus.class, row.getString("regulatory")).orElse(null),
        Coded.find(EvidenceLevel.class, row.getString("evidence")).orElse(null),
        row.getOffsetDateTime("published_at"),
        null);
  }

  /** The same showcase with the image that stands for it on cards (null: none). */
  ShowcaseSummary withImage(ShowcaseImage first) {
    return new ShowcaseSummary(id, organisationId, organisationName, title, summary, categories, targetGroups, countries,
        languages, regulatoryStatus, evidenceLevel, publishedAt, first);
  }

  public JsonObject toJson(String lang) {
    JsonObject json = new JsonObject()
        .put("id", id.toString())
        .put("title", title.in(lang))
        .put("titleI18n", title.toJson())
        .put("summary", summary.in(lang))
        .put("summaryI18n", summary.toJson())
        .put("organisation", new JsonObject().put("id", organisationId.toString()).put("name", organisationName))
        .put("categories", new JsonArray(categories))
        .put("targetGroups", new JsonArray(targetGroups))
        .put("countries", new JsonArray(countries))
        .put("languages", new JsonArray(languages))
        .put("regulatoryStatus", regulatoryStatus == null ? null : regulatoryStatus.code())
        .put("evidenceLevel", evidenceLevel == null ? null : evidenceLevel.code())
        .put("publishedAt", Times.rfc3339(publishedAt));
    if (image != null) {
      JsonObject shown = new JsonObject().put("url", image.url()).put("alt", image.alt(lang));
      if (image.width() != null && image.height() != null) shown.put("width", image.width()).put("height", image.height());
      json.put("image", shown);
    }
    return json;
  }
}
