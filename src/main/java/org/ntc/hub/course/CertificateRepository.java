package org.ntc.hub.course;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.platform.Db;

/** Finished courses' certificates (the {@code course_completion} rows of V39) and the course each is for. */
public final class CertificateRepository {
  private static final String COLUMNS = "SELECT cc.completed_at, cc.certificate_code, cc.learner_name, cc.lang, "
      + Course.COLUMNS + Course.FROM + " JOIN course_completion cc ON cc.course_id = c.id ";
  /** The learner's own completion of a course, whatever became of the course since. */
  private static final String OWN = COLUMNS + "WHERE cc.account_id = $1 AND cc.course_id = $2";
  /** A certificate by its code, while its learner's account lives (an erased account's are deleted as well). */
  private static final String BY_CODE = COLUMNS + """
      JOIN account a ON a.id = cc.account_id AND a.erased_at IS NULL WHERE cc.certificate_code = $1""";
  private static final String FORGET = "DELETE FROM course_completion WHERE account_id = $1";

  private final Pool pool;

  public CertificateRepository(Pool pool) {
    this.pool = pool;
  }

  Future<Optional<Completion>> own(UUID accountId, UUID courseId) {
    return pool.preparedQuery(OWN).mapping(Completion::fromRow).execute(Tuple.of(accountId, courseId)).map(Db::first);
  }

  Future<Optional<Completion>> byCode(String code) {
    return pool.preparedQuery(BY_CODE).mapping(Completion::fromRow).execute(Tuple.of(code)).map(Db::first);
  }

  Future<Void> forget(SqlClient tx, UUID accountId) {
    return tx.preparedQuery(FORGET).execute(Tuple.of(accountId)).mapEmpty();
  }

  /** A finished course: when, the code of its certificate, the name and language the learner chose, and the course. */
  record Completion(OffsetDateTime completedAt, String code, String learnerName, String lang, Course course) {
    static Completion fromRow(Row row) {
      return new Completion(row.getOffsetDateTime("completed_at"), row.getString("certificate_code"),
          row.getString("learner_name"), row.getString("lang"), Course.fromRow(row));
    }

    /** What the certificate names: the course as it was published (the working copy of one never published). */
    CourseContent shown() {
      return course.published() != null ? course.published() : course.content();
    }
  }
}
