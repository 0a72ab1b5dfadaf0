package org.ntc.hub.course;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.ntc.hub.platform.NotFound;

/**
 * One edit of a course's modules, lessons or quizzes as the editor's pages make it: a function of
 * the working copy's stored modules. Items keep their ids; new ones get theirs when the whole is
 * checked ({@link CourseChange}). An id the course does not hold is not found.
 */
final class CourseOutline {
  static final int DEFAULT_PASS_MARK = 80;

  private CourseOutline() {}

  static UnaryOperator<JsonArray> addModule(String moduleId, Object title) {
    return modules -> modules.add(new JsonObject().put("id", moduleId).put("title", title).put("lessons", new JsonArray())
        .put("quiz", new JsonObject().put("passMark", DEFAULT_PASS_MARK).put("questions", new JsonArray())));
  }

  static UnaryOperator<JsonArray> renameModule(UUID moduleId, Object title) {
    return modules -> {
      module(modules, moduleId).put("title", title);
      return modules;
    };
  }

  static UnaryOperator<JsonArray> moveModule(UUID moduleId, boolean up) {
    return modules -> {
      move(modules, indexOf(modules, moduleId, "module"), up);
      return modules;
    };
  }

  static UnaryOperator<JsonArray> removeModule(UUID moduleId) {
    return modules -> {
      modules.remove(indexOf(modules, moduleId, "module"));
      return modules;
    };
  }

  static UnaryOperator<JsonArray> passMark(UUID moduleId, Object passMark) {
    return modules -> {
      JsonObject module = module(modules, moduleId);
      JsonObject quiz = module.getJsonObject("quiz", new JsonObject());
      module.put("quiz", quiz.put("passMark", passMark));
      return modules;
    };
  }

  /** A new lesson at the end of a module; {@code lesson} holds its id. */
  static UnaryOperator<JsonArray> addLesson(UUID moduleId, JsonObject lesson) {
    return modules -> {
      JsonObject module = module(modules, moduleId);
      JsonArray lessons = module.getJsonArray("lessons");
      if (lessons == null) module.put("lessons", lessons = new JsonArray());
      lessons.add(lesson);
      return modules;
    };
  }

  static UnaryOperator<JsonArray> replaceLesson(UUID lessonId, JsonObject lesson) {
    return modules -> {
      Place place = lesson(modules, lessonId);
      place.list().set(place.index(), lesson.put("id", lessonId.toString()));
      return modules;
    };
  }

  /** An image at the end of a lesson's images; a conflict when the lesson has as many as it may. */
  static UnaryOperator<JsonArray> addImage(UUID lessonId, JsonObject image) {
    return modules -> {
      JsonObject lesson = lesson(modules, lessonId).item();
      JsonArray images = lesson.getJsonArray("images");
      if (images == null) lesson.put("images", images = new JsonArray());
      if (images.size() >= LessonImages.MAX_PER_LESSON) {
        throw new org.ntc.hub.platform.Conflict("A lesson may have at most " + LessonImages.MAX_PER_LESSON + " images");
      }
      images.add(image);
      return modules;
    };
  }

  /** Takes an image out of a lesson; not found when the lesson does not name it. */
  static UnaryOperator<JsonArray> removeImage(UUID lessonId, UUID imageId) {
    return modules -> {
      JsonArray images = lesson(modules, lessonId).item().getJsonArray("images", new JsonArray());
      boolean removed = images.getList().removeIf(image -> image instanceof java.util.Map<?, ?> map
          && imageId.toString().equals(map.get("id")) || image instanceof JsonObject json && imageId.toString().equals(json.getString("id")));
      if (!removed) throw new org.ntc.hub.platform.NotFound("image", imageId);
      return modules;
    };
  }

  static UnaryOperator<JsonArray> moveLesson(UUID lessonId, boolean up) {
    return modules -> {
      Place place = lesson(modules, lessonId);
      move(place.list(), place.index(), up);
      return modules;
    };
  }

  static UnaryOperator<JsonArray> removeLesson(UUID lessonId) {
    return modules -> {
      Place place = lesson(modules, lessonId);
      place.list().remove(place.index());
      return modules;
    };
  }

  /** A new question at the end of a module's quiz; {@code question} holds its id. */
  static UnaryOperator<JsonArray> addQuestion(UUID moduleId, JsonObject question) {
    return modules -> {
      JsonObject module = module(modules, moduleId);
      JsonObject quiz = module.getJsonObject("quiz");
      if (quiz == null) module.put("quiz", quiz = new JsonObject().put("passMark", DEFAULT_PASS_MARK));
      JsonArray questions = quiz.getJsonArray("questions");
      if (questions == null) quiz.put("questions", questions = new JsonArray());
      questions.add(question);
      return modules;
    };
  }

  static UnaryOperator<JsonArray> replaceQuestion(UUID questionId, JsonObject question) {
    return modules -> {
      Place place = question(modules, questionId);
      place.list().set(place.index(), question.put("id", questionId.toString()));
      return modules;
    };
  }

  static UnaryOperator<JsonArray> removeQuestion(UUID questionId) {
    return modules -> {
      Place place = question(modules, questionId);
      place.list().remove(place.index());
      return modules;
    };
  }

  /** Where an item stands: the list that holds it, its index there, and its module. */
  record Place(JsonObject module, int moduleIndex, JsonArray list, int index) {
    JsonObject item() {
      return list.getJsonObject(index);
    }
  }

  static JsonObject module(JsonArray modules, UUID moduleId) {
    return modules.getJsonObject(indexOf(modules, moduleId, "module"));
  }

  static Place lesson(JsonArray modules, UUID lessonId) {
    return find(modules, lessonId, "lesson");
  }

  static Place question(JsonArray modules, UUID questionId) {
    return find(modules, questionId, "question");
  }

  private static Place find(JsonArray modules, UUID id, String kind) {
    for (int m = 0; m < modules.size(); m++) {
      if (!(modules.getValue(m) instanceof JsonObject module)) continue;
      JsonArray list = kind.equals("lesson") ? module.getJsonArray("lessons")
          : module.getJsonObject("quiz", new JsonObject()).getJsonArray("questions");
      if (list == null) continue;
      for (int i = 0; i < list.size(); i++) {
        if (list.getValue(i) instanceof JsonObject item && id.toString().equals(item.getString("id"))) {
          return new Place(module, m, list, i);
        }
      }
    }
    throw new NotFound(kind, id);
  }

  private static int indexOf(JsonArray items, UUID id, String kind) {
    for (int i = 0; i < items.size(); i++) {
      if (items.getValue(i) instanceof JsonObject item && id.toString().equals(item.getString("id"))) return i;
    }
    throw new NotFound(kind, id);
  }

  /** One step up or down; at either end it stays where it is. */
  private static void move(JsonArray items, int index, boolean up) {
    int other = up ? index - 1 : index + 1;
    if (other < 0 || other >= items.size()) return;
    Object item = items.getValue(index);
    items.set(index, items.getValue(other));
    items.set(other, item);
  }
}
