package org.ntc.hub.course;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Where one learner stands in one course: the lessons they read, the modules whose quiz they
 * passed (a passed quiz is what completes a module; reading the lessons is recorded and shown
 * but not required), their best score per module, and the completion once every module is complete.
 */
public record Standing(Set<String> lessonsDone, Set<String> modulesPassed, Map<String, Integer> bestScores,
                       Optional<Completion> completion) {
  static final Standing NONE = new Standing(Set.of(), Set.of(), Map.of(), Optional.empty());

  /** The columns {@link #fromRow} reads, for the learner {@code $1} and the course {@code c}; needs {@link #JOIN}. */
  static final String COLUMNS = """
      ARRAY(SELECT p.lesson_id FROM course_lesson_progress p WHERE p.account_id = $1 AND p.course_id = c.id) AS lessons_done,
      ARRAY(SELECT DISTINCT q.module_id FROM course_quiz_attempt q
             WHERE q.account_id = $1 AND q.course_id = c.id AND q.passed) AS modules_passed,
      (SELECT jsonb_object_agg(b.module_id, b.best) FROM (SELECT q.module_id, max(q.score) AS best FROM course_quiz_attempt q
         WHERE q.account_id = $1 AND q.course_id = c.id GROUP BY q.module_id) b) AS best_scores,
      cc.completed_at, cc.certificate_code, cc.share_with_organisation
      """;
  static final String JOIN = " LEFT JOIN course_completion cc ON cc.account_id = $1 AND cc.course_id = c.id ";

  /** A course's completion: when, the certificate's code, and whether the learner shares it with their organisations. */
  public record Completion(OffsetDateTime completedAt, String certificateCode, boolean shared) {}

  static Standing fromRow(Row row) {
    JsonObject best = row.getJsonObject("best_scores");
    OffsetDateTime completedAt = row.getOffsetDateTime("completed_at");
    return new Standing(ids(row.getArrayOfUUIDs("lessons_done")), ids(row.getArrayOfUUIDs("modules_passed")),
        best == null ? Map.of() : best.getMap().entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> ((Number) e.getValue()).intValue())),
        completedAt == null ? Optional.empty() : Optional.of(new Completion(completedAt, row.getString("certificate_code"),
            Boolean.TRUE.equals(row.getBoolean("share_with_organisation")))));
  }

  private static Set<String> ids(UUID[] ids) {
    return ids == null ? Set.of() : Arrays.stream(ids).map(UUID::toString).collect(Collectors.toSet());
  }

  public boolean read(String lessonId) {
    return lessonsDone.contains(lessonId);
  }

  public boolean passed(String moduleId) {
    return modulesPassed.contains(moduleId);
  }

  /** The best score of any try at the module's quiz, or null before the first. */
  public Integer best(String moduleId) {
    return bestScores.get(moduleId);
  }
}
