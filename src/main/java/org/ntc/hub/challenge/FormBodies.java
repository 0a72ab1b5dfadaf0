package org.ntc.hub.challenge;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ntc.hub.platform.I18n;

/** What the need and pilot forms show: dates in words, choices and options in the reader's language. */
final class FormBodies {
  private FormBodies() {}

  /** A date in words, as a reader of {@code lang} reads it. */
  static String date(LocalDate date, String lang) {
    return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(lang)));
  }

  static List<Map<String, Object>> choices(List<String> ids, String prefix, JsonArray chosen, String lang) {
    return ids.stream().map(id -> Map.<String, Object>of("value", id, "label", I18n.text(lang, prefix + id),
        "checked", chosen != null && chosen.contains(id))).toList();
  }

  static List<Map<String, Object>> options(List<String> ids, String prefix, String selected, String lang) {
    return ids.stream().map(id -> Map.<String, Object>of("value", id, "label", I18n.text(lang, prefix + id),
        "selected", id.equals(selected))).toList();
  }

  /** The text of a localised field in one language, from a body or a stored value. */
  static String text(JsonObject values, String field, String lang) {
    Object value = values.getValue(field);
    return value instanceof JsonObject json ? json.getString(lang, "") : "";
  }

  /** A whole number as the reader writes it (350, 1 200, 1,200). */
  static String number(long n, String lang) {
    return java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag(lang)).format(n);
  }
}
