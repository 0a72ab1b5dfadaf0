package org.ntc.hub.course;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ntc.hub.platform.FieldErrors;

/**
 * A module's quiz as the server holds it, right answers included, and its grading. Nothing here
 * is ever shown: pages and responses read the questions through {@link CourseContent#toJson}.
 */
record CourseQuiz(JsonObject module, int passMark, List<JsonObject> questions) {

  /** The module of a course's copy with this id, and its quiz. */
  static Optional<CourseQuiz> of(CourseContent content, UUID moduleId) {
    return content.modules().stream().filter(m -> moduleId.toString().equals(m.getString("id"))).findFirst().map(module -> {
      JsonObject quiz = module.getJsonObject("quiz", new JsonObject());
      return new CourseQuiz(module, quiz.getInteger("passMark", 100), CourseContent.objects(quiz.getJsonArray("questions")));
    });
  }

  UUID moduleId() {
    return UUID.fromString(module.getString("id"));
  }

  /**
   * The score in whole per cent, rounded (two of three is 67, the pass mark such a quiz is given), and whether it
   * reaches the pass mark. Every question must be answered, each with one of its options; an
   * answer to a question that is not this quiz's is refused, as an index beyond the options is.
   */
  LearnerRepository.Grade grade(QuizAnswers answers) {
    FieldErrors errors = new FieldErrors();
    Set<String> asked = questions.stream().map(q -> q.getString("id")).collect(Collectors.toSet());
    answers.chosen().keySet().stream().filter(id -> !asked.contains(id.toString()))
        .forEach(id -> errors.add("answers." + id, "is not a question of this quiz"));
    int right = 0;
    for (JsonObject question : questions) {
      String id = question.getString("id");
      Integer chosen = answers.chosen().get(UUID.fromString(id));
      int options = CourseContent.objects(question.getJsonArray("options")).size();
      if (chosen == null) {
        errors.add("answers." + id, "is missing: answer every question");
      } else if (chosen >= options) {
        errors.add("answers." + id, "must be the index of one of the " + options + " options, counting from 0");
      } else if (chosen.equals(question.getInteger("answer"))) {
        right++;
      }
    }
    errors.throwIfAny();
    int score = questions.isEmpty() ? 0 : (int) Math.round(right * 100.0 / questions.size());
    return new LearnerRepository.Grade(score, !questions.isEmpty() && score >= passMark, passMark);
  }

  /** The chosen index per question id, for a form sent back with what was ticked. */
  static Map<String, Integer> byId(QuizAnswers answers) {
    return answers.chosen().entrySet().stream().collect(Collectors.toMap(e -> e.getKey().toString(), Map.Entry::getValue));
  }
}
