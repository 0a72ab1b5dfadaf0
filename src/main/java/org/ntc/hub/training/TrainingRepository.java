package org.ntc.hub.training;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Paging;

/** Trainings, seat pools and enrolments. Seat counting happens under a lock on the pool row. */
public final class TrainingRepository {
  private static final String INSERT = """
      INSERT INTO training (id, organisation_id, created_by, status, title, description, format, contact_point, starts_at,
                            ends_at, enrolment_closes_at, language, audience, join_link, showcase_ids, submitted_at,
                            trainer, room, street_address, join_instructions, kind, meeting_minutes, meeting_tables)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, CASE WHEN $4 = 'pending' THEN now() END,
              $16, $17, $18, $19, $20, $21, $22)""";
  private static final String LINKED_SHOWCASES = """
      SELECT l.showcase_id, l.title FROM showcase_listing l JOIN training t ON l.showcase_id = ANY(t.showcase_ids)
      WHERE t.id = $1""";
  /** The topics of the published showcases a training covers, each once. */
  private static final String LINKED_CATEGORIES = """
      SELECT DISTINCT c.category FROM training t JOIN showcase_listing l ON l.showcase_id = ANY(t.showcase_ids),
             unnest(l.categories) AS c(category)
      WHERE t.id = $1""";
  private static final String INSERT_POOL = "INSERT INTO training_seat_pool (training_id, site, capacity) VALUES ($1, $2, $3)";
  private static final String BY_ID = "SELECT " + Training.COLUMNS + " FROM training t WHERE t.id = $1";
  private static final String UPCOMING = "SELECT " + Training.COLUMNS + """
       FROM training t
      WHERE t.status = 'published' AND t.starts_at >= $1 AND t.starts_at < $2
        AND ($3::text IS NULL OR t.contact_point = $3) AND ($4::text IS NULL OR t.audience @> ARRAY[$4::text])
        AND ($7::text IS NULL OR t.language = $7) AND ($8::text IS NULL OR t.kind = $8)
      ORDER BY t.starts_at, t.id LIMIT $5 OFFSET $6""";
  private static final String COUNT_UPCOMING = """
      SELECT count(*) FROM training t
      WHERE t.status = 'published' AND t.starts_at >= $1 AND t.starts_at < $2
        AND ($3::text IS NULL OR t.contact_point = $3) AND ($4::text IS NULL OR t.audience @> ARRAY[$4::text])
        AND ($5::text IS NULL OR t.language = $5) AND ($6::text IS NULL OR t.kind = $6)""";
  private static final String PENDING = "SELECT " + Training.COLUMNS + " FROM training t WHERE t.status = 'pending' ORDER BY t.submitted_at, t.id";
  private static final String REVIEW = """
      UPDATE training SET status = $2, updated_at = now() WHERE id = $1 AND status = 'pending' RETURNING id""";
  private static final String LOCK_POOL = "SELECT capacity FROM training_seat_pool WHERE training_id = $1 AND site = $2 FOR UPDATE";
  private static final String ACTIVE_ENROLMENT = """
      SELECT site, status, offer_expires_at FROM enrolment WHERE training_id = $1 AND account_id = $2 AND status <> 'cancelled'""";
  private static final String UPCOMING_ENROLMENTS = """
      SELECT e.training_id, e.site, t.title, t.starts_at FROM enrolment e JOIN training t ON t.id = e.training_id
      WHERE e.account_id = $1 AND e.status <> 'cancelled' AND t.starts_at > now() ORDER BY e.training_id, e.site""";
  /** Gives up the person's live enrolment and answers the status it had: whether a seat is now free. */
  private static final String CANCEL = """
      UPDATE enrolment e SET status = 'cancelled', cancelled_at = now()
      FROM enrolment held WHERE held.id = e.id AND e.training_id = $1 AND e.account_id = $2 AND e.status <> 'cancelled'
      RETURNING held.status""";
  private static final String ENROLMENTS = """
      SELECT e.id, e.site, e.status, e.created_at, e.attended_at, e.offer_expires_at, a.id AS account_id, a.name, a.email,
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
      , e.site AS enrolment_site, e.status AS enrolment_status
       FROM calendar_feed f JOIN enrolment e ON e.account_id = f.account_id AND e.status <> 'cancelled'
       JOIN training t ON t.id = e.training_id
      WHERE f.token_hash = $1 AND t.status IN ('published', 'cancelled') ORDER BY t.starts_at""";
  private static final String ADDRESSEE = "SELECT name, email FROM account WHERE id = $1 AND erased_at IS NULL";
  private static final String FEED_EXISTS = "SELECT 1 FROM calendar_feed WHERE token_hash = $1";
  private static final String FEED_OWNER = "SELECT account_id FROM calendar_feed WHERE token_hash = $1";
  private static final String MINE = """
      SELECT e.training_id, e.site, e.status, e.attended_at, e.offer_expires_at, t.title, t.starts_at, t.ends_at, t.contact_point,
             t.status AS training_status
      FROM enrolment e JOIN training t ON t.id = e.training_id
      WHERE e.account_id = $1 AND e.status <> 'cancelled' ORDER BY t.starts_at DESC""";

  private static final String LOCK_POOLS = "SELECT site FROM training_seat_pool WHERE training_id = $1 ORDER BY site FOR UPDATE";
  /** A member's edit of a training sent back to them is a new submission; any other keeps its status. */
  private static final String UPDATE = """
      UPDATE training SET title = $2, description = $3, format = $4, contact_point = $5, starts_at = $6, ends_at = $7,
             enrolment_closes_at = $8, language = $9, audience = $10, join_link = $11, trainer = $12, room = $13,
             street_address = $14, join_instructions = $15, sequence = sequence + 1, updated_at = now(),
             kind = $17, meeting_minutes = $18, meeting_tables = $19,
             status = CASE WHEN status = 'changes-requested' AND $16 THEN 'pending' ELSE status END,
             submitted_at = CASE WHEN status = 'changes-requested' AND $16 THEN now() ELSE submitted_at END
      WHERE id = $1 AND status <> 'cancelled' RETURNING status""";
  private static final String RESIZE = "UPDATE training_seat_pool SET capacity = $3 WHERE training_id = $1 AND site = $2";
  private static final String PROMOTE_SOME = """
      UPDATE enrolment SET status = 'confirmed', confirmed_at = now()
      WHERE id IN (SELECT id FROM enrolment WHERE training_id = $1 AND site = $2 AND status = 'waitlisted'
                   ORDER BY arrival LIMIT $3)
      RETURNING account_id""";
  private static final String PARTICIPANTS = "SELECT account_id FROM enrolment WHERE training_id = $1 AND status <> 'cancelled'";
  private static final String CALL_OFF = """
      UPDATE training SET cancelled_from = status, status = 'cancelled', cancel_reason = $2, cancelled_at = now(),
             sequence = sequence + 1, updated_at = now()
      WHERE id = $1 AND status <> 'cancelled' RETURNING cancelled_from""";

  /** Whom a training's calendar message is addressed to. */
  record Addressee(String name, String email) {}

  /** A live enrolment of someone in a training still to come, as an account's erasure gives it up. */
  record UpcomingPlace(UUID trainingId, PoolSite site, Localised title, OffsetDateTime startsAt) {}

  private final Pool pool;

  public TrainingRepository(Pool pool) {
    this.pool = pool;
  }

  Pool pool() {
    return pool;
  }

  Future<Void> insert(SqlClient tx, UUID id, NewTraining t, UUID createdBy, TrainingStatus status) {
    Tuple row = Tuple.of(id, t.organisationId(), createdBy, status.code(), t.title().toJson(), t.description().toJson())
        .addString(t.format().code()).addString(t.contactPoint().id()).addOffsetDateTime(t.startsAt())
        .addOffsetDateTime(t.endsAt()).addOffsetDateTime(t.enrolmentClosesAt()).addString(t.language())
        .addArrayOfString(t.audience().stream().map(Audience::code).toArray(String[]::new))
        .addString(t.joinLink()).addArrayOfUUID(t.showcaseIds().toArray(UUID[]::new))
        .addString(t.details().trainer()).addString(t.details().room()).addString(t.details().streetAddress())
        .addString(t.details().joinInstructions()).addString(t.kind().code())
        .addInteger(t.slots() == null ? null : t.slots().minutes()).addInteger(t.slots() == null ? null : t.slots().tables());
    List<Tuple> pools = t.seatPools().entrySet().stream().map(p -> Tuple.of(id, p.getKey().code(), p.getValue())).toList();
    return tx.preparedQuery(INSERT).execute(row).compose(done -> tx.preparedQuery(INSERT_POOL).executeBatch(pools)).mapEmpty();
  }

  Future<Training> byId(UUID id) {
    return byId(pool, id);
  }

  Future<Training> byId(SqlClient client, UUID id) {
    return client.preparedQuery(BY_ID).mapping(Training::fromRow).execute(Tuple.of(id))
        .map(rows -> Db.single(rows, () -> new NotFound("training", id)));
  }

  Future<List<Training>> upcoming(TrainingQuery query, Paging paging) {
    return pool.preparedQuery(UPCOMING).mapping(Training::fromRow)
        .execute(filters(query).addInteger(paging.pageSize()).addInteger(paging.offset()).addString(query.language())
            .addString(query.kind() == null ? null : query.kind().code()))
        .map(Db::list);
  }

  Future<Long> countUpcoming(TrainingQuery query) {
    return pool.preparedQuery(COUNT_UPCOMING).execute(filters(query).addString(query.language())
        .addString(query.kind() == null ? null : query.kind().code())).map(Db::count);
  }

  private static Tuple filters(TrainingQuery query) {
    return Tuple.of(query.from(), query.to(), query.contactPoint() == null ? null : query.contactPoint().id(),
        query.audience() == null ? null : query.audience().code());
  }

  Future<List<Training>> pending() {
    return pool.preparedQuery(PENDING).mapping(Training::fromRow).execute().map(Db::list);
  }

  Future<Boolean> review(SqlClient tx, UUID id, TrainingStatus status) {
    return tx.preparedQuery(REVIEW).execute(Tuple.of(id, status.code())).map(rows -> rows.rowCount() == 1);
  }

  /** Locks the pool and answers its capacity; empty when the training has no such site. */
  Future<Optional<Integer>> lockPool(SqlClient tx, UUID trainingId, PoolSite site) {
    return tx.preparedQuery(LOCK_POOL).mapping(row -> row.getInteger("capacity")).execute(Tuple.of(trainingId, site.code()))
        .map(Db::first);
  }

  Future<Optional<MyEnrolment>> activeEnrolment(UUID trainingId, UUID accountId) {
    return pool.preparedQuery(ACTIVE_ENROLMENT)
        .mapping(row -> new MyEnrolment(Coded.of(EnrolmentStatus.class, row.getString("status")),
            Coded.of(PoolSite.class, row.getString("site")), row.getOffsetDateTime("offer_expires_at")))
        .execute(Tuple.of(trainingId, accountId)).map(Db::first);
  }

  /** The person's live enrolments in trainings that have not started, in the order their pools are to be locked. */
  Future<List<UpcomingPlace>> upcomingEnrolments(SqlClient tx, UUID accountId) {
    return tx.preparedQuery(UPCOMING_ENROLMENTS)
        .mapping(row -> new UpcomingPlace(row.getUUID("training_id"), Coded.of(PoolSite.class, row.getString("site")),
            Localised.of(row.getJsonObject("title")), row.getOffsetDateTime("starts_at")))
        .execute(Tuple.of(accountId)).map(Db::list);
  }

  /** Cancels the person's live enrolment; answers the status it had, or empty when there was none. */
  Future<Optional<EnrolmentStatus>> cancel(SqlClient tx, UUID trainingId, UUID accountId) {
    return tx.preparedQuery(CANCEL).mapping(row -> Coded.of(EnrolmentStatus.class, row.getString("status")))
        .execute(Tuple.of(trainingId, accountId)).map(Db::first);
  }

  Future<List<Participant>> enrolments(UUID trainingId) {
    return pool.preparedQuery(ENROLMENTS).mapping(Participant::fromRow).execute(Tuple.of(trainingId)).map(Db::list);
  }

  Future<Boolean> markAttendance(UUID trainingId, AttendanceMark mark) {
    return pool.preparedQuery(MARK_ATTENDANCE).execute(Tuple.of(trainingId, mark.accountId(), mark.attended()))
        .map(rows -> rows.rowCount() == 1);
  }

  /** The participant's name if they attended, for their certificate. */
  Future<Optional<String>> attendee(UUID trainingId, UUID accountId) {
    return pool.preparedQuery(ATTENDED).mapping(row -> row.getString("name")).execute(Tuple.of(trainingId, accountId))
        .map(Db::first);
  }

  Future<Optional<Addressee>> addressee(UUID accountId) {
    return pool.preparedQuery(ADDRESSEE).mapping(row -> new Addressee(row.getString("name"), row.getString("email")))
        .execute(Tuple.of(accountId)).map(Db::first);
  }

  Future<Void> setFeed(UUID accountId, String tokenHash) {
    return pool.preparedQuery(SET_FEED).execute(Tuple.of(accountId, tokenHash)).mapEmpty();
  }

  Future<Boolean> deleteFeed(UUID accountId) {
    return pool.preparedQuery(DELETE_FEED).execute(Tuple.of(accountId)).map(rows -> rows.rowCount() == 1);
  }

  /** The trainings behind a feed, each with whether its join link is the person's, or empty when no feed has that token. */
  Future<Optional<List<TrainingCalendar.Entry>>> feed(String tokenHash) {
    return pool.preparedQuery(FEED_EXISTS).execute(Tuple.of(tokenHash)).compose(exists -> Db.any(exists)
        ? pool.preparedQuery(FEED).mapping(row -> TrainingCalendar.Entry.of(Training.fromRow(row),
                Coded.of(EnrolmentStatus.class, row.getString("enrolment_status")), Coded.of(PoolSite.class, row.getString("enrolment_site"))))
            .execute(Tuple.of(tokenHash)).map(rows -> Optional.of(Db.list(rows)))
        : Future.succeededFuture(Optional.empty()));
  }

  /** Whose feed has that token; empty when none has. */
  Future<Optional<UUID>> feedOwner(String tokenHash) {
    return pool.preparedQuery(FEED_OWNER).mapping(row -> row.getUUID("account_id")).execute(Tuple.of(tokenHash)).map(Db::first);
  }

  /** The topics of the published showcases the training covers, inside the caller's transaction. */
  Future<List<String>> linkedCategories(SqlClient tx, UUID trainingId) {
    return tx.preparedQuery(LINKED_CATEGORIES).mapping(row -> row.getString("category")).execute(Tuple.of(trainingId)).map(Db::list);
  }

  /** Published showcases the training names. */
  Future<List<LinkedShowcase>> linkedShowcases(UUID trainingId) {
    return pool.preparedQuery(LINKED_SHOWCASES)
        .mapping(row -> new LinkedShowcase(row.getUUID("showcase_id"), Localised.of(row.getJsonObject("title"))))
        .execute(Tuple.of(trainingId)).map(Db::list);
  }

  Future<List<MyTraining>> mine(UUID accountId) {
    return pool.preparedQuery(MINE).mapping(MyTraining::fromRow).execute(Tuple.of(accountId)).map(Db::list);
  }

  /** Locks every seat pool of the training, in one order, so that no enrolment runs beside a change. */
  Future<Void> lockPools(SqlClient tx, UUID trainingId) {
    return tx.preparedQuery(LOCK_POOLS).execute(Tuple.of(trainingId)).mapEmpty();
  }

  /** Writes the revised training; false when it was cancelled meanwhile. */
  Future<Boolean> update(SqlClient tx, UUID id, TrainingChange.Revision r, boolean resubmit) {
    Tuple row = Tuple.of(id, r.title().toJson(), r.description().toJson(), r.format().code(), r.contactPoint().id())
        .addOffsetDateTime(r.startsAt()).addOffsetDateTime(r.endsAt()).addOffsetDateTime(r.enrolmentClosesAt())
        .addString(r.language()).addArrayOfString(r.audience().stream().map(Audience::code).toArray(String[]::new))
        .addString(r.joinLink()).addString(r.details().trainer()).addString(r.details().room())
        .addString(r.details().streetAddress()).addString(r.details().joinInstructions()).addBoolean(resubmit)
        .addString(r.kind().code()).addInteger(r.slots() == null ? null : r.slots().minutes())
        .addInteger(r.slots() == null ? null : r.slots().tables());
    return tx.preparedQuery(UPDATE).execute(row).map(rows -> rows.rowCount() == 1);
  }

  Future<Void> resize(SqlClient tx, UUID trainingId, PoolSite site, int capacity) {
    return tx.preparedQuery(RESIZE).execute(Tuple.of(trainingId, site.code(), capacity)).mapEmpty();
  }

  /** Confirms up to {@code seats} of the pool's waitlist in arrival order; answers who they are. */
  Future<List<UUID>> promote(SqlClient tx, UUID trainingId, PoolSite site, int seats) {
    return tx.preparedQuery(PROMOTE_SOME).mapping(row -> row.getUUID("account_id"))
        .execute(Tuple.of(trainingId, site.code(), seats)).map(Db::list);
  }

  /** Everyone holding a seat or a waitlist place. */
  Future<List<UUID>> participants(SqlClient tx, UUID trainingId) {
    return tx.preparedQuery(PARTICIPANTS).mapping(row -> row.getUUID("account_id")).execute(Tuple.of(trainingId)).map(Db::list);
  }

  private static final String LIVE_MEETINGS = "SELECT count(*) FROM meeting WHERE training_id = $1 AND status IN ('requested', 'accepted')";

  /** How many meetings of a matchmaking day are requested or accepted. */
  Future<Long> liveMeetings(SqlClient tx, UUID trainingId) {
    return tx.preparedQuery(LIVE_MEETINGS).execute(Tuple.of(trainingId)).map(Db::count);
  }

  /** Calls the training off; answers the status it had, or empty when it was already cancelled. */
  Future<Optional<TrainingStatus>> callOff(SqlClient tx, UUID id, String reason) {
    return tx.preparedQuery(CALL_OFF).mapping(row -> Coded.of(TrainingStatus.class, row.getString("cancelled_from")))
        .execute(Tuple.of(id, reason)).map(Db::first);
  }
}
