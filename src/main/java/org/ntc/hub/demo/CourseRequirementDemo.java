package org.ntc.hub.demo;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Secrets;

/**
 * "Before adopting it, take this course": Lakeus's blood-pressure pilot and its adoption record
 * name the professionals' remote blood-pressure course; Norrkusten's pilot use of the medicine
 * dispenser names the dispenser course its clients' carers should know. Sanna Mäki of Lakeus has
 * finished the blood-pressure course and lets her organisation's admins see it, so Anna Rinne, Lakeus's
 * admin, sees "1 of 2" with a name on the pilot page.
 */
final class CourseRequirementDemo {
  private static final String PILOT = """
      INSERT INTO course_requirement (id, course_id, pilot_id, created_by) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING""";
  private static final String ADOPTION = """
      INSERT INTO course_requirement (id, course_id, adoption_id, created_by) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING""";

  /** Every lesson of the course read, as a learner who went through it. */
  private static final String LESSONS_READ = """
      INSERT INTO course_lesson_progress (account_id, course_id, module_id, lesson_id, completed_at)
      SELECT $1::uuid, c.id, (m ->> 'id')::uuid, (l ->> 'id')::uuid, now() - interval '4 days'
      FROM course c, jsonb_array_elements(c.published -> 'modules') m, jsonb_array_elements(m -> 'lessons') l
      WHERE c.id = $2
      ON CONFLICT DO NOTHING""";
  /** Each module's quiz passed with the right answers, one try each. */
  private static final String QUIZZES_PASSED = """
      INSERT INTO course_quiz_attempt (id, account_id, course_id, module_id, answers, score, passed, attempted_at)
      SELECT md5($1::uuid::text || (m ->> 'id'))::uuid, $1::uuid, c.id, (m ->> 'id')::uuid,
             (SELECT jsonb_object_agg(q ->> 'id', (q ->> 'answer')::int) FROM jsonb_array_elements(m -> 'quiz' -> 'questions') q),
             100, true, now() - interval '3 days'
      FROM course c, jsonb_array_elements(c.published -> 'modules') m
      WHERE c.id = $2
      ON CONFLICT (id) DO NOTHING""";
  private static final String COMPLETED = """
      INSERT INTO course_completion (account_id, course_id, completed_at, certificate_code, learner_name, lang, share_with_organisation)
      VALUES ($1, $2, now() - interval '3 days', $3, $4, 'fi', true)
      ON CONFLICT DO NOTHING""";

  private CourseRequirementDemo() {}

  static Future<Void> load(SqlConnection tx) {
    return tx.preparedQuery(PILOT).execute(Tuple.of(id(1), CourseDemo.id(2), ChallengeDemo.PILOT_ID, PeopleDemo.id(5)))
        .compose(done -> tx.preparedQuery(ADOPTION).executeBatch(List.of(
            Tuple.of(id(2), CourseDemo.id(2), adoption(1), PeopleDemo.id(5)),
            Tuple.of(id(3), CourseDemo.id(1), adoption(10), PeopleDemo.id(6)))))
        .compose(done -> completed(tx, GroupDemo.SANNA, "Sanna Mäki", CourseDemo.id(2)));
  }

  private static Future<Void> completed(SqlConnection tx, UUID learner, String name, UUID course) {
    return tx.preparedQuery(LESSONS_READ).execute(Tuple.of(learner, course))
        .compose(done -> tx.preparedQuery(QUIZZES_PASSED).execute(Tuple.of(learner, course)))
        .compose(done -> tx.preparedQuery(COMPLETED)
            .execute(Tuple.of(learner, course, Secrets.randomToken(24), name)))
        .mapEmpty();
  }

  private static UUID id(int n) {
    return UUID.fromString(String.format("00000000-0000-4000-c7a0-%012d", n));
  }

  /** The demo's adoption records, numbered as {@link AdoptionDemo} loads them: 1 is Lakeus's, 10 Norrkusten's. */
  static UUID adoption(int n) {
    return UUID.fromString(String.format("00000000-0000-4000-a180-%012d", n));
  }
}
