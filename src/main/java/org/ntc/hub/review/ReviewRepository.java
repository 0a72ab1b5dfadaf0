package org.ntc.hub.review;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.NotFound;

/** Reviews, "useful" marks, and the little about a showcase their rules need. */
public final class ReviewRepository {
  /** A public showcase: listed, by a verified organisation. */
  private static final String SHOWCASE = """
      SELECT l.showcase_id, l.organisation_id, l.title FROM showcase_listing l
        JOIN organisation c ON c.id = l.organisation_id AND c.verified WHERE l.showcase_id = $1""";
  private static final String INSERT = """
      INSERT INTO showcase_review (id, showcase_id, author_id, organisation_id, setting, duration, worked, did_not_work, recommend,
                                   lang, created_at, updated_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) ON CONFLICT (showcase_id, author_id) DO NOTHING""";
  private static final String UPDATE = """
      UPDATE showcase_review SET setting = $2, duration = $3, worked = $4, did_not_work = $5, recommend = $6, lang = $7,
        updated_at = $8 WHERE id = $1""";
  private static final String DELETE = "DELETE FROM showcase_review WHERE id = $1";
  /** Answers once: a review already answered is left as it is, and the caller hears so. */
  private static final String ANSWER = """
      UPDATE showcase_review SET answer = $2, answered_by = $3, answered_at = $4 WHERE id = $1 AND answered_at IS NULL""";
  private static final String HIDE = """
      UPDATE showcase_review SET hidden_reason = $2, hidden_by = $3, hidden_at = $4 WHERE id = $1""";
  private static final String RESTORE = """
      UPDATE showcase_review SET hidden_reason = NULL, hidden_by = NULL, hidden_at = NULL WHERE id = $1""";
  private static final String BY_ID = "SELECT " + Review.COLUMNS + " " + Review.FROM + " WHERE r.id = $1";
  private static final String OF_SHOWCASE = "SELECT " + Review.COLUMNS + " " + Review.FROM + """
       WHERE r.showcase_id = $1 AND (r.hidden_at IS NULL OR $2 OR r.author_id = $3)
      ORDER BY r.created_at DESC, r.id LIMIT $4 OFFSET $5""";
  /** The summary counts shown reviews only; {@code listed} is what this viewer's list holds, hidden ones they see included. */
  private static final String COUNT = """
      SELECT count(*) FILTER (WHERE hidden_at IS NULL) AS reviews,
             count(*) FILTER (WHERE hidden_at IS NULL AND recommend = 'yes') AS yes,
             count(*) FILTER (WHERE hidden_at IS NULL AND recommend = 'with-reservations') AS with_reservations,
             count(*) FILTER (WHERE hidden_at IS NULL AND recommend = 'no') AS no,
             count(*) FILTER (WHERE hidden_at IS NULL OR $2 OR author_id = $3) AS listed
      FROM showcase_review WHERE showcase_id = $1""";
  private static final String MINE = "SELECT id FROM showcase_review WHERE showcase_id = $1 AND author_id = $2";
  private static final String MARK = "INSERT INTO showcase_useful (showcase_id, account_id) VALUES ($1, $2) ON CONFLICT DO NOTHING";
  private static final String UNMARK = "DELETE FROM showcase_useful WHERE showcase_id = $1 AND account_id = $2";
  private static final String USEFUL = """
      SELECT count(*) AS marks, COALESCE(bool_or(account_id = $2), false) AS marked FROM showcase_useful WHERE showcase_id = $1""";
  private static final String FORGET_REVIEWS = "DELETE FROM showcase_review WHERE author_id = $1";
  private static final String FORGET_MARKS = "DELETE FROM showcase_useful WHERE account_id = $1";
  /** A company's answer stays its company's; only the link to who wrote it goes. */
  private static final String FORGET_ANSWERER = "UPDATE showcase_review SET answered_by = NULL WHERE answered_by = $1";

  /** A public showcase as far as reviews need it. */
  record Showcase(UUID id, UUID organisationId, JsonObject title) {}

  /** How many shown reviews and how they recommend; how many this viewer's list holds. */
  record Counts(long reviews, long yes, long withReservations, long no, long listed) {}

  record Useful(long marks, boolean marked) {}

  private final Pool pool;

  public ReviewRepository(Pool pool) {
    this.pool = pool;
  }

  Pool pool() {
    return pool;
  }

  Future<Optional<Showcase>> showcase(UUID id) {
    return pool.preparedQuery(SHOWCASE).mapping(row -> new Showcase(row.getUUID("showcase_id"), row.getUUID("organisation_id"),
        row.getJsonObject("title"))).execute(Tuple.of(id)).map(Db::first);
  }

  /** False when the author has already reviewed the showcase. */
  Future<Boolean> insert(SqlClient tx, UUID id, UUID showcaseId, UUID authorId, UUID organisationId, NewReview r,
                         OffsetDateTime at) {
    return tx.preparedQuery(INSERT).execute(Tuple.from(new Object[] {id, showcaseId, authorId, organisationId, r.setting().code(),
        r.duration().code(), r.worked(), r.didNotWork(), r.recommend().code(), r.lang(), at})).map(rows -> rows.rowCount() == 1);
  }

  Future<Void> update(SqlClient tx, UUID id, NewReview r, OffsetDateTime at) {
    return tx.preparedQuery(UPDATE).execute(Tuple.from(new Object[] {id, r.setting().code(), r.duration().code(), r.worked(),
        r.didNotWork(), r.recommend().code(), r.lang(), at})).mapEmpty();
  }

  Future<Void> delete(SqlClient tx, UUID id) {
    return tx.preparedQuery(DELETE).execute(Tuple.of(id)).mapEmpty();
  }

  /** False when the review was already answered. */
  Future<Boolean> answer(SqlClient tx, UUID id, String text, UUID by, OffsetDateTime at) {
    return tx.preparedQuery(ANSWER).execute(Tuple.of(id, text, by, at)).map(rows -> rows.rowCount() == 1);
  }

  Future<Void> hide(SqlClient tx, UUID id, String reason, UUID by, OffsetDateTime at) {
    return tx.preparedQuery(HIDE).execute(Tuple.of(id, reason, by, at)).mapEmpty();
  }

  Future<Void> restore(SqlClient tx, UUID id) {
    return tx.preparedQuery(RESTORE).execute(Tuple.of(id)).mapEmpty();
  }

  Future<Review> byId(UUID id) {
    return pool.preparedQuery(BY_ID).mapping(Review::fromRow).execute(Tuple.of(id))
        .map(rows -> Db.single(rows, () -> new NotFound("review", id)));
  }

  /** A showcase's reviews, newest first; hidden ones only for staff ({@code all}) and their author. */
  Future<List<Review>> ofShowcase(UUID showcaseId, boolean all, UUID viewerId, int limit, int offset) {
    return pool.preparedQuery(OF_SHOWCASE).mapping(Review::fromRow)
        .execute(Tuple.of(showcaseId, all, viewerId, limit, offset)).map(Db::list);
  }

  Future<Counts> counts(UUID showcaseId, boolean all, UUID viewerId) {
    return pool.preparedQuery(COUNT).execute(Tuple.of(showcaseId, all, viewerId)).map(rows -> {
      Row row = rows.iterator().next();
      return new Counts(row.getLong("reviews"), row.getLong("yes"), row.getLong("with_reservations"), row.getLong("no"),
          row.getLong("listed"));
    });
  }

  Future<Optional<UUID>> mine(UUID showcaseId, UUID authorId) {
    return pool.preparedQuery(MINE).mapping(row -> row.getUUID("id")).execute(Tuple.of(showcaseId, authorId)).map(Db::first);
  }

  Future<Void> mark(UUID showcaseId, UUID accountId, boolean useful) {
    return pool.preparedQuery(useful ? MARK : UNMARK).execute(Tuple.of(showcaseId, accountId)).mapEmpty();
  }

  Future<Useful> useful(UUID showcaseId, UUID accountId) {
    return pool.preparedQuery(USEFUL).execute(Tuple.of(showcaseId, accountId)).map(rows -> {
      Row row = rows.iterator().next();
      return new Useful(row.getLong("marks"), row.getBoolean("marked"));
    });
  }

  Future<Void> forget(SqlClient tx, UUID accountId) {
    return tx.preparedQuery(FORGET_REVIEWS).execute(Tuple.of(accountId))
        .compose(done -> tx.preparedQuery(FORGET_MARKS).execute(Tuple.of(accountId)))
        .compose(done -> tx.preparedQuery(FORGET_ANSWERER).execute(Tuple.of(accountId))).mapEmpty();
  }
}
