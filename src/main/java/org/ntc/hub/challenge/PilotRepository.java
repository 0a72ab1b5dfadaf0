package org.ntc.hub.challenge;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.NotFound;

/** Pilots run from answers. */
public final class PilotRepository {
  private static final String ANSWER = """
      SELECT a.id, a.challenge_id, a.showcase_id, a.organisation_id AS company_id, c.organisation_id AS care_id
      FROM challenge_answer a JOIN challenge c ON c.id = a.challenge_id WHERE a.id = $1""";
  private static final String INSERT = """
      INSERT INTO pilot (id, answer_id, challenge_id, showcase_id, care_organisation_id, company_id, contact_point, test_arena,
                         starts_on, ends_on, goals, status, created_by)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'planned', $12)""";
  private static final String COLUMNS = """
      p.id, p.answer_id, p.challenge_id, p.showcase_id, p.care_organisation_id, p.company_id, p.contact_point, p.test_arena,
      p.starts_on, p.ends_on, p.goals, p.status, p.outcome, p.outcome_published_at, p.updated_at""";
  private static final String BY_ID = "SELECT " + COLUMNS + " FROM pilot p WHERE p.id = $1";
  private static final String OF_SHOWCASE = "SELECT " + COLUMNS + " FROM pilot p WHERE p.showcase_id = $1 ORDER BY p.starts_on DESC, p.id";
  private static final String UPDATE = """
      UPDATE pilot SET status = $2, outcome = $3, updated_at = now(),
             outcome_published_at = CASE WHEN $4 THEN coalesce(outcome_published_at, now()) ELSE NULL END
      WHERE id = $1""";

  private final Pool pool;

  public PilotRepository(Pool pool) {
    this.pool = pool;
  }

  Pool pool() {
    return pool;
  }

  record Answer(UUID id, UUID challengeId, UUID showcaseId, UUID companyId, UUID careId) {}

  Future<Answer> answer(UUID id) {
    return pool.preparedQuery(ANSWER).execute(Tuple.of(id)).map(rows -> {
      Row r = Db.single(rows, () -> new org.ntc.hub.platform.Invalid("answerId", "no such answer"));
      return new Answer(r.getUUID("id"), r.getUUID("challenge_id"), r.getUUID("showcase_id"), r.getUUID("company_id"), r.getUUID("care_id"));
    });
  }

  Future<Void> insert(SqlClient tx, UUID id, Answer a, String contactPoint, String arena, LocalDate starts, LocalDate ends,
                      JsonObject goals, UUID author) {
    return tx.preparedQuery(INSERT).execute(Tuple.of(id, a.id(), a.challengeId(), a.showcaseId(), a.careId(), a.companyId())
        .addString(contactPoint).addString(arena).addLocalDate(starts).addLocalDate(ends).addValue(goals).addUUID(author)).mapEmpty();
  }

  public Future<Pilot> byId(UUID id) {
    return pool.preparedQuery(BY_ID).mapping(Pilot::fromRow).execute(Tuple.of(id))
        .map(rows -> Db.single(rows, () -> new NotFound("pilot", id)));
  }

  Future<Pilot> byId(SqlClient tx, UUID id) {
    return tx.preparedQuery(BY_ID).mapping(Pilot::fromRow).execute(Tuple.of(id))
        .map(rows -> Db.single(rows, () -> new NotFound("pilot", id)));
  }

  public Future<List<Pilot>> ofShowcase(UUID showcaseId) {
    return pool.preparedQuery(OF_SHOWCASE).mapping(Pilot::fromRow).execute(Tuple.of(showcaseId)).map(Db::list);
  }

  Future<Void> update(SqlClient tx, UUID id, String status, JsonObject outcome, boolean published) {
    return tx.preparedQuery(UPDATE).execute(Tuple.of(id, status, outcome, published)).mapEmpty();
  }
}
