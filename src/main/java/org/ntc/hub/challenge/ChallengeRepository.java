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
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.NotFound;

/** Challenges, their answers, and the ranking of published showcases against a challenge. */
public final class ChallengeRepository {
  private static final String INSERT = """
      INSERT INTO challenge (id, organisation_id, created_by, status, title, description, categories, target_groups, country,
                             languages, responses_due, expected_scale, scale)
      VALUES ($1, $2, $3, 'draft', $4, $5, $6, $7, $8, $9, $10, $11, $12)""";
  private static final String FROM = " FROM challenge c JOIN organisation o ON o.id = c.organisation_id";
  private static final String BY_ID = "SELECT " + Challenge.COLUMNS + FROM + " WHERE c.id = $1";
  private static final String PUBLISHED = "SELECT " + Challenge.COLUMNS + FROM
      + " WHERE c.status = 'published' ORDER BY c.published_at DESC, c.id LIMIT $1 OFFSET $2";
  private static final String COUNT_PUBLISHED = "SELECT count(*) FROM challenge WHERE status = 'published'";
  private static final String PENDING = "SELECT " + Challenge.COLUMNS + FROM
      + " WHERE c.status = 'pending' ORDER BY c.submitted_at, c.id";
  private static final String MOVE = """
      UPDATE challenge SET status = $2, updated_at = now(), review_comment = $4,
             submitted_at = CASE WHEN $2 = 'pending' THEN now() ELSE submitted_at END,
             published_at = CASE WHEN $2 = 'published' THEN now() ELSE published_at END
      WHERE id = $1 AND status = ANY($3) RETURNING id""";
  private static final String UPDATE = """
      UPDATE challenge SET title = $3, description = $4, categories = $5, target_groups = $6, country = $7, languages = $8,
             responses_due = $9, expected_scale = $10, scale = $11, updated_at = now(),
             status = CASE WHEN status = 'published' THEN 'pending' ELSE status END,
             submitted_at = CASE WHEN status = 'published' THEN now() ELSE submitted_at END
      WHERE id = $1 AND status = $2 RETURNING id""";
  private static final String CLOSE = """
      UPDATE challenge SET status = 'closed', closed_outcome = $2, closed_note = $3, closed_at = now(), updated_at = now()
      WHERE id = $1 AND status <> 'closed' RETURNING id""";
  private static final String OF_ORGANISATIONS = "SELECT " + Challenge.COLUMNS + FROM
      + " WHERE c.organisation_id = ANY($1) ORDER BY c.updated_at DESC, c.id LIMIT 100";
  private static final String ANSWERING = "SELECT DISTINCT organisation_id FROM challenge_answer WHERE challenge_id = $1";
  /**
   * The published showcases worth scoring against a need: those filed under one of its
   * categories or whose texts hold a stem of one of its concepts' terms. Fine scoring is done in Java.
   */
  private static final String CANDIDATES = """
      SELECT l.showcase_id, l.title, l.summary, s.published->'description' AS description, l.organisation_id,
             o.name AS organisation_name, l.categories, l.target_groups, l.countries, l.languages
      FROM showcase_listing l JOIN organisation o ON o.id = l.organisation_id AND o.verified
      JOIN showcase s ON s.id = l.showcase_id
      WHERE l.categories && $1 OR ntc_words(l.title, l.summary) LIKE ANY($2)
         OR lower((s.published->'description')::text) LIKE ANY($2)
      ORDER BY l.published_at DESC, l.showcase_id LIMIT 1000""";
  private static final String ANSWER = """
      INSERT INTO challenge_answer (id, challenge_id, showcase_id, organisation_id, author_id, proposal)
      VALUES ($1, $2, $3, $4, $5, $6) RETURNING created_at""";
  private static final String ANSWERS = """
      SELECT a.id, a.showcase_id, a.proposal, a.created_at, o.id AS organisation_id, o.name AS organisation_name,
             l.title, l.summary, l.evidence, l.regulatory, l.countries, l.languages, p.name AS author,
             (SELECT pi.id FROM pilot pi WHERE pi.answer_id = a.id) AS pilot_id
      FROM challenge_answer a
      JOIN organisation o ON o.id = a.organisation_id
      LEFT JOIN showcase_listing l ON l.showcase_id = a.showcase_id
      LEFT JOIN account p ON p.id = a.author_id AND p.erased_at IS NULL
      WHERE a.challenge_id = $1 ORDER BY a.created_at, a.id""";

  private static final String DIGEST = "SELECT " + Challenge.COLUMNS + FROM + """
       WHERE c.status = 'published' AND c.published_at > now() - interval '1 day'
        AND EXISTS (SELECT 1 FROM category_follow f JOIN membership m ON m.organisation_id = f.organisation_id
                    WHERE m.account_id = $1 AND f.category = ANY(c.categories))
      ORDER BY c.published_at DESC, c.id LIMIT 50""";

  private final Pool pool;

  public ChallengeRepository(Pool pool) {
    this.pool = pool;
  }

  Pool pool() {
    return pool;
  }

  Future<Void> insert(SqlClient tx, UUID id, NewChallenge c, UUID author) {
    return tx.preparedQuery(INSERT).execute(Tuple.of(id, c.organisationId(), author, c.title().toJson(), c.description().toJson())
            .addArrayOfString(c.categories().toArray(String[]::new)).addArrayOfString(c.targetGroups().toArray(String[]::new))
            .addString(c.country().name()).addArrayOfString(c.languages().toArray(String[]::new)).addLocalDate(c.responsesDue())
            .addString(c.expectedScale()).addInteger(c.scale()))
        .mapEmpty();
  }

  Future<Challenge> byId(UUID id) {
    return pool.preparedQuery(BY_ID).mapping(Challenge::fromRow).execute(Tuple.of(id))
        .map(rows -> Db.single(rows, () -> new NotFound("challenge", id)));
  }

  Future<List<Challenge>> published(int limit, int offset) {
    return pool.preparedQuery(PUBLISHED).mapping(Challenge::fromRow).execute(Tuple.of(limit, offset)).map(Db::list);
  }

  Future<Long> countPublished() {
    return pool.preparedQuery(COUNT_PUBLISHED).execute().map(Db::count);
  }

  /** Needs published in the last day in a category one of the person's organisations follows. */
  Future<List<Challenge>> digest(UUID accountId) {
    return pool.preparedQuery(DIGEST).mapping(Challenge::fromRow).execute(Tuple.of(accountId)).map(Db::list);
  }

  public Future<List<Challenge>> pending() {
    return pool.preparedQuery(PENDING).mapping(Challenge::fromRow).execute().map(Db::list);
  }

  /** Moves the need to {@code to} if it is in one of the {@code from} states; false if it was not. */
  Future<Boolean> move(SqlClient tx, UUID id, ChallengeStatus to, List<ChallengeStatus> from, String comment) {
    String[] states = from.stream().map(ChallengeStatus::code).toArray(String[]::new);
    return tx.preparedQuery(MOVE).execute(Tuple.of(id, to.code(), states, comment)).map(rows -> rows.rowCount() == 1);
  }

  Future<List<Matching.Candidate>> candidates(List<String> categories, List<String> patterns) {
    return pool.preparedQuery(CANDIDATES).mapping(ChallengeRepository::candidate)
        .execute(Tuple.tuple().addArrayOfString(categories.toArray(String[]::new))
            .addArrayOfString(patterns.toArray(String[]::new)))
        .map(Db::list);
  }

  private static Matching.Candidate candidate(Row row) {
    Object description = row.getValue("description");
    return new Matching.Candidate(row.getUUID("showcase_id"), Localised.of(row.getJsonObject("title")),
        Localised.of(row.getJsonObject("summary")), Localised.of(description instanceof JsonObject d ? d : null),
        row.getUUID("organisation_id"), row.getString("organisation_name"), List.of(row.getArrayOfStrings("categories")),
        List.of(row.getArrayOfStrings("target_groups")), List.of(row.getArrayOfStrings("countries")),
        List.of(row.getArrayOfStrings("languages")));
  }

  Future<Void> answer(SqlClient tx, UUID id, UUID challengeId, NewAnswer answer, UUID organisationId, UUID author) {
    return tx.preparedQuery(ANSWER)
        .execute(Tuple.of(id, challengeId, answer.showcaseId(), organisationId, author, answer.proposal())).mapEmpty();
  }

  Future<List<Answer>> answers(UUID challengeId) {
    return pool.preparedQuery(ANSWERS).mapping(Answer::fromRow).execute(Tuple.of(challengeId)).map(Db::list);
  }

  private static final String PUBLISHED_OF = "SELECT " + Challenge.COLUMNS + FROM
      + " WHERE c.organisation_id = $1 AND c.status = 'published' ORDER BY c.published_at DESC, c.id LIMIT 50";

  /** An organisation's open needs, newest first, for its profile. */
  Future<List<Challenge>> publishedOf(UUID organisationId) {
    return pool.preparedQuery(PUBLISHED_OF).mapping(Challenge::fromRow).execute(Tuple.of(organisationId)).map(Db::list);
  }

  /**
   * Writes the edited need if it is still in {@code from}; a published need goes back to review.
   * False if it changed state meanwhile.
   */
  Future<Boolean> update(SqlClient tx, UUID id, ChallengeStatus from, NewChallenge c) {
    return tx.preparedQuery(UPDATE).execute(Tuple.of(id, from.code(), c.title().toJson(), c.description().toJson())
            .addArrayOfString(c.categories().toArray(String[]::new)).addArrayOfString(c.targetGroups().toArray(String[]::new))
            .addString(c.country().name()).addArrayOfString(c.languages().toArray(String[]::new)).addLocalDate(c.responsesDue())
            .addString(c.expectedScale()).addInteger(c.scale()))
        .map(rows -> rows.rowCount() == 1);
  }

  /** Closes the need with its outcome; false if it was already closed. */
  Future<Boolean> close(SqlClient tx, UUID id, ChallengeClosing closing) {
    return tx.preparedQuery(CLOSE).execute(Tuple.of(id, closing.outcome().code(), closing.note()))
        .map(rows -> rows.rowCount() == 1);
  }

  /** The needs of these organisations in every state, last changed first. */
  Future<List<Challenge>> ofOrganisations(List<UUID> organisationIds) {
    return pool.preparedQuery(OF_ORGANISATIONS).mapping(Challenge::fromRow)
        .execute(Tuple.of(organisationIds.toArray(UUID[]::new))).map(Db::list);
  }

  /** The companies that answered the need. */
  Future<List<UUID>> answering(SqlClient tx, UUID challengeId) {
    return tx.preparedQuery(ANSWERING).mapping(row -> row.getUUID("organisation_id")).execute(Tuple.of(challengeId))
        .map(Db::list);
  }
}
