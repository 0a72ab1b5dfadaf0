package org.ntc.hub.training;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Times;

/** Trainings, seat pools and enrolments. Seat counting happens under a lock on the pool row. */
public final class TrainingRepository {
  private static final String INSERT = """
      INSERT INTO training (id, organisation_id, created_by, status, title, description, format, contact_point, starts_at,
                            ends_at, enrolment_closes_at, language, audience, join_link, showcase_ids, submitted_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, CASE WHEN $4 = 'pending' THEN now() END)""";
  private static final String LINKED_SHOWCASES = """
      SELECT l.showcase_id, l.title FROM showcase_listing l JOIN training t ON l.showcase_id = ANY(t.showcase_ids)
      WHERE t.id = $1""";
  private static final String INSERT_POOL = "INSERT INTO training_seat_pool (training_id, site, capacity) VALUES ($1, $2, $3)";
  private static final String BY_ID = "SELECT " + Training.COLUMNS + " FROM training t WHERE t.id = $1";
  private static final String UPCOMING = "SELECT " + Training.COLUMNS + """
       FROM training t
      WHERE t.status = 'published' AND t.starts_at >= $1 AND t.starts_at < $2
        AND ($3::text IS NULL OR t.contact_point = $3) AND ($4::text IS NULL OR t.audience @> ARRAY[$4::text])
        AND ($7::text IS NULL OR t.language = $7)
      ORDER BY t.starts_at, t.id LIMIT $5 OFFSET $6""";
  private static final String COUNT_UPCOMING = """
      SELECT count(*) FROM training t
      WHERE t.status = 'published' AND t.starts_at >= $1 AND t.starts_at < $2
        AND ($3::text IS NULL OR t.contact_point = $3) AND ($4::text IS NULL OR t.audience @> ARRAY[$4::text])
        AND ($5::text IS NULL OR t.language = $5)""";
  private static final String PENDING = "SELECT " + Training.COLUMNS + " FROM training t WHERE t.status = 'pending' ORDER BY t.submitted_at, t.id";
  private static final String REVIEW = """
      UPDATE training SET status = $2, updated_at = now() WHERE id = $1 AND status = 'pending' RETURNING id""";
  private static final String LOCK_POOL = "SELECT capacity FROM training_seat_pool WHERE training_id = $1 AND site = $2 FOR UPDATE";
  private static final String ACTIVE_ENROLMENT = """
      SELECT id, site, status FROM enrolment WHERE training_id = $1 AND account_id = $2 AND status <> 'cancelled'""";
  private static final String CONFIRMED = "SELECT count(*) FROM enrolment WHERE training_id = $1 AND site = $2 AND status = 'confirmed'";
  private static final String INSERT_ENROLMENT = """
      INSERT INTO enrolment (id, training_id, account_id, site, status, confirmed_at)
      VALUES ($1, $2, $3, $4, $5, CASE WHEN $5 = 'confirmed' THEN now() END) RETURNING arrival""";
  private static final String POSITION = """
      SELECT count(*) FROM enrolment WHERE training_id = $1 AND site = $2 AND status = 'waitlisted' AND arrival <= $3""";
  private static final String UPCOMING_ENROLMENTS = """
      SELECT e.training_id, e.site, t.title, t.starts_at FROM enrolment e JOIN training t ON t.id = e.training_id
      WHERE e.account_id = $1 AND e.status <> 'cancelled' AND t.starts_at > now() ORDER BY e.training_id, e.site""";
  private static final String CANCEL = "UPDATE enrolment SET status = 'cancelled', cancelled_at = now() WHERE id = $1";
  private static final String PROMOTE = """
      UPDATE enrolment SET status = 'confirmed', confirmed_at = now()
      WHERE id = (SELECT id FROM enrolment WHERE training_id = $1 AND site = $2 AND status = 'waitlisted' ORDER BY arrival LIMIT 1)
      RETURNING account_id""";
  private static final String ENROLMENTS = """
      SELECT e.id, e.site, e.status, e.created_at, e.attended_at, a.id AS account_id, a.name, a.email,
             CASE WHEN e.status = 'waitlisted' THEN
               (SELECT count(*) FROM enrolment w WHERE w.training_id = e.training_id AND w.site = e.site
                  AND w.status = 'waitlisted' AND w.arrival <= e.arrival) END AS position
      FROM enrolment e JOIN account a ON a.id = e.account_id
      WHERE e.training_id = $1 AND e.status <> 'cancelled' ORDER BY e.site, e.status, e.arrival""";
  private static final String MARK_ATTENDANCE = """
      UPDATE enrolment SET attended_at = CASE WHEN $3 THEN now() ELSE NULL END
      WHERE training_id = $1 AND account_id = $2 AND status = 'confirmed' RETURNING id""";
  private static final String ATTENDED = """
      SELECT a.name FROM enrolment e JOIN account a ON a.id = e.account_id
      WHERE e.training_id = $1 AND e.account_id = $2 AND e.attended_at IS NOT NULL AND e.status = 'confirmed'""";
  private static final String SET_FEED = """
      INSERT INTO calendar_feed (account_id, token_hash) VALUES ($1, $2)
      ON CONFLICT (account_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()""";
  private static final String DELETE_FEED = "DELETE FROM calendar_feed WHERE account_id = $1";
  private static final String FEED = "SELECT " + Training.COLUMNS + """
       FROM calendar_feed f JOIN enrolment e ON e.account_id = f.account_id AND e.status <> 'cancelled'
       JOIN training t ON t.id = e.training_id
      WHERE f.token_hash = $1 AND t.status = 'published' ORDER BY t.starts_at""";
  private static final String FEED_EXISTS = "SELECT 1 FROM calendar_feed WHERE token_hash = $1";
  private static final String MINE = """
      SELECT e.training_id, e.site, e.status, e.attended_at, t.title, t.starts_at, t.ends_at, t.contact_point
      FROM enrolment e JOIN training t ON t.id = e.training_id
      WHERE e.account_id = $1 AND e.status <> 'cancelled' ORDER BY t.starts_at DESC""";

  private final Pool pool;

  public TrainingRepository(Pool pool) {
    this.pool = pool;
  }

  Pool pool() {
    return pool;
  }

  Future<Void> insert(SqlClient tx, UUID id, NewTraining t, UUID createdBy, String status) {
    Tuple row = Tuple.of(id, t.organisationId(), createdBy, status, t.title().toJson(), t.description().toJson())
        .addString(t.format()).addString(t.contactPoint()).addOffsetDateTime(t.startsAt()).addOffsetDateTime(t.endsAt())
        .addOffsetDateTime(t.enrolmentClosesAt()).addString(t.language()).addArrayOfString(t.audience().toArray(String[]::new))
        .addString(t.joinLink()).addArrayOfUUID(t.showcaseIds().toArray(UUID[]::new));
    List<Tuple> pools = new ArrayList<>();
    t.seatPools().forEach((site, capacity) -> pools.add(Tuple.of(id, site, capacity)));
    return tx.preparedQuery(INSERT).execute(row).compose(done -> tx.preparedQuery(INSERT_POOL).executeBatch(pools)).mapEmpty();
  }

  public Future<Training> byId(UUID id) {
    return byId(pool, id);
  }

  Future<Training> byId(SqlClient client, UUID id) {
    return client.preparedQuery(BY_ID).mapping(Training::fromRow).execute(Tuple.of(id))
        .map(rows -> Db.single(rows, () -> new NotFound("training", id)));
  }

  Future<List<Training>> upcoming(OffsetDateTime from, OffsetDateTime to, String contactPoint, String audience, String language,
                                  int limit, int offset) {
    return pool.preparedQuery(UPCOMING).mapping(Training::fromRow)
        .execute(Tuple.of(from, to, contactPoint, audience, limit, offset).addString(language)).map(Db::list);
  }

  Future<Long> countUpcoming(OffsetDateTime from, OffsetDateTime to, String contactPoint, String audience, String language) {
    return pool.preparedQuery(COUNT_UPCOMING).execute(Tuple.of(from, to, contactPoint, audience, language))
        .map(rows -> rows.iterator().next().getLong(0));
  }

  public Future<List<Training>> pending() {
    return pool.preparedQuery(PENDING).mapping(Training::fromRow).execute().map(Db::list);
  }

  Future<Boolean> review(SqlClient tx, UUID id, String status) {
    return tx.preparedQuery(REVIEW).execute(Tuple.of(id, status)).map(rows -> rows.rowCount() == 1);
  }

  /** Locks the pool; false when the training has no such site. */
  Future<Optional<Integer>> lockPool(SqlClient tx, UUID trainingId, String site) {
    return tx.preparedQuery(LOCK_POOL).execute(Tuple.of(trainingId, site)).map(rows -> {
      var it = rows.iterator();
      return it.hasNext() ? Optional.of(it.next().getInteger("capacity")) : Optional.empty();
    });
  }

  Future<Optional<Row>> activeEnrolment(SqlClient client, UUID trainingId, UUID accountId) {
    return client.preparedQuery(ACTIVE_ENROLMENT).execute(Tuple.of(trainingId, accountId)).map(rows -> {
      var it = rows.iterator();
      return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
    });
  }

  Future<Long> confirmed(SqlClient tx, UUID trainingId, String site) {
    return tx.preparedQuery(CONFIRMED).execute(Tuple.of(trainingId, site)).map(rows -> rows.iterator().next().getLong(0));
  }

  /** Inserts the enrolment and answers its waitlist position (0 when confirmed). */
  Future<Long> enrol(SqlClient tx, UUID id, UUID trainingId, UUID accountId, String site, String status) {
    return tx.preparedQuery(INSERT_ENROLMENT).execute(Tuple.of(id, trainingId, accountId, site, status))
        .compose(rows -> status.equals("confirmed") ? Future.succeededFuture(0L)
            : tx.preparedQuery(POSITION).execute(Tuple.of(trainingId, site, rows.iterator().next().getLong("arrival")))
                .map(count -> count.iterator().next().getLong(0)));
  }

  /** The person's live enrolments in trainings that have not started, in the order their pools are to be locked. */
  Future<List<Row>> upcomingEnrolments(SqlClient tx, UUID accountId) {
    return tx.preparedQuery(UPCOMING_ENROLMENTS).execute(Tuple.of(accountId)).map(Db::list);
  }

  Future<Void> cancel(SqlClient tx, UUID enrolmentId) {
    return tx.preparedQuery(CANCEL).execute(Tuple.of(enrolmentId)).mapEmpty();
  }

  /** Confirms the first on the pool's waitlist, if any; answers who that is. */
  Future<Optional<UUID>> promote(SqlClient tx, UUID trainingId, String site) {
    return tx.preparedQuery(PROMOTE).execute(Tuple.of(trainingId, site)).map(rows -> {
      var it = rows.iterator();
      return it.hasNext() ? Optional.of(it.next().getUUID("account_id")) : Optional.<UUID>empty();
    });
  }

  Future<List<JsonObject>> enrolments(UUID trainingId) {
    return pool.preparedQuery(ENROLMENTS).execute(Tuple.of(trainingId)).map(rows -> {
      List<JsonObject> list = new ArrayList<>();
      rows.forEach(r -> {
        JsonObject json = new JsonObject().put("id", r.getUUID("id").toString()).put("site", r.getString("site"))
            .put("status", r.getString("status")).put("enrolledAt", Times.rfc3339(r.getOffsetDateTime("created_at")))
            .put("person", new JsonObject().put("id", r.getUUID("account_id").toString()).put("name", r.getString("name"))
                .put("email", r.getString("email")));
        if (r.getValue("position") != null) json.put("position", r.getLong("position"));
        json.put("attended", r.getOffsetDateTime("attended_at") != null);
        list.add(json);
      });
      return list;
    });
  }

  Future<Boolean> markAttendance(UUID trainingId, UUID accountId, boolean attended) {
    return pool.preparedQuery(MARK_ATTENDANCE).execute(Tuple.of(trainingId, accountId, attended)).map(rows -> rows.rowCount() == 1);
  }

  /** The participant's name if they attended, for their certificate. */
  Future<Optional<String>> attendee(UUID trainingId, UUID accountId) {
    return pool.preparedQuery(ATTENDED).execute(Tuple.of(trainingId, accountId)).map(rows -> {
      var it = rows.iterator();
      return it.hasNext() ? Optional.of(it.next().getString("name")) : Optional.empty();
    });
  }

  Future<Void> setFeed(UUID accountId, String tokenHash) {
    return pool.preparedQuery(SET_FEED).execute(Tuple.of(accountId, tokenHash)).mapEmpty();
  }

  Future<Boolean> deleteFeed(UUID accountId) {
    return pool.preparedQuery(DELETE_FEED).execute(Tuple.of(accountId)).map(rows -> rows.rowCount() == 1);
  }

  /** The trainings behind a feed, or empty when no feed has that token. */
  Future<Optional<List<Training>>> feed(String tokenHash) {
    return pool.preparedQuery(FEED_EXISTS).execute(Tuple.of(tokenHash)).compose(exists -> {
      if (!exists.iterator().hasNext()) return Future.succeededFuture(Optional.<List<Training>>empty());
      return pool.preparedQuery(FEED).mapping(Training::fromRow).execute(Tuple.of(tokenHash)).map(rows -> Optional.of(Db.list(rows)));
    });
  }

  /** Published showcases the training names, with their localised titles. */
  public Future<List<JsonObject>> linkedShowcases(UUID trainingId) {
    return pool.preparedQuery(LINKED_SHOWCASES).execute(Tuple.of(trainingId)).map(rows -> {
      List<JsonObject> list = new ArrayList<>();
      rows.forEach(r -> list.add(new JsonObject().put("id", r.getUUID("showcase_id").toString()).put("title", r.getJsonObject("title"))));
      return list;
    });
  }

  Future<List<Row>> mine(UUID accountId) {
    return pool.preparedQuery(MINE).execute(Tuple.of(accountId)).map(Db::list);
  }
}
