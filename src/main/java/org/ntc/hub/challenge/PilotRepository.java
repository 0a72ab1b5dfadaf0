package org.ntc.hub.challenge;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Site;

/** Pilots run from answers. */
public final class PilotRepository {
  private static final String SOURCE = """
      SELECT a.id, a.challenge_id, a.showcase_id, a.organisation_id AS company_id, c.organisation_id AS care_id
      FROM challenge_answer a JOIN challenge c ON c.id = a.challenge_id WHERE a.id = $1""";
  private static final String INSERT = """
      INSERT INTO pilot (id, answer_id, challenge_id, showcase_id, care_organisation_id, company_id, contact_point, test_arena,
                         starts_on, ends_on, goals, status, created_by)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'planned', $12)""";
  private static final String COLUMNS = """
      p.id, p.answer_id, p.challenge_id, p.showcase_id, p.care_organisation_id, p.company_id, p.contact_point, p.test_arena,
      p.starts_on, p.ends_on, p.goals, p.status, p.outcome, p.outcome_published_at, p.updated_at, p.evaluation, p.evaluated_at""";
  private static final String BY_ID = "SELECT " + COLUMNS + " FROM pilot p WHERE p.id = $1";
  private static final String OF_SHOWCASE = "SELECT " + COLUMNS + " FROM pilot p WHERE p.showcase_id = $1 ORDER BY p.starts_on DESC, p.id";
  /** The pilot with what a page names: the need, the showcase, both organisations, when it was started. */
  private static final String NAMES = """
      , p.created_at, ch.title AS challenge_title, coalesce(s.published -> 'title', s.content -> 'title') AS showcase_title,
      co.name AS company_name, care.name AS care_name
      FROM pilot p JOIN challenge ch ON ch.id = p.challenge_id JOIN showcase s ON s.id = p.showcase_id
      JOIN organisation co ON co.id = p.company_id JOIN organisation care ON care.id = p.care_organisation_id""";
  private static final String NAMED = "SELECT " + COLUMNS + NAMES + " WHERE p.id = $1";
  private static final String FILTER = """
       WHERE ($1::uuid IS NULL OR p.showcase_id = $1) AND ($2::text IS NULL OR p.contact_point = $2)
      AND ($3::text IS NULL OR p.status = $3) AND ($4 OR p.status <> 'cancelled')""";
  private static final String LIST = "SELECT " + COLUMNS + NAMES + FILTER + " ORDER BY p.starts_on DESC, p.id LIMIT $5 OFFSET $6";
  private static final String COUNT = "SELECT count(*) FROM pilot p" + FILTER;
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

  /** The answer a pilot starts from, and the two organisations it brings together. */
  record Source(UUID answerId, UUID challengeId, UUID showcaseId, UUID companyId, UUID careId) {
    static Source fromRow(Row row) {
      return new Source(row.getUUID("id"), row.getUUID("challenge_id"), row.getUUID("showcase_id"), row.getUUID("company_id"),
          row.getUUID("care_id"));
    }
  }

  Future<Source> source(UUID answerId) {
    return pool.preparedQuery(SOURCE).mapping(Source::fromRow).execute(Tuple.of(answerId))
        .map(rows -> Db.single(rows, () -> new Invalid("answerId", "no such answer")));
  }

  Future<Void> insert(SqlClient tx, UUID id, Source source, NewPilot pilot, UUID author) {
    return tx.preparedQuery(INSERT).execute(Tuple.of(id, source.answerId(), source.challengeId(), source.showcaseId(),
            source.careId(), source.companyId())
        .addString(pilot.contactPoint().id()).addString(pilot.testArena()).addLocalDate(pilot.startsOn())
        .addLocalDate(pilot.endsOn()).addValue(pilot.goals().toJson()).addUUID(author)).mapEmpty();
  }

  Future<Pilot> byId(SqlClient client, UUID id) {
    return client.preparedQuery(BY_ID).mapping(Pilot::fromRow).execute(Tuple.of(id))
        .map(rows -> Db.single(rows, () -> new NotFound("pilot", id)));
  }

  Future<Pilot> byId(UUID id) {
    return byId(pool, id);
  }

  Future<List<Pilot>> ofShowcase(UUID showcaseId) {
    return pool.preparedQuery(OF_SHOWCASE).mapping(Pilot::fromRow).execute(Tuple.of(showcaseId)).map(Db::list);
  }

  Future<Void> update(SqlClient tx, UUID id, PilotStatus status, PilotOutcome outcome, boolean published) {
    return tx.preparedQuery(UPDATE)
        .execute(Tuple.of(id, status.code(), outcome == null ? null : outcome.toJson(), published)).mapEmpty();
  }

  private static final String PUBLISHED_OUTCOMES_OF = "SELECT " + COLUMNS + """
       FROM pilot p WHERE (p.company_id = $1 OR p.care_organisation_id = $1)
        AND p.outcome_published_at IS NOT NULL AND p.outcome IS NOT NULL AND p.status <> 'cancelled'
      ORDER BY p.outcome_published_at DESC, p.id LIMIT 50""";

  /** Pilots an organisation took part in, as company or as care organisation, whose outcome is published. */
  Future<List<Pilot>> publishedOutcomesOf(UUID organisationId) {
    return pool.preparedQuery(PUBLISHED_OUTCOMES_OF).mapping(Pilot::fromRow).execute(Tuple.of(organisationId)).map(Db::list);
  }

  Future<PilotView> named(UUID id) {
    return pool.preparedQuery(NAMED).mapping(PilotView::fromRow).execute(Tuple.of(id))
        .map(rows -> Db.single(rows, () -> new NotFound("pilot", id)));
  }

  /** The pilots the query names, with their names, newest start first; cancelled ones only when asked for {@code withCancelled}. */
  Future<List<PilotView>> list(PilotQuery query, boolean withCancelled, int limit, int offset) {
    return pool.preparedQuery(LIST).mapping(PilotView::fromRow).execute(filter(query, withCancelled).addInteger(limit)
        .addInteger(offset)).map(Db::list);
  }

  Future<Long> count(PilotQuery query, boolean withCancelled) {
    return pool.preparedQuery(COUNT).execute(filter(query, withCancelled)).map(Db::count);
  }

  private static Tuple filter(PilotQuery query, boolean withCancelled) {
    return Tuple.of(query.showcaseId().orElse(null), query.contactPoint().map(Site::id).orElse(null),
        query.status().map(PilotStatus::code).orElse(null), withCancelled);
  }

  private static final String EVALUATE = """
      UPDATE pilot SET evaluation = $2, evaluated_at = now(), evaluated_by = $3, updated_at = now() WHERE id = $1""";

  Future<Void> evaluate(SqlClient tx, UUID id, PilotEvaluation evaluation, UUID author) {
    return tx.preparedQuery(EVALUATE).execute(Tuple.of(id, evaluation.toJson(), author)).mapEmpty();
  }

  private static final String SHOWCASE_TITLE = "SELECT COALESCE(published, content)->'title' AS title FROM showcase WHERE id = $1";

  /** A showcase's title as its public copy has it (its working copy before it is published), for what a pilot's news says. */
  Future<JsonObject> showcaseTitle(SqlClient client, UUID showcaseId) {
    return client.preparedQuery(SHOWCASE_TITLE).execute(Tuple.of(showcaseId))
        .map(rows -> rows.iterator().hasNext() ? rows.iterator().next().getJsonObject("title") : new JsonObject());
  }
}
