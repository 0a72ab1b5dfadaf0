package org.ntc.hub.course;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.Times;

/** A learner's quiz attempts and completed courses, and where they stand in a course. */
public final class LearnerRepository {
  /** One learner's tries at one course's quizzes are graded one at a time, so the try that completes the course sees every other. */
  private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtextextended($1::uuid::text || '/' || $2::uuid::text, 0))";
  private static final String INSERT_ATTEMPT = """
      INSERT INTO course_quiz_attempt (id, account_id, course_id, module_id, answers, score, passed, attempted_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""";
  private static final String PASSED = """
      SELECT ARRAY(SELECT DISTINCT module_id FROM course_quiz_attempt WHERE account_id = $1 AND course_id = $2 AND passed)""";
  /** The first completion stays: a later pass keeps its date and certificate code. */
  private static final String COMPLETE = """
      INSERT INTO course_completion (account_id, course_id, completed_at, certificate_code, learner_name, lang)
      VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (account_id, course_id) DO NOTHING""";
  private static final String STANDING = "SELECT " + Standing.COLUMNS + " FROM course c" + Standing.JOIN + "WHERE c.id = $2";
  private static final String LATEST = """
      SELECT score, passed, attempted_at FROM course_quiz_attempt WHERE account_id = $1 AND course_id = $2 AND module_id = $3
      ORDER BY attempted_at DESC, id DESC LIMIT 1""";
  private static final String SHARE = """
      UPDATE course_completion SET share_with_organisation = $3 WHERE account_id = $1 AND course_id = $2 RETURNING course_id""";
  private static final String PROGRESS_OF = """
      SELECT course_id, module_id, lesson_id, completed_at FROM course_lesson_progress WHERE account_id = $1
      ORDER BY completed_at, lesson_id""";
  private static final String ATTEMPTS_OF = """
      SELECT id, course_id, module_id, answers, score, passed, attempted_at FROM course_quiz_attempt WHERE account_id = $1
      ORDER BY attempted_at, id""";
  private static final String COMPLETIONS_OF = """
      SELECT course_id, completed_at, certificate_code, learner_name, lang, share_with_organisation FROM course_completion
      WHERE account_id = $1 ORDER BY completed_at, course_id""";

  private final Pool pool;

  public LearnerRepository(Pool pool) {
    this.pool = pool;
  }

  Pool pool() {
    return pool;
  }

  Future<Void> lock(SqlClient tx, UUID accountId, UUID courseId) {
    return tx.preparedQuery(LOCK).execute(Tuple.of(accountId, courseId)).mapEmpty();
  }

  Future<Void> attempt(SqlClient tx, UUID accountId, UUID courseId, UUID moduleId, JsonObject answers, Grade grade,
                       OffsetDateTime at) {
    return tx.preparedQuery(INSERT_ATTEMPT)
        .execute(Tuple.of(UUID.randomUUID(), accountId, courseId, moduleId, answers, grade.score(), grade.passed(), at))
        .mapEmpty();
  }

  Future<Set<String>> modulesPassed(SqlClient tx, UUID accountId, UUID courseId) {
    return tx.preparedQuery(PASSED).execute(Tuple.of(accountId, courseId)).map(rows -> {
      UUID[] ids = rows.iterator().next().getArrayOfUUIDs(0);
      return ids == null ? Set.of() : Arrays.stream(ids).map(UUID::toString).collect(Collectors.toSet());
    });
  }

  Future<Void> complete(SqlClient tx, UUID accountId, UUID courseId, OffsetDateTime at, String code, String name, String lang) {
    return tx.preparedQuery(COMPLETE).execute(Tuple.of(accountId, courseId, at, code, name, lang)).mapEmpty();
  }

  Future<Standing> standing(SqlClient client, UUID accountId, UUID courseId) {
    return client.preparedQuery(STANDING).mapping(Standing::fromRow).execute(Tuple.of(accountId, courseId))
        .map(rows -> rows.size() == 0 ? Standing.NONE : rows.iterator().next());
  }

  Future<Optional<Attempt>> latest(UUID accountId, UUID courseId, UUID moduleId) {
    return pool.preparedQuery(LATEST).mapping(Attempt::fromRow).execute(Tuple.of(accountId, courseId, moduleId))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next()));
  }

  /** True when the learner has completed the course and now shares it as asked. */
  Future<Boolean> share(UUID accountId, UUID courseId, boolean share) {
    return pool.preparedQuery(SHARE).execute(Tuple.of(accountId, courseId, share)).map(rows -> rows.rowCount() == 1);
  }

  Future<List<JsonObject>> lessonsRead(UUID accountId) {
    return pool.preparedQuery(PROGRESS_OF).mapping(r -> new JsonObject().put("courseId", r.getUUID("course_id").toString())
        .put("moduleId", r.getUUID("module_id").toString()).put("lessonId", r.getUUID("lesson_id").toString())
        .put("readAt", Times.rfc3339(r.getOffsetDateTime("completed_at")))).execute(Tuple.of(accountId)).map(Db::list);
  }

  Future<List<JsonObject>> attempts(UUID accountId) {
    return pool.preparedQuery(ATTEMPTS_OF).mapping(r -> new JsonObject().put("id", r.getUUID("id").toString())
        .put("courseId", r.getUUID("course_id").toString()).put("moduleId", r.getUUID("module_id").toString())
        .put("answers", r.getJsonObject("answers")).put("score", r.getInteger("score")).put("passed", r.getBoolean("passed"))
        .put("at", Times.rfc3339(r.getOffsetDateTime("attempted_at")))).execute(Tuple.of(accountId)).map(Db::list);
  }

  Future<List<JsonObject>> completions(UUID accountId) {
    return pool.preparedQuery(COMPLETIONS_OF).mapping(r -> new JsonObject().put("courseId", r.getUUID("course_id").toString())
        .put("completedAt", Times.rfc3339(r.getOffsetDateTime("completed_at")))
        .put("certificateCode", r.getString("certificate_code")).put("learnerName", r.getString("learner_name"))
        .put("language", r.getString("lang")).put("shareWithOrganisation", r.getBoolean("share_with_organisation")))
        .execute(Tuple.of(accountId)).map(Db::list);
  }

  /** On erasure: the person's progress, attempts and certificates go (the account row stays, so no cascade does it). */
  Future<Void> forget(SqlClient tx, UUID accountId) {
    Tuple id = Tuple.of(accountId);
    return tx.preparedQuery("DELETE FROM course_lesson_progress WHERE account_id = $1").execute(id)
        .compose(done -> tx.preparedQuery("DELETE FROM course_quiz_attempt WHERE account_id = $1").execute(id))
        .compose(done -> tx.preparedQuery("DELETE FROM course_completion WHERE account_id = $1").execute(id))
        .mapEmpty();
  }

  /** A graded try: the score in per cent and whether it reached the quiz's pass mark. */
  record Grade(int score, boolean passed, int passMark) {}

  /** A learner's latest try at a module's quiz. */
  record Attempt(int score, boolean passed, OffsetDateTime at) {
    static Attempt fromRow(Row row) {
      return new Attempt(row.getInteger("score"), row.getBoolean("passed"), row.getOffsetDateTime("attempted_at"));
    }
  }
}
