package org.ntc.hub.showcase;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ntc.hub.platform.I18n;

/** The evidence profile as the showcase page shows it: domains, ratings and sources in the reader's words. */
final class EvidenceShown {
  private EvidenceShown() {}

  static List<Map<String, Object>> domains(JsonArray profile, String lang) {
    return profile.stream().map(JsonObject.class::cast).map(domain -> domain(domain, lang)).toList();
  }

  private static Map<String, Object> domain(JsonObject domain, String lang) {
    String code = domain.getString("domain");
    JsonObject summary = domain.getJsonObject("summary", new JsonObject());
    String overall = summary.getString("overall", "not-known");
    Map<String, Object> shown = new HashMap<>();
    shown.put("code", code);
    shown.put("label", I18n.text(lang, "mast.domain." + code));
    shown.put("about", I18n.text(lang, "mast.about." + code));
    shown.put("overall", overall);
    shown.put("overallLabel", I18n.text(lang, "evidenceProfile.overall." + overall));
    shown.put("known", !"not-known".equals(overall));
    shown.put("statements", domain.getJsonArray("statements", new JsonArray()).stream().map(JsonObject.class::cast)
        .map(statement -> statement(statement, lang)).toList());
    return shown;
  }

  private static Map<String, Object> statement(JsonObject statement, String lang) {
    Map<String, Object> shown = new HashMap<>();
    String source = statement.getString("source");
    shown.put("url", ("pilot".equals(source) ? "/pilots/" : "/library/") + statement.getString("id"));
    shown.put("sourceLabel", I18n.text(lang, "evidenceProfile.source." + source));
    shown.put("title", statement.getString("title"));
    shown.put("finding", statement.getString("finding"));
    JsonObject i18n = statement.getJsonObject("findingI18n", new JsonObject());
    shown.put("findingLang", i18n.containsKey(lang) ? lang : i18n.containsKey("en") ? "en" : i18n.fieldNames().stream().findFirst().orElse(lang));
    shown.put("rating", statement.getString("rating"));
    shown.put("ratingLabel", I18n.text(lang, "mast.rating." + statement.getString("rating")));
    shown.put("date", statement.getString("date"));
    shown.put("dateText", LocalDate.parse(statement.getString("date"))
        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(lang))));
    shown.put("attributedTo", statement.getString("attributedTo"));
    return shown;
  }
}
