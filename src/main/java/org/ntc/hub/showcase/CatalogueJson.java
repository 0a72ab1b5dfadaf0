package org.ntc.hub.showcase;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Times;

/**
 * A catalogue page as JSON, written field by field from the records: the same document
 * {@link ShowcaseResults#toJson} builds, without building and copying a map for every showcase first.
 */
final class CatalogueJson {
  private static final JsonFactory JSON = new JsonFactory();

  private CatalogueJson() {}

  static Buffer of(ShowcaseResults results, String lang) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(2048 + 1024 * results.items().size());
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeArrayFieldStart("items");
      for (ShowcaseSummary item : results.items()) item(json, item, lang);
      json.writeEndArray();
      json.writeNumberField("total", results.total());
      json.writeNumberField("page", results.paging().page());
      json.writeNumberField("pageSize", results.paging().pageSize());
      json.writeBooleanField("totalCapped", results.totalCapped());
      json.writeObjectFieldStart("facets");
      for (Map.Entry<String, Map<String, Long>> facet : results.counts().facets().entrySet()) {
        json.writeArrayFieldStart(facet.getKey());
        for (Map.Entry<String, Long> count : facet.getValue().entrySet()) {
          if (count.getValue() > 0) {
            json.writeStartObject();
            json.writeStringField("id", count.getKey());
            json.writeNumberField("count", count.getValue());
            json.writeEndObject();
          }
        }
        json.writeEndArray();
      }
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Buffer.buffer(out.toByteArray());
  }

  private static void item(JsonGenerator json, ShowcaseSummary s, String lang) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", s.id().toString());
    json.writeStringField("title", s.title().in(lang));
    localised(json, "titleI18n", s.title());
    json.writeStringField("summary", s.summary().in(lang));
    localised(json, "summaryI18n", s.summary());
    json.writeObjectFieldStart("organisation");
    json.writeStringField("id", s.organisationId().toString());
    json.writeStringField("name", s.organisationName());
    json.writeEndObject();
    strings(json, "categories", s.categories());
    strings(json, "targetGroups", s.targetGroups());
    strings(json, "countries", s.countries());
    strings(json, "languages", s.languages());
    json.writeStringField("regulatoryStatus", s.regulatoryStatus() == null ? null : s.regulatoryStatus().code());
    json.writeStringField("evidenceLevel", s.evidenceLevel() == null ? null : s.evidenceLevel().code());
    json.writeStringField("publishedAt", Times.rfc3339(s.publishedAt()));
    ShowcaseImage image = s.image();
    if (image != null) {
      json.writeObjectFieldStart("image");
      json.writeStringField("url", image.url());
      json.writeStringField("alt", image.alt(lang));
      if (image.width() != null && image.height() != null) {
        json.writeNumberField("width", image.width());
        json.writeNumberField("height", image.height());
      }
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private static void localised(JsonGenerator json, String field, Localised text) throws IOException {
    json.writeObjectFieldStart(field);
    for (String lang : I18n.LANGUAGES) {
      String value = text.texts().get(lang);
      if (value != null) json.writeStringField(lang, value);
    }
    json.writeEndObject();
  }

  private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) json.writeString(value);
    json.writeEndArray();
  }
}
