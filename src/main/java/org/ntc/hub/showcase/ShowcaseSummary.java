package org.ntc.hub.showcase;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Times;

/** A public showcase as the catalogue lists it, read from the narrow listing table. */
public record ShowcaseSummary(UUID id, UUID organisationId, String organisationName, Localised title, Localised summary,
                              List<String> categories, List<String> targetGroups, List<String> countries,
                              List<String> languages, RegulatoryStatus regulatoryStatus, EvidenceLevel evidenceLevel,
                              OffsetDateTime publishedAt, ShowcaseImage image) implements Classification {

  /** The order of the title's and summary's columns by language, as {@link Localised#written} takes them. */
  static final List<String> TEXT_LANGUAGES = List.of("en", "fi", "sv");
  /** The names of {@link #COLUMNS} in order, as {@link #fromRow} reads them by position (checked by a test). */
  static final List<String> COLUMN_NAMES = List.of("showcase_id", "organisation_id", "organisation_name",
      "title_en", "title_fi", "title_sv", "summary_en", "summary_fi", "summary_sv", "codes", "regulatory", "evidence",
      "published_at", "first_image");
  /**
   * What a showcase's listing row tells, without its image (the organisation's name is kept on the row, V45).
   * The title and summary come as one text column per language, kept on the row (V49), not as jsonb:
   * PostgreSQL would print each document as escaped JSON text, and the server parse it into a map, only
   * for {@link Localised#of(JsonObject)} to take its three strings out of it; taking them out in the
   * statement instead cost PostgreSQL more than the rest of the page. The four code lists come as one text
   * too ({@code codes}, V50, read by {@link CatalogueCodes#lists}), not as four arrays.
   */
  static final String LISTING_COLUMNS = "l.showcase_id, l.organisation_id, l.organisation_name, l.title_en, l.title_fi, l.title_sv,"
      + " l.summary_en, l.summary_fi, l.summary_sv, l.codes, l.regulatory, l.evidence, l.published_at";
  /**
   * The first approved image of the listing row {@code l}, as cards show it, or null: [id, content
   * type, size, position, width, height, alt text in the public's version, alt texts by language].
   * Kept on the listing row by triggers on the images (V45), so a page reads no other table.
   */
  static final String FIRST_IMAGE = "l.first_image";
  /** A catalogue card: the listing row and its first approved image; read with {@link #fromRow}. */
  static final String COLUMNS = LISTING_COLUMNS + ", " + FIRST_IMAGE;

  /**
   * A showcase read with {@link #COLUMNS} (with its image) or {@link #LISTING_COLUMNS} (without), wherever
   * they stand among the row's columns: by position from {@code showcase_id}, in their written order, so a
   * row costs one lookup of a column by name rather than one for each.
   */
  static ShowcaseSummary fromRow(Row row) {
    int at = row.getColumnIndex("showcase_id");
    UUID id = row.getUUID(at);
    int image = at + 13;
    List<List<String>> codes = CatalogueCodes.ALL.lists(row.getString(at + 9));
    return new ShowcaseSummary(
        id,
        row.getUUID(at + 1),
        row.getString(at + 2),
        Localised.written(row.getString(at + 3), row.getString(at + 4), row.getString(at + 5)),
        Localised.written(row.getString(at + 6), row.getString(at + 7), row.getString(at + 8)),
        codes.get(0),
        codes.get(1),
        codes.get(2),
        codes.get(3),
        Coded.find(RegulatoryStatus.class, row.getString(at + 10)).orElse(null),
        Coded.find(EvidenceLevel.class, row.getString(at + 11)).orElse(null),
        row.getOffsetDateTime(at + 12),
        image < row.size() && "first_image".equals(row.getColumnName(image))
            ? firstImage(id, (JsonArray) row.getJson(image)) : null);
  }

  /**
   * Whether the row holds a showcase: a page that is empty still answers one row, of NULLs but for its
   * counts ({@link ShowcaseSearchSql#pageAndCounts()}) or its session check ({@link org.ntc.hub.platform.SessionClaim#around}).
   */
  static boolean onRow(Row row) {
    return row.getValue("showcase_id") != null;
  }

  /** The image {@link #FIRST_IMAGE} read, approved and with its public alt text. */
  static ShowcaseImage firstImage(UUID showcaseId, JsonArray image) {
    if (image == null) return null;
    JsonObject texts = image.getJsonObject(7);
    return new ShowcaseImage(UUID.fromString(image.getString(0)), showcaseId, image.getString(1), image.getInteger(2),
        image.getString(6), texts == null ? null : Localised.of(texts), null, true, image.getInteger(3),
        image.getInteger(4), image.getInteger(5), false);
  }

  /** The same showcase with the image that stands for it on cards (null: none). */
  ShowcaseSummary withImage(ShowcaseImage first) {
    return new ShowcaseSummary(id, organisationId, organisationName, title, summary, categories, targetGroups, countries,
        languages, regulatoryStatus, evidenceLevel, publishedAt, first);
  }

  public JsonObject toJson(String lang) {
    return new JsonObject(fields(lang, new LinkedHashMap<>(32)));
  }

  /** What {@link #toJson} holds, put into {@code into}: cards add their labels to it without copying a document. */
  <M extends Map<String, Object>> M fields(String lang, M into) {
    into.put("id", id.toString());
    into.put("title", title.in(lang));
    into.put("titleI18n", title.toJson());
    into.put("summary", summary.in(lang));
    into.put("summaryI18n", summary.toJson());
    into.put("organisation", new JsonObject().put("id", organisationId.toString()).put("name", organisationName));
    into.put("categories", new JsonArray(categories));
    into.put("targetGroups", new JsonArray(targetGroups));
    into.put("countries", new JsonArray(countries));
    into.put("languages", new JsonArray(languages));
    into.put("regulatoryStatus", regulatoryStatus == null ? null : regulatoryStatus.code());
    into.put("evidenceLevel", evidenceLevel == null ? null : evidenceLevel.code());
    into.put("publishedAt", Times.rfc3339(publishedAt));
    if (image != null) {
      JsonObject shown = new JsonObject().put("url", image.url()).put("alt", image.alt(lang));
      if (image.width() != null && image.height() != null) shown.put("width", image.width()).put("height", image.height());
      into.put("image", shown);
    }
    return into;
  }
}
