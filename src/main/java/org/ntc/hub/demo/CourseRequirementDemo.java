package org.ntc.hub.demo;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;

/**
 * "Before adopting it, take this course": Lakeus's blood-pressure pilot and its adoption record
 * name the professionals' remote blood-pressure course; Norrkusten's pilot use of the medicine
 * dispenser names the dispenser course its clients' carers should know.
 */
final class CourseRequirementDemo {
  private static final String PILOT = """
      INSERT INTO course_requirement (id, course_id, pilot_id, created_by) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING""";
  private static final String ADOPTION = """
      INSERT INTO course_requirement (id, course_id, adoption_id, created_by) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING""";

  private CourseRequirementDemo() {}

  static Future<Void> load(SqlConnection tx) {
    return tx.preparedQuery(PILOT).execute(Tuple.of(id(1), CourseDemo.id(2), ChallengeDemo.PILOT_ID, PeopleDemo.id(5)))
        .compose(done -> tx.preparedQuery(ADOPTION).executeBatch(List.of(
            Tuple.of(id(2), CourseDemo.id(2), adoption(1), PeopleDemo.id(5)),
            Tuple.of(id(3), CourseDemo.id(1), adoption(10), PeopleDemo.id(6)))))
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
