package org.ntc.hub.course;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.showcase.Taxonomy;

/**
 * The form for a course's basics (title, summary, languages, audience, categories, duration,
 * the showcases it teaches): its model for the page, and what it posts as the API's body. Modules,
 * lessons and quizzes are written on the editor's own pages.
 */
final class CourseForm {
  static final Set<String> FIELDS = Set.of("title", "summary", "languages", "audience", "categories", "durationMinutes",
      "showcaseIds");
  private static final Pattern UUID_IN = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final List<String> LANGS = List.of("fi", "sv", "en");

  private CourseForm() {}

  /** The form's fields as the API's body: {@code title_fi} into {@code title}, checkboxes as lists, the minutes as a number. */
  static JsonObject body(RoutingContext ctx) {
    JsonObject body = Forms.localisedBody(ctx, List.of("title", "summary"), Set.of("languages", "categories", "showcaseIds"));
    body.fieldNames().removeIf(name -> !FIELDS.contains(name));
    Object minutes = body.getValue("durationMinutes");
    if (minutes instanceof String text && text.trim().matches("\\d{1,6}")) body.put("durationMinutes", Integer.parseInt(text.trim()));
    JsonArray ids = new JsonArray();
    for (Object pasted : body.getJsonArray("showcaseIds", new JsonArray())) {
      for (String word : String.valueOf(pasted).split("[\\s,;]+")) {
        if (word.isBlank()) continue;
        Matcher id = UUID_IN.matcher(word);
        ids.add(id.find() ? id.group() : word);
      }
    }
    return body.put("showcaseIds", ids);
  }

  /** The form with these values: the form's own fields, or a course's stored content. */
  static Map<String, Object> model(RoutingContext ctx, String id, JsonObject values) {
    String lang = Languages.of(ctx);
    Map<String, Object> model = new HashMap<>();
    model.put("id", id);
    model.put("texts", List.of("title", "summary").stream().map(field -> Map.of("field", field,
        "label", I18n.text(lang, "course.field." + field), "long", field.equals("summary"),
        "inputs", LANGS.stream().map(code -> Map.of("code", code, "language", I18n.text(lang, "spoken." + code),
            "value", text(values, field, code))).toList())).toList());
    model.put("courseLanguages", choices(LANGS, "course.language.", values.getJsonArray("languages"), lang));
    model.put("audiences", List.of("citizens", "professionals", "companies").stream().map(code -> Map.<String, Object>of(
        "value", code, "label", I18n.text(lang, "course.audience." + code), "selected", code.equals(values.getString("audience"))))
        .toList());
    model.put("categories", choices(Taxonomy.CATEGORIES, "category.", values.getJsonArray("categories"), lang));
    Object minutes = values.getValue("durationMinutes");
    model.put("durationMinutes", minutes == null ? "" : String.valueOf(minutes));
    JsonArray showcases = values.getJsonArray("showcaseIds");
    model.put("showcaseIds", showcases == null ? "" : String.join(" ", showcases.stream().map(String::valueOf).toList()));
    return model;
  }

  /** The verified organisations a member (not staff) writes a course for; staff write the centre's own. */
  static List<Map<String, Object>> organisations(org.ntc.hub.platform.Viewer viewer, String selected) {
    if (viewer.staff()) return List.of();
    return viewer.memberships().stream().filter(org.ntc.hub.platform.Viewer.Membership::verified)
        .map(m -> Map.<String, Object>of("id", m.organisationId().toString(), "name", m.organisationName(),
            "selected", m.organisationId().toString().equals(selected))).toList();
  }

  private static List<Map<String, Object>> choices(List<String> ids, String prefix, JsonArray chosen, String lang) {
    return ids.stream().map(code -> Map.<String, Object>of("value", code, "label", I18n.text(lang, prefix + code),
        "checked", chosen != null && chosen.contains(code))).toList();
  }

  private static String text(JsonObject values, String field, String lang) {
    Object value = values.getValue(field);
    return value instanceof JsonObject json ? json.getString(lang, "") : "";
  }
}
