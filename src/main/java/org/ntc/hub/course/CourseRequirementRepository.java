package org.ntc.hub.course;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ntc.hub.course.CourseRequirements.Kind;
import org.ntc.hub.platform.Db;

/** The courses pilots and adoption records name, and how many of an organisation's members completed them. */
public final class CourseRequirementRepository {
  private static final String PUBLIC = " c.published IS NOT NULL AND c.status <> 'archived' ";
  private static final String PUBLIC_AMONG = "SELECT c.id FROM course c WHERE c.id = ANY($1) AND" + PUBLIC;
  private static final String MEMBERS = "SELECT count(*) FROM membership WHERE organisation_id = $1";
  /** Per course, the organisation's members who completed it, and the names of those who agreed to share theirs. */
  private static final String COMPLETIONS = """
      SELECT cc.course_id, count(*) AS completed,
             array_remove(array_agg(CASE WHEN cc.share_with_organisation THEN cc.learner_name END ORDER BY cc.learner_name), NULL)
               AS shared
      FROM course_completion cc JOIN membership m ON m.account_id = cc.account_id AND m.organisation_id = $1
      WHERE cc.course_id = ANY($2) GROUP BY cc.course_id""";
  /** Public courses to choose from: those already named first, then those teaching the showcase, then the newest. */
  private static final String CHOICES = "SELECT " + Course.COLUMNS + ", (c.published -> 'showcaseIds' ? $1::text) AS teaches"
      + Course.FROM + "WHERE" + PUBLIC + "ORDER BY c.id = ANY($2) DESC, teaches DESC, c.published_at DESC, c.id LIMIT 100";
  private static final Map<Kind, String> REQUIRED = sql(column -> "SELECT " + Course.COLUMNS
      + ", EXISTS (SELECT 1 FROM course_completion cc WHERE cc.course_id = c.id AND cc.account_id = $2::uuid) AS mine"
      + Course.FROM + "JOIN course_requirement r ON r.course_id = c.id WHERE r." + column + " = $1 AND" + PUBLIC
      + "ORDER BY r.created_at, c.id");
  private static final Map<Kind, String> UNREQUIRE = sql(column -> "DELETE FROM course_requirement WHERE " + column
      + " = $1 AND NOT (course_id = ANY($2))");
  /** The order given is kept: each row is a microsecond later than the one before. */
  private static final Map<Kind, String> REQUIRE = sql(column -> "INSERT INTO course_requirement (id, course_id, " + column
      + ", created_by, created_at) SELECT gen_random_uuid(), t.id, $1, $3, now() + t.n * interval '1 microsecond'"
      + " FROM unnest($2::uuid[]) WITH ORDINALITY AS t(id, n) ON CONFLICT DO NOTHING");

  private final Pool pool;

  public CourseRequirementRepository(Pool pool) {
    this.pool = pool;
  }

  record Listed(Course course, boolean mine) {
    static Listed fromRow(Row row) {
      return new Listed(Course.fromRow(row), Boolean.TRUE.equals(row.getBoolean("mine")));
    }
  }

  record Choice(Course course, boolean teaches) {
    static Choice fromRow(Row row) {
      return new Choice(Course.fromRow(row), Boolean.TRUE.equals(row.getBoolean("teaches")));
    }
  }

  record Completed(UUID courseId, long completed, List<String> shared) {
    static Completed fromRow(Row row) {
      String[] names = row.getArrayOfStrings("shared");
      return new Completed(row.getUUID("course_id"), row.getLong("completed"), names == null ? List.of() : Arrays.asList(names));
    }
  }

  Future<List<Listed>> required(Kind kind, UUID id, UUID viewerId) {
    return pool.preparedQuery(REQUIRED.get(kind)).mapping(Listed::fromRow).execute(Tuple.of(id, viewerId)).map(Db::list);
  }

  Future<List<UUID>> publicAmong(List<UUID> ids) {
    return pool.preparedQuery(PUBLIC_AMONG).mapping(row -> row.getUUID("id")).execute(Tuple.of((Object) ids.toArray(UUID[]::new)))
        .map(Db::list);
  }

  /** Replaces the set in one transaction: courses no longer named go, new ones come, the others keep their place. */
  Future<Void> replace(Kind kind, UUID id, List<UUID> courseIds, UUID by) {
    UUID[] ids = courseIds.toArray(UUID[]::new);
    return pool.withTransaction(tx -> tx.preparedQuery(UNREQUIRE.get(kind)).execute(Tuple.of(id, (Object) ids))
        .compose(done -> tx.preparedQuery(REQUIRE.get(kind)).execute(Tuple.of(id, (Object) ids, by)))).mapEmpty();
  }

  Future<Long> members(UUID organisationId) {
    return pool.preparedQuery(MEMBERS).execute(Tuple.of(organisationId)).map(Db::count);
  }

  Future<Map<UUID, Completed>> completions(UUID organisationId, List<UUID> courseIds) {
    return pool.preparedQuery(COMPLETIONS).mapping(Completed::fromRow)
        .execute(Tuple.of(organisationId, (Object) courseIds.toArray(UUID[]::new)))
        .map(rows -> Db.list(rows).stream().collect(Collectors.toMap(Completed::courseId, c -> c)));
  }

  Future<List<Choice>> choices(UUID showcaseId, List<UUID> required) {
    return pool.preparedQuery(CHOICES).mapping(Choice::fromRow)
        .execute(Tuple.of(showcaseId == null ? null : showcaseId.toString(), (Object) required.toArray(UUID[]::new))).map(Db::list);
  }

  private static Map<Kind, String> sql(Function<String, String> statement) {
    return Arrays.stream(Kind.values()).collect(Collectors.toUnmodifiableMap(k -> k, k -> statement.apply(k.column())));
  }
}
