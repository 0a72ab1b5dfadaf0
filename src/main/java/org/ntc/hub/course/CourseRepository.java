package org.ntc.hub.course;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.NotFound;

/** Courses: the two copies, their state, and the public catalogue. */
public final class CourseRepository {
  private static final String INSERT = """
      INSERT INTO course (id, organisation_id, status, content, created_by) VALUES ($1, $2, 'draft', $3, $4)""";
  private static final String BY_ID = "SELECT " + Course.COLUMNS + Course.FROM + "WHERE c.id = $1";
  private static final String EDIT = """
      UPDATE course SET content = $2, status = $3, updated_at = now(),
             submitted_at = CASE WHEN $3 = 'pending' AND status <> 'pending' THEN now() ELSE submitted_at END
      WHERE id = $1 AND status = $4 AND updated_at = $5 RETURNING id""";
  /** Moves to a new state only from one of the expected ones, so two reviewers cannot both act. */
  private static final String TRANSITION = """
      UPDATE course SET status = $2, updated_at = now(), review_comment = COALESCE($4, review_comment),
             submitted_at = CASE WHEN $2 = 'pending' THEN now() ELSE submitted_at END
      WHERE id = $1 AND status = ANY($3) RETURNING id""";
  private static final String PUBLISH = """
      UPDATE course SET status = 'published', published = content, published_at = COALESCE(published_at, now()),
             review_comment = NULL, updated_at = now()
      WHERE id = $1 AND status = ANY($2) RETURNING id""";
  /** The courses a writer works on, or staff review: their organisations', their own, and (for staff) every pending one. */
  private static final String WRITTEN = "SELECT " + Course.COLUMNS + Course.FROM
      + "WHERE c.organisation_id = ANY($1) OR c.created_by = $2 OR ($3 AND c.status = 'pending') "
      + "ORDER BY c.updated_at DESC, c.id LIMIT 50";
  private static final String PENDING = "SELECT " + Course.COLUMNS + Course.FROM
      + "WHERE c.status = 'pending' ORDER BY c.submitted_at, c.id LIMIT 100";
  /** Public courses matching the filters; each query word matches as a prefix of a word in any language's text. */
  private static final String MATCH = " " + """
      WHERE c.published IS NOT NULL AND c.status <> 'archived'
        AND ($1::text IS NULL OR c.published -> 'categories' ? $1)
        AND ($2::text IS NULL OR c.published ->> 'audience' = $2)
        AND ($3::text IS NULL OR c.published -> 'languages' ? $3)
        AND (cardinality($4::text[]) = 0 OR jsonb_to_tsvector('simple', c.published, '["string"]')
             @@ to_tsquery('simple', array_to_string(ARRAY(SELECT quote_literal(w) || ':*' FROM unnest($4::text[]) w), ' & ')))""";
  private static final String SEARCH = "SELECT " + Course.COLUMNS + Course.FROM + MATCH
      + " ORDER BY c.published_at DESC, c.id LIMIT $5 OFFSET $6";
  private static final String COUNT = "SELECT count(*) FROM course c" + MATCH;
  private static final String TEACHING = "SELECT " + Course.COLUMNS + Course.FROM + """
      WHERE c.published IS NOT NULL AND c.status <> 'archived' AND c.published -> 'showcaseIds' ? $1::text
      ORDER BY c.published_at DESC, c.id LIMIT 20""";
  /** The titles of the public showcases a course teaches. */
  private static final String SHOWCASES = """
      SELECT s.id, s.published -> 'title' AS title FROM showcase s JOIN organisation o ON o.id = s.organisation_id
       WHERE s.id = ANY($1) AND s.published IS NOT NULL AND s.status <> 'archived' AND o.verified""";

  private static final String COMPLETE_LESSON = """
      INSERT INTO course_lesson_progress (account_id, course_id, module_id, lesson_id, completed_at) VALUES ($1, $2, $3, $4, $5)
      ON CONFLICT DO NOTHING""";
  /** The public courses a learner has begun, latest first, with where they stand in each. */
  private static final String BEGUN = "SELECT " + Course.COLUMNS + ", " + Standing.COLUMNS + Course.FROM + Standing.JOIN + """
      WHERE c.published IS NOT NULL AND c.status <> 'archived'
        AND (EXISTS (SELECT 1 FROM course_lesson_progress p WHERE p.account_id = $1 AND p.course_id = c.id)
             OR EXISTS (SELECT 1 FROM course_quiz_attempt q WHERE q.account_id = $1 AND q.course_id = c.id))
      ORDER BY greatest((SELECT max(p.completed_at) FROM course_lesson_progress p WHERE p.account_id = $1 AND p.course_id = c.id),
                        (SELECT max(q.attempted_at) FROM course_quiz_attempt q WHERE q.account_id = $1 AND q.course_id = c.id)) DESC NULLS LAST,
               c.id
      LIMIT 100""";

  private final Pool pool;

  public CourseRepository(Pool pool) {
    this.pool = pool;
  }

  Pool pool() {
    return pool;
  }

  Future<Void> insert(SqlClient client, UUID id, NewCourse course, UUID author) {
    return client.preparedQuery(INSERT).execute(Tuple.of(id, course.organisationId(), course.content().stored(), author)).mapEmpty();
  }

  Future<Course> byId(UUID id) {
    return pool.preparedQuery(BY_ID).mapping(Course::fromRow).execute(Tuple.of(id))
        .map(rows -> Db.single(rows, () -> new NotFound("course", id)));
  }

  /** True when the course was still as read (its state, unchanged since) and now holds the edit. */
  Future<Boolean> edit(SqlClient client, Course course, CourseContent content, CourseStatus to) {
    return client.preparedQuery(EDIT)
        .execute(Tuple.of(course.id(), content.stored(), to.code(), course.status().code(), course.updatedAt()))
        .map(rows -> rows.rowCount() == 1);
  }

  Future<Boolean> transition(SqlClient client, UUID id, CourseStatus to, Collection<CourseStatus> from, String comment) {
    return client.preparedQuery(TRANSITION).execute(Tuple.of(id, to.code(), codes(from), comment)).map(rows -> rows.rowCount() == 1);
  }

  Future<Boolean> publish(SqlClient client, UUID id, Collection<CourseStatus> from) {
    return client.preparedQuery(PUBLISH).execute(Tuple.of(id, (Object) codes(from))).map(rows -> rows.rowCount() == 1);
  }

  Future<List<Course>> written(List<UUID> organisationIds, UUID author, boolean staff) {
    return pool.preparedQuery(WRITTEN).mapping(Course::fromRow)
        .execute(Tuple.of(organisationIds.toArray(UUID[]::new), author, staff)).map(Db::list);
  }

  Future<List<Course>> pending() {
    return pool.preparedQuery(PENDING).mapping(Course::fromRow).execute().map(Db::list);
  }

  Future<List<Course>> search(CourseSearch search) {
    Tuple params = Tuple.of(search.category(), search.audienceCode(), search.language(), search.words(),
        search.paging().pageSize(), search.paging().offset());
    return pool.preparedQuery(SEARCH).mapping(Course::fromRow).execute(params).map(Db::list);
  }

  Future<Long> count(CourseSearch search) {
    return pool.preparedQuery(COUNT).execute(Tuple.of(search.category(), search.audienceCode(), search.language(), search.words()))
        .map(Db::count);
  }

  Future<List<Course>> teaching(UUID showcaseId) {
    return pool.preparedQuery(TEACHING).mapping(Course::fromRow).execute(Tuple.of(showcaseId.toString())).map(Db::list);
  }

  Future<List<Linked>> showcases(UUID[] ids) {
    return pool.preparedQuery(SHOWCASES).mapping(Linked::fromRow).execute(Tuple.of((Object) ids)).map(Db::list);
  }

  Future<Void> completeLesson(UUID accountId, UUID courseId, UUID moduleId, UUID lessonId, java.time.OffsetDateTime at) {
    return pool.preparedQuery(COMPLETE_LESSON).execute(Tuple.of(accountId, courseId, moduleId, lessonId, at)).mapEmpty();
  }

  Future<List<Progress>> begun(UUID accountId) {
    return pool.preparedQuery(BEGUN).mapping(row -> new Progress(Course.fromRow(row), Standing.fromRow(row)))
        .execute(Tuple.of(accountId)).map(Db::list);
  }

  /** A showcase a course teaches, with its title. */
  record Linked(UUID id, JsonObject title) {
    static Linked fromRow(Row row) {
      return new Linked(row.getUUID("id"), row.getJsonObject("title"));
    }
  }

  private static String[] codes(Collection<CourseStatus> statuses) {
    return statuses.stream().map(CourseStatus::code).toArray(String[]::new);
  }
}
