package org.ntc.hub.course;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.ntc.hub.platform.FieldError;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Languages;

/**
 * The editor's forms for modules, lessons and quiz questions: what they post, shaped as the
 * course's stored items (so {@link CourseChange} checks them as it checks the API's), and their
 * models for the page, filled from a stored item or from what was posted.
 */
final class CourseEditorForms {
  static final int LINK_ROWS = 10;
  static final int OPTION_ROWS = 10;
  static final int SHOWN_OPTIONS = CourseContent.MAX_OPTIONS;
  private static final List<String> LANGS = List.of("fi", "sv", "en");
  private static final List<String> LANGUAGE_CODES = List.of("en", "fi", "sv");

  private CourseEditorForms() {}

  /** A module's title ({@code title_fi}, {@code title_sv}, {@code title_en}), or null when all are blank. */
  static Object title(RoutingContext ctx) {
    return Forms.localisedBody(ctx, List.of("title"), Set.of()).getValue("title");
  }

  /** The pass mark as a number when it is one; anything else goes on as written, for the check to refuse. */
  static Object passMark(RoutingContext ctx) {
    String mark = ctx.request().getFormAttribute("passMark");
    if (mark == null || mark.isBlank()) return null;
    return mark.trim().matches("-?\\d{1,6}") ? Integer.parseInt(mark.trim()) : mark;
  }

  static boolean up(RoutingContext ctx) {
    return "up".equals(ctx.request().getFormAttribute("direction"));
  }

  /** A lesson: title and body in each language, a video address, links as rows of a title and an address. */
  static JsonObject lesson(RoutingContext ctx) {
    List<String> texts = new ArrayList<>(List.of("title", "body"));
    IntStream.range(0, LINK_ROWS).forEach(i -> texts.add("linkTitle" + i));
    JsonObject form = Forms.localisedBody(ctx, texts, Set.of());
    JsonArray links = new JsonArray();
    for (int i = 0; i < LINK_ROWS; i++) {
      Object title = form.getValue("linkTitle" + i);
      String url = form.getString("linkUrl" + i);
      if (title == null && url == null) continue;
      links.add(new JsonObject().put("title", title).put("url", url));
    }
    return new JsonObject().put("title", form.getValue("title")).put("body", form.getValue("body"))
        .put("links", links).put("videoUrl", form.getString("videoUrl"));
  }

  /** A question: its text, the options written (blank rows left out) and which of them the radio marks right. */
  static JsonObject question(RoutingContext ctx) {
    List<String> texts = new ArrayList<>(List.of("text"));
    IntStream.range(0, OPTION_ROWS).forEach(i -> texts.add("option" + i));
    JsonObject form = Forms.localisedBody(ctx, texts, Set.of());
    JsonArray options = new JsonArray();
    Integer answer = null;
    for (int i = 0; i < OPTION_ROWS; i++) {
      Object option = form.getValue("option" + i);
      if (option == null) continue;
      if (String.valueOf(i).equals(form.getString("answer"))) answer = options.size();
      options.add(option);
    }
    return new JsonObject().put("text", form.getValue("text")).put("options", options).put("answer", answer);
  }

  /** Inputs for a localised text in the editor's languages, named {@code name_fi} and so on. */
  static List<Map<String, Object>> inputs(String name, Object value, String lang) {
    return LANGS.stream().map(code -> Map.<String, Object>of("code", code, "name", name + "_" + code,
        "language", I18n.text(lang, "spoken." + code),
        "value", value instanceof JsonObject json ? json.getString(code, "") : "")).toList();
  }

  static Map<String, Object> lessonModel(JsonObject lesson, String lang) {
    Map<String, Object> model = new HashMap<>();
    model.put("titleInputs", inputs("title", lesson.getValue("title"), lang));
    model.put("bodyInputs", inputs("body", lesson.getValue("body"), lang));
    model.put("videoUrl", lesson.getString("videoUrl", ""));
    List<JsonObject> links = CourseContent.objects(lesson.getJsonArray("links"));
    int rows = Math.min(LINK_ROWS, links.size() + 2);
    List<Map<String, Object>> shown = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      JsonObject link = i < links.size() ? links.get(i) : new JsonObject();
      shown.add(Map.of("index", i, "number", i + 1, "url", link.getString("url", ""),
          "inputs", inputs("linkTitle" + i, link.getValue("title"), lang)));
    }
    model.put("links", shown);
    return model;
  }

  static Map<String, Object> questionModel(JsonObject question, String lang) {
    Map<String, Object> model = new HashMap<>();
    model.put("textInputs", inputs("text", question.getValue("text"), lang));
    JsonArray options = question.getJsonArray("options", new JsonArray());
    Integer answer = question.getInteger("answer");
    int rows = Math.min(OPTION_ROWS, Math.max(SHOWN_OPTIONS, options.size()));
    List<Map<String, Object>> shown = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      Object option = i < options.size() ? options.getValue(i) : null;
      shown.add(Map.of("index", i, "label", I18n.text(lang, "course.editor.option", i + 1),
          "right", answer != null && answer == i, "inputs", inputs("option" + i, option, lang)));
    }
    model.put("options", shown);
    return model;
  }

  /**
   * A refusal of the whole course, named by the form's fields: {@code modules[0].lessons[1].title.fi}
   * is the lesson form's {@code title}, any link's fault is {@code links}, any option's {@code options}.
   */
  static Throwable onForm(Throwable err) {
    if (!(err instanceof Invalid invalid)) return err;
    Map<String, FieldError> named = new LinkedHashMap<>();
    for (FieldError error : invalid.errors()) {
      String field = field(error.field());
      named.putIfAbsent(field, new FieldError(field, error.message()));
    }
    return new Invalid(List.copyOf(named.values()));
  }

  private static String field(String path) {
    List<String> parts = new ArrayList<>(List.of(path.split("\\.")));
    while (parts.size() > 1 && LANGUAGE_CODES.contains(parts.get(parts.size() - 1))) parts.remove(parts.size() - 1);
    if (parts.stream().anyMatch(p -> p.startsWith("links"))) return "links";
    if (parts.stream().anyMatch(p -> p.startsWith("options"))) return "options";
    return parts.get(parts.size() - 1).replaceAll("\\[\\d+]$", "");
  }

  static String lang(RoutingContext ctx) {
    return Languages.of(ctx);
  }
}
