package org.ntc.hub.challenge;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;

/** The need and pilot forms' fields shaped as the API's bodies, and what the forms show. */
final class FormBodies {
  private FormBodies() {}

  /**
   * The form's fields as a JSON body: {@code title_fi} → {@code title.fi}, the named list fields
   * (checkboxes) → lists; blank fields are left out.
   */
  static JsonObject body(RoutingContext ctx, List<String> textFields, Set<String> listFields) {
    JsonObject flat = Forms.json(ctx, listFields);
    JsonObject body = new JsonObject();
    for (String name : flat.fieldNames()) {
      Object value = flat.getValue(name);
      int underscore = name.lastIndexOf('_');
      if (underscore > 0 && textFields.contains(name.substring(0, underscore))) {
        String field = name.substring(0, underscore);
        if (value instanceof String s && !s.isBlank()) {
          body.put(field, body.getJsonObject(field, new JsonObject()).put(name.substring(underscore + 1), s));
        }
      } else if (!(value instanceof String s && s.isBlank())) {
        body.put(name, value);
      }
    }
    for (String list : listFields) if (!body.containsKey(list)) body.put(list, new JsonArray());
    return body;
  }

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
}
