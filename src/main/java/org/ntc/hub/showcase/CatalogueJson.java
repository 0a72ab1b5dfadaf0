package org.ntc.hub.showcase;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.io.SerializedString;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Times;

/**
 * A catalogue page as JSON, written field by field from the records: the same document
 * {@link ShowcaseResults#toJson} builds, without building and copying a map for every showcase first.
 * Field names are quoted and encoded once, here; the document is written straight into the buffer
 * the response sends, not copied there from an array. A title or summary in the reader's language
 * stands twice in each item (as {@code title} and within {@code titleI18n}): it is escaped once.
 */
final class CatalogueJson {
  private static final JsonFactory JSON = new JsonFactory();
  private static final JsonStringEncoder QUOTER = JsonStringEncoder.getInstance();
  private static final SerializableString ITEMS = name("items");
  private static final SerializableString TOTAL = name("total");
  private static final SerializableString PAGE = name("page");
  private static final SerializableString PAGE_SIZE = name("pageSize");
  private static final SerializableString TOTAL_CAPPED = name("totalCapped");
  private static final SerializableString FACETS = name("facets");
  private static final SerializableString ID = name("id");
  private static final SerializableString COUNT = name("count");
  private static final SerializableString TITLE = name("title");
  private static final SerializableString TITLE_I18N = name("titleI18n");
  private static final SerializableString SUMMARY = name("summary");
  private static final SerializableString SUMMARY_I18N = name("summaryI18n");
  private static final SerializableString ORGANISATION = name("organisation");
  private static final SerializableString NAME = name("name");
  private static final SerializableString CATEGORIES = name("categories");
  private static final SerializableString TARGET_GROUPS = name("targetGroups");
  private static final SerializableString COUNTRIES = name("countries");
  private static final SerializableString LANGUAGES = name("languages");
  private static final SerializableString REGULATORY_STATUS = name("regulatoryStatus");
  private static final SerializableString EVIDENCE_LEVEL = name("evidenceLevel");
  private static final SerializableString PUBLISHED_AT = name("publishedAt");
  private static final SerializableString IMAGE = name("image");
  private static final SerializableString URL = name("url");
  private static final SerializableString ALT = name("alt");
  private static final SerializableString WIDTH = name("width");
  private static final SerializableString HEIGHT = name("height");
  /**
   * The catalogue's codes (categories, target groups, countries, languages, regulatory statuses and
   * evidence levels), each quoted once: an item has a dozen of them. A code not among them (none is
   * stored) is written as any string is.
   */
  private static final Map<String, SerializableString> CODES = Stream.of(Taxonomy.CATEGORIES, Taxonomy.TARGET_GROUPS,
          Taxonomy.LANGUAGES, Country.CODES, Taxonomy.REGULATORY_STATUSES, Taxonomy.EVIDENCE_LEVELS)
      .flatMap(Collection::stream).distinct().collect(Collectors.toUnmodifiableMap(code -> code, CatalogueJson::name));
  /** Each language's name, in {@link I18n#LANGUAGES}' order. */
  private static final List<SerializableString> LANGUAGE_NAMES = I18n.LANGUAGES.stream().map(CatalogueJson::name).toList();

  private CatalogueJson() {}

  static Buffer of(ShowcaseResults results, String lang) {
    Buffer out = Buffer.buffer(2048 + 1024 * results.items().size());
    try (JsonGenerator json = JSON.createGenerator(into(out))) {
      json.writeStartObject();
      json.writeFieldName(ITEMS);
      json.writeStartArray();
      for (ShowcaseSummary item : results.items()) item(json, item, lang);
      json.writeEndArray();
      number(json, TOTAL, results.total());
      number(json, PAGE, results.paging().page());
      number(json, PAGE_SIZE, results.paging().pageSize());
      json.writeFieldName(TOTAL_CAPPED);
      json.writeBoolean(results.totalCapped());
      json.writeFieldName(FACETS);
      json.writeStartObject();
      for (Map.Entry<String, Map<String, Long>> facet : results.counts().facets().entrySet()) {
        json.writeArrayFieldStart(facet.getKey());
        for (Map.Entry<String, Long> count : facet.getValue().entrySet()) {
          if (count.getValue() > 0) {
            json.writeStartObject();
            string(json, ID, count.getKey());
            number(json, COUNT, count.getValue());
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
    return out;
  }

  /** What the generator writes, appended to {@code out}. */
  private static OutputStream into(Buffer out) {
    return new OutputStream() {
      @Override
      public void write(int b) {
        out.appendByte((byte) b);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) {
        out.appendBytes(bytes, offset, length);
      }
    };
  }

  private static void item(JsonGenerator json, ShowcaseSummary s, String lang) throws IOException {
    json.writeStartObject();
    string(json, ID, s.id().toString());
    shownAndLocalised(json, TITLE, TITLE_I18N, s.title(), lang);
    shownAndLocalised(json, SUMMARY, SUMMARY_I18N, s.summary(), lang);
    json.writeFieldName(ORGANISATION);
    json.writeStartObject();
    string(json, ID, s.organisationId().toString());
    string(json, NAME, s.organisationName());
    json.writeEndObject();
    strings(json, CATEGORIES, s.categories());
    strings(json, TARGET_GROUPS, s.targetGroups());
    strings(json, COUNTRIES, s.countries());
    strings(json, LANGUAGES, s.languages());
    json.writeFieldName(REGULATORY_STATUS);
    code(json, s.regulatoryStatus() == null ? null : s.regulatoryStatus().code());
    json.writeFieldName(EVIDENCE_LEVEL);
    code(json, s.evidenceLevel() == null ? null : s.evidenceLevel().code());
    string(json, PUBLISHED_AT, Times.rfc3339(s.publishedAt()));
    ShowcaseImage image = s.image();
    if (image != null) {
      json.writeFieldName(IMAGE);
      json.writeStartObject();
      string(json, URL, image.url());
      string(json, ALT, image.alt(lang));
      if (image.width() != null && image.height() != null) {
        number(json, WIDTH, image.width());
        number(json, HEIGHT, image.height());
      }
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  /**
   * {@code shown}: the text in the reader's language; then {@code all}: the text in each language written. The
   * shown text is one of the others' very string (or none of them), escaped once and written as those bytes
   * both times: the escaping the generator does, as {@link JsonStringEncoder#quoteAsUTF8} does it, except
   * for characters beyond the BMP, which the generator writes as two escaped surrogates and the encoder as
   * UTF-8: a text holding one is written by the generator each time.
   */
  private static void shownAndLocalised(JsonGenerator json, SerializableString shown, SerializableString all, Localised text,
                                        String lang) throws IOException {
    String inLang = text.in(lang);
    byte[] quoted = hasSurrogates(inLang) ? null : QUOTER.quoteAsUTF8(inLang);
    json.writeFieldName(shown);
    if (quoted == null) json.writeString(inLang);
    else json.writeRawUTF8String(quoted, 0, quoted.length);
    json.writeFieldName(all);
    json.writeStartObject();
    for (int i = 0; i < LANGUAGE_NAMES.size(); i++) {
      String value = text.texts().get(I18n.LANGUAGES.get(i));
      if (value == null) continue;
      json.writeFieldName(LANGUAGE_NAMES.get(i));
      if (value == inLang && quoted != null) json.writeRawUTF8String(quoted, 0, quoted.length);
      else json.writeString(value);
    }
    json.writeEndObject();
  }

  private static boolean hasSurrogates(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) return true;
    }
    return false;
  }

  private static void string(JsonGenerator json, SerializableString field, String value) throws IOException {
    json.writeFieldName(field);
    json.writeString(value);
  }

  private static void number(JsonGenerator json, SerializableString field, long value) throws IOException {
    json.writeFieldName(field);
    json.writeNumber(value);
  }

  private static SerializableString name(String field) {
    return new SerializedString(field);
  }

  private static void strings(JsonGenerator json, SerializableString field, List<String> values) throws IOException {
    json.writeFieldName(field);
    json.writeStartArray();
    for (String value : values) code(json, value);
    json.writeEndArray();
  }

  private static void code(JsonGenerator json, String value) throws IOException {
    SerializableString quoted = value == null ? null : CODES.get(value);
    if (quoted != null) json.writeString(quoted);
    else json.writeString(value);
  }
}
