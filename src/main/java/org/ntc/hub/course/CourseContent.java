package org.ntc.hub.course;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.showcase.Taxonomy;

/**
 * What a course says, in its stored form (see V39): the working copy and the public copy have
 * this same shape, modules, lessons and quizzes included. Every response is built field by field
 * from it ({@link #toJson}), never by copying it, so a question's {@code answer} stays on the server.
 */
public record CourseContent(JsonObject stored) {
  static final Set<String> FIELDS = Set.of("title", "summary", "languages", "audience", "categories", "durationMinutes",
      "showcaseIds", "modules");
  static final int MAX_MODULES = 12;
  static final int MAX_LESSONS = 20;
  static final int MAX_QUESTIONS = 20;
  static final int MAX_OPTIONS = 6;

  /** The named fields of {@code body}, checked into their stored form. */
  static JsonObject checked(JsonObject body, Set<String> fields, FieldErrors errors) {
    JsonObject stored = new JsonObject();
    for (String field : fields) stored.put(field, check(body, field, errors));
    return stored;
  }

  private static Object check(JsonObject body, String field, FieldErrors errors) {
    return switch (field) {
      case "title" -> errors.localised(body, field, 3, 200, true).toJson();
      case "summary" -> errors.localised(body, field, 10, 600, true).toJson();
      case "languages" -> {
        List<String> languages = errors.stringList(body, field, Set.copyOf(I18n.LANGUAGES), 3);
        if (languages.isEmpty() && !errors.has(field)) errors.add(field, "name at least one of en, fi, sv");
        yield new JsonArray(I18n.LANGUAGES.stream().filter(languages::contains).toList());
      }
      case "audience" -> {
        Audience audience = errors.choice(body, field, Audience.class, true);
        yield audience == null ? null : audience.code();
      }
      case "categories" -> new JsonArray(errors.stringList(body, field, Set.copyOf(Taxonomy.CATEGORIES), 5));
      case "durationMinutes" -> minutes(body, errors);
      case "showcaseIds" -> new JsonArray(ids(body, field, errors));
      case "modules" -> modules(body, errors);
      default -> throw new IllegalArgumentException(field);
    };
  }

  private static Integer minutes(JsonObject body, FieldErrors errors) {
    Object value = body.getValue("durationMinutes");
    if (value == null) {
      errors.add("durationMinutes", "is required");
      return null;
    }
    if (!(value instanceof Integer || value instanceof Long) || ((Number) value).longValue() < 5
        || ((Number) value).longValue() > 6000) {
      errors.add("durationMinutes", "must be a whole number of minutes from 5 to 6000");
      return null;
    }
    return ((Number) value).intValue();
  }

  private static List<String> ids(JsonObject body, String field, FieldErrors errors) {
    List<String> valid = new ArrayList<>();
    for (String id : errors.stringList(body, field, null, 20)) {
      try {
        valid.add(UUID.fromString(id).toString());
      } catch (IllegalArgumentException e) {
        errors.add(field, "must list ids");
        return List.of();
      }
    }
    return valid;
  }

  private static JsonArray modules(JsonObject body, FieldErrors errors) {
    JsonArray stored = new JsonArray();
    Object value = body.getValue("modules");
    if (value == null) return stored;
    if (!(value instanceof JsonArray modules) || modules.size() > MAX_MODULES) {
      errors.add("modules", "must be a list of at most " + MAX_MODULES + " modules");
      return stored;
    }
    for (int m = 0; m < modules.size(); m++) {
      String name = "modules[" + m + "]";
      if (!(modules.getValue(m) instanceof JsonObject module)) {
        errors.add(name, "must be an object with title, lessons and quiz");
        continue;
      }
      FieldErrors own = new FieldErrors();
      own.onlyKnown(module, Set.of("id", "title", "lessons", "quiz"));
      JsonObject checked = new JsonObject().put("id", id(module, own))
          .put("title", own.localised(module, "title", 3, 200, true).toJson())
          .put("lessons", lessons(module, own))
          .put("quiz", quiz(module, own));
      nest(own, name + ".", errors);
      stored.add(checked);
    }
    return stored;
  }

  private static JsonArray lessons(JsonObject module, FieldErrors errors) {
    JsonArray stored = new JsonArray();
    Object value = module.getValue("lessons");
    if (!(value instanceof JsonArray lessons) || lessons.size() > MAX_LESSONS) {
      errors.add("lessons", "must be a list of at most " + MAX_LESSONS + " lessons");
      return stored;
    }
    for (int l = 0; l < lessons.size(); l++) {
      String name = "lessons[" + l + "]";
      if (!(lessons.getValue(l) instanceof JsonObject lesson)) {
        errors.add(name, "must be an object with title and body");
        continue;
      }
      FieldErrors own = new FieldErrors();
      own.onlyKnown(lesson, Set.of("id", "title", "body", "links", "videoUrl", "images"));
      JsonObject checked = new JsonObject().put("id", id(lesson, own))
          .put("title", own.localised(lesson, "title", 3, 200, true).toJson())
          .put("body", own.localised(lesson, "body", 1, 20_000, true).toJson())
          .put("links", links(lesson, own))
          .put("videoUrl", own.url(lesson, "videoUrl", false));
      // Left out, a lesson keeps the images it holds (see LessonImages#kept).
      if (lesson.containsKey("images")) checked.put("images", LessonImages.checked(lesson, own));
      stored.add(checked);
      nest(own, name + ".", errors);
    }
    return stored;
  }

  private static JsonArray links(JsonObject lesson, FieldErrors errors) {
    JsonArray stored = new JsonArray();
    Object value = lesson.getValue("links");
    if (value == null) return stored;
    if (!(value instanceof JsonArray links) || links.size() > 10) {
      errors.add("links", "must be a list of at most 10 links");
      return stored;
    }
    for (int i = 0; i < links.size(); i++) {
      String name = "links[" + i + "]";
      if (!(links.getValue(i) instanceof JsonObject link)) {
        errors.add(name, "must be an object with title and url");
        continue;
      }
      FieldErrors own = new FieldErrors();
      own.onlyKnown(link, Set.of("title", "url"));
      stored.add(new JsonObject().put("title", own.localised(link, "title", 1, 200, true).toJson())
          .put("url", own.url(link, "url", true)));
      nest(own, name + ".", errors);
    }
    return stored;
  }

  private static JsonObject quiz(JsonObject module, FieldErrors errors) {
    if (!(module.getValue("quiz") instanceof JsonObject quiz)) {
      errors.add("quiz", "is required: an object with passMark and questions");
      return new JsonObject();
    }
    FieldErrors own = new FieldErrors();
    own.onlyKnown(quiz, Set.of("passMark", "questions"));
    Object mark = quiz.getValue("passMark");
    Integer passMark = null;
    if (!(mark instanceof Integer || mark instanceof Long) || ((Number) mark).longValue() < 1 || ((Number) mark).longValue() > 100) {
      own.add("passMark", "must be a whole per cent from 1 to 100");
    } else {
      passMark = ((Number) mark).intValue();
    }
    JsonArray questions = new JsonArray();
    if (!(quiz.getValue("questions") instanceof JsonArray asked) || asked.size() > MAX_QUESTIONS) {
      own.add("questions", "must be a list of at most " + MAX_QUESTIONS + " questions");
    } else {
      for (int q = 0; q < asked.size(); q++) questions.add(question(asked.getValue(q), "questions[" + q + "]", own));
    }
    nest(own, "quiz.", errors);
    return new JsonObject().put("passMark", passMark).put("questions", questions);
  }

  private static JsonObject question(Object value, String name, FieldErrors errors) {
    if (!(value instanceof JsonObject question)) {
      errors.add(name, "must be an object with text, options and answer");
      return new JsonObject();
    }
    FieldErrors own = new FieldErrors();
    own.onlyKnown(question, Set.of("id", "text", "options", "answer"));
    JsonArray options = new JsonArray();
    if (!(question.getValue("options") instanceof JsonArray given) || given.size() < 2 || given.size() > MAX_OPTIONS) {
      own.add("options", "must be a list of 2 to " + MAX_OPTIONS + " options, each an object of en, fi, sv texts");
    } else {
      for (int o = 0; o < given.size(); o++) {
        JsonObject holder = new JsonObject().put("option", given.getValue(o));
        FieldErrors option = new FieldErrors();
        options.add(option.localised(holder, "option", 1, 300, true).toJson());
        nestOption(option, "options[" + o + "]", own);
      }
    }
    Object answer = question.getValue("answer");
    Integer right = null;
    if (!(answer instanceof Integer || answer instanceof Long) || ((Number) answer).longValue() < 0
        || ((Number) answer).longValue() >= Math.max(options.size(), 1)) {
      own.add("answer", "must be the index of the right option, counting from 0");
    } else {
      right = ((Number) answer).intValue();
    }
    JsonObject stored = new JsonObject().put("id", id(question, own))
        .put("text", own.localised(question, "text", 3, 600, true).toJson())
        .put("options", options).put("answer", right);
    nest(own, name + ".", errors);
    return stored;
  }

  /** A nested item's errors, named by where the item is ({@code modules[0].lessons[1].title}). */
  static void nest(FieldErrors own, String prefix, FieldErrors into) {
    try {
      own.throwIfAny();
    } catch (Invalid invalid) {
      invalid.errors().forEach(e -> into.add(prefix + e.field(), e.message()));
    }
  }

  private static void nestOption(FieldErrors own, String name, FieldErrors into) {
    try {
      own.throwIfAny();
    } catch (Invalid invalid) {
      invalid.errors().forEach(e -> into.add(name + e.field().substring("option".length()), e.message()));
    }
  }

  /** The id the client sent back (kept, so progress stays pointed at it), or a new one. */
  private static String id(JsonObject item, FieldErrors errors) {
    if (item.getValue("id") == null) return UUID.randomUUID().toString();
    UUID id = errors.uuid(item, "id", false);
    return id == null ? null : id.toString();
  }

  /** Ids sent back must be unique across the course, or two lessons would share their learners' progress. */
  static void requireUniqueIds(JsonObject stored, FieldErrors errors) {
    Set<String> seen = new java.util.HashSet<>();
    for (String id : allIds(stored)) {
      if (id != null && !seen.add(id)) {
        errors.add("modules", "names the id " + id + " twice");
        return;
      }
    }
  }

  private static List<String> allIds(JsonObject stored) {
    List<String> ids = new ArrayList<>();
    for (JsonObject module : objects(stored.getJsonArray("modules"))) {
      ids.add(module.getString("id"));
      objects(module.getJsonArray("lessons")).forEach(l -> ids.add(l.getString("id")));
      objects(module.getJsonObject("quiz", new JsonObject()).getJsonArray("questions")).forEach(q -> ids.add(q.getString("id")));
    }
    return ids;
  }

  static List<JsonObject> objects(JsonArray array) {
    if (array == null) return List.of();
    return array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
  }

  Localised title() {
    return Localised.of(stored.getJsonObject("title"));
  }

  Localised summary() {
    return Localised.of(stored.getJsonObject("summary"));
  }

  List<String> strings(String field) {
    JsonArray array = stored.getJsonArray(field);
    return array == null ? List.of() : array.stream().map(String::valueOf).toList();
  }

  Audience audience() {
    return Audience.valueOf(stored.getString("audience").toUpperCase(java.util.Locale.ROOT));
  }

  int durationMinutes() {
    return stored.getInteger("durationMinutes", 0);
  }

  List<JsonObject> modules() {
    return objects(stored.getJsonArray("modules"));
  }

  /** This content with the fields of a change replaced. */
  CourseContent with(JsonObject fields) {
    return new CourseContent(stored.copy().mergeIn(fields));
  }

  /**
   * The course in the reader's language, as anyone may read it: localised fields with their texts
   * beside them as {@code xxxI18n}; modules with their lessons' titles and their quizzes' questions
   * and options. Built field by field: never a question's answer, never a lesson's body.
   */
  JsonObject toJson(String lang) {
    JsonObject json = new JsonObject()
        .put("title", title().in(lang)).put("titleI18n", title().toJson())
        .put("summary", summary().in(lang)).put("summaryI18n", summary().toJson())
        .put("languages", new JsonArray(strings("languages")))
        .put("audience", stored.getString("audience"))
        .put("categories", new JsonArray(strings("categories")))
        .put("durationMinutes", durationMinutes())
        .put("showcaseIds", new JsonArray(strings("showcaseIds")));
    JsonArray modules = new JsonArray();
    for (JsonObject module : modules()) {
      Localised title = Localised.of(module.getJsonObject("title"));
      JsonArray lessons = new JsonArray();
      for (JsonObject lesson : objects(module.getJsonArray("lessons"))) {
        lessons.add(new JsonObject().put("id", lesson.getString("id"))
            .put("title", Localised.of(lesson.getJsonObject("title")).in(lang))
            .put("images", LessonImages.toJson(lesson, lang)));
      }
      JsonObject quiz = module.getJsonObject("quiz", new JsonObject());
      JsonArray questions = new JsonArray();
      for (JsonObject question : objects(quiz.getJsonArray("questions"))) {
        questions.add(new JsonObject().put("id", question.getString("id"))
            .put("text", Localised.of(question.getJsonObject("text")).in(lang))
            .put("options", new JsonArray(objects(question.getJsonArray("options")).stream()
                .map(option -> (Object) Localised.of(option).in(lang)).toList())));
      }
      modules.add(new JsonObject().put("id", module.getString("id")).put("title", title.in(lang))
          .put("lessons", lessons)
          .put("quiz", new JsonObject().put("passMark", quiz.getInteger("passMark")).put("questions", questions)));
    }
    return json.put("modules", modules);
  }
}
