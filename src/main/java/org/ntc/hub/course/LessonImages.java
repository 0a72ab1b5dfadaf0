package org.ntc.hub.course;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Localised;

/**
 * A lesson's images as its stored copies name them, in order: {@code images: [{id, alt, width, height}]},
 * the bytes kept in {@code course_image} (see V41). The alt text is one text, or texts by language
 * ({@code {en, fi, sv}}) as the demo courses give them. Lessons stored before images read as having none.
 */
final class LessonImages {
  static final int MAX_PER_LESSON = 6;

  private LessonImages() {}

  /** The lesson's {@code images}, checked into their stored form. */
  static JsonArray checked(JsonObject lesson, FieldErrors errors) {
    JsonArray stored = new JsonArray();
    Object value = lesson.getValue("images");
    if (value == null) return stored;
    if (!(value instanceof JsonArray images) || images.size() > MAX_PER_LESSON) {
      errors.add("images", "must be a list of at most " + MAX_PER_LESSON + " images");
      return stored;
    }
    for (int i = 0; i < images.size(); i++) {
      if (!(images.getValue(i) instanceof JsonObject image)) {
        errors.add("images[" + i + "]", "must be an object with id and alt");
        continue;
      }
      FieldErrors own = new FieldErrors();
      // "url" is where GET says the bytes are served; a client may send back what it read, and it is not stored.
      own.onlyKnown(image, Set.of("id", "alt", "width", "height", "url"));
      UUID id = own.uuid(image, "id", true);
      Object alt = image.getValue("alt") instanceof JsonObject ? own.localised(image, "alt", 1, 250, true).toJson()
          : own.text(image, "alt", 1, 250, true);
      stored.add(new JsonObject().put("id", id == null ? null : id.toString()).put("alt", alt)
          .put("width", pixels(image, "width", own)).put("height", pixels(image, "height", own)));
      CourseContent.nest(own, "images[" + i + "].", errors);
    }
    return stored;
  }

  private static Integer pixels(JsonObject image, String field, FieldErrors errors) {
    return errors.wholeNumber(image, field, 1, 20_000, false, "pixels");
  }

  static List<JsonObject> of(JsonObject lesson) {
    return CourseContent.objects(lesson.getJsonArray("images"));
  }

  /** The alt text in the reader's language. */
  static String alt(JsonObject image, String lang) {
    Object alt = image.getValue("alt");
    return alt instanceof JsonObject texts ? Localised.of(texts).in(lang) : String.valueOf(alt);
  }

  /**
   * The change's lessons with their images: a lesson that leaves {@code images} out keeps the ones
   * the working copy's lesson of the same id holds (none for a new lesson), so an edit of its text
   * never drops them; a lesson that sends {@code images} gets that list.
   */
  static JsonObject kept(JsonObject fields, CourseContent current) {
    if (!(fields.getValue("modules") instanceof JsonArray modules)) return fields;
    Map<String, Object> held = new java.util.HashMap<>();
    for (JsonObject module : current.modules()) {
      for (JsonObject lesson : CourseContent.objects(module.getJsonArray("lessons"))) {
        held.put(lesson.getString("id"), lesson.getValue("images"));
      }
    }
    for (JsonObject module : CourseContent.objects(modules)) {
      for (JsonObject lesson : CourseContent.objects(module.getJsonArray("lessons"))) {
        if (lesson.containsKey("images")) continue;
        Object images = held.get(lesson.getString("id"));
        lesson.put("images", images instanceof JsonArray list ? list.copy() : new JsonArray());
      }
    }
    return fields;
  }

  /** The ids of the images the lessons of a copy (which may be none) name. */
  static Set<UUID> named(CourseContent content) {
    Set<UUID> ids = new java.util.HashSet<>();
    if (content == null) return ids;
    for (JsonObject module : content.modules()) {
      for (JsonObject lesson : CourseContent.objects(module.getJsonArray("lessons"))) {
        of(lesson).forEach(image -> ids.add(UUID.fromString(image.getString("id"))));
      }
    }
    return ids;
  }

  /** The images either copy of the course names: the only ones a change may name (an id from elsewhere would show a broken picture). */
  static Set<UUID> held(Course course) {
    Set<UUID> ids = named(course.content());
    ids.addAll(named(course.published()));
    return ids;
  }

  /** Refuses a change that names an image the course does not hold. */
  static void requireHeld(CourseContent after, Course before) {
    Set<UUID> held = held(before);
    for (UUID id : named(after)) {
      if (!held.contains(id)) throw new Invalid("modules", "names an image this course does not have: " + id);
    }
  }

  static String url(UUID courseId, String imageId) {
    return "/courses/" + courseId + "/images/" + imageId;
  }

  /** As the API lists them: {@code [{id, alt}]}; {@link Course} adds each one's {@code url}. */
  static JsonArray toJson(JsonObject lesson, String lang) {
    return new JsonArray(of(lesson).stream().map(image -> (Object) new JsonObject().put("id", image.getString("id"))
        .put("alt", alt(image, lang))).toList());
  }

  /** As pages show them: id, alt, url, width and height. */
  static List<Map<String, Object>> shown(UUID courseId, JsonObject lesson, String lang) {
    return of(lesson).stream().map(image -> {
      Map<String, Object> shown = new java.util.HashMap<>();
      shown.put("id", image.getString("id"));
      shown.put("alt", alt(image, lang));
      shown.put("url", url(courseId, image.getString("id")));
      if (image.getInteger("width") != null) shown.put("width", image.getInteger("width"));
      if (image.getInteger("height") != null) shown.put("height", image.getInteger("height"));
      return shown;
    }).toList();
  }
}
