package org.ntc.hub.course;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.FieldErrors;

/**
 * A learner's answers to a module's quiz, {@code {answers: {questionId: optionIndex}}}, checked for
 * shape at the edge: ids are ids, indexes are whole numbers from 0. Whether they fit the quiz is
 * {@link CourseQuiz}'s to decide.
 */
public record QuizAnswers(Map<UUID, Integer> chosen) {
  static final int MAX = CourseContent.MAX_QUESTIONS;

  public static QuizAnswers from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, Set.of("answers"));
    Map<UUID, Integer> chosen = new LinkedHashMap<>();
    Object value = body.getValue("answers");
    if (value == null) {
      errors.add("answers", "is required: an object of question id → the index of the chosen option");
    } else if (!(value instanceof JsonObject answers) || answers.isEmpty() || answers.size() > MAX) {
      errors.add("answers", "must be an object of 1 to " + MAX + " question ids, each → the index of the chosen option");
    } else {
      for (String key : answers.fieldNames()) {
        UUID id = null;
        try {
          id = UUID.fromString(key);
        } catch (IllegalArgumentException e) {
          errors.add("answers." + key, "is not a question id");
          continue;
        }
        Object index = answers.getValue(key);
        if (!(index instanceof Integer || index instanceof Long) || ((Number) index).longValue() < 0
            || ((Number) index).longValue() > CourseContent.MAX_OPTIONS) {
          errors.add("answers." + key, "must be the index of the chosen option, a whole number counting from 0");
          continue;
        }
        chosen.put(id, ((Number) index).intValue());
      }
    }
    errors.throwIfAny();
    return new QuizAnswers(Map.copyOf(chosen));
  }

  /** As stored with the attempt: question id → index, as sent. */
  JsonObject toJson() {
    JsonObject json = new JsonObject();
    chosen.forEach((id, index) -> json.put(id.toString(), index));
    return json;
  }
}
