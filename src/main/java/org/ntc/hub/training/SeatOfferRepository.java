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

/** Offered seats, their deadlines, and the day-before reminders. Seats change only under the pool's lock. */
final class SeatOfferRepository {
  /**
   * Run under the pool's lock: offers each seat no one holds or has been offered to the waitlist, in
   * arrival order, until the deadline ($4 seconds from $3, at the latest the start). The free seats
   * come from the pool row's kept counts (see V40), which this transaction's own changes have already
   * moved; the row is locked again here, a no-op under the caller's lock, so the statement never reads
   * them unlocked, and like an enrolment it locks the pool row before any enrolment row. A training
   * that has started, or is not published, offers nothing.
   */
  private static final String OFFER = """
      WITH free AS (
        SELECT greatest(p.capacity - p.confirmed - p.offered, 0) AS seats
        FROM training_seat_pool p JOIN training t ON t.id = p.training_id
        WHERE p.training_id = $1 AND p.site = $2 AND t.status = 'published' AND t.starts_at > $3
        FOR UPDATE OF p),
      next AS (
        SELECT id FROM enrolment WHERE training_id = $1 AND site = $2 AND status = 'waitlisted'
        ORDER BY arrival LIMIT (SELECT coalesce(max(seats), 0) FROM free))
      UPDATE enrolment e SET status = 'offered', offered_at = $3, offer_expires_at = least($3 + $4 * interval '1 second', t.starts_at)
      FROM training t WHERE t.id = e.training_id AND e.id IN (SELECT id FROM next)
      RETURNING e.account_id, e.offer_expires_at""";
  private static final String ACCEPT = """
      UPDATE enrolment SET status = 'confirmed', confirmed_at = $3, offer_expires_at = NULL
      WHERE training_id = $1 AND account_id = $2 AND status = 'offered' AND offer_expires_at > $3
      RETURNING id, site""";
  private static final String LAPSE = """
      UPDATE enrolment SET status = 'cancelled', cancelled_at = $3
      WHERE training_id = $1 AND site = $2 AND status = 'offered' AND offer_expires_at <= $3
      RETURNING account_id""";
  private static final String LAPSED_POOLS = """
      SELECT DISTINCT e.training_id, e.site FROM enrolment e JOIN training t ON t.id = e.training_id AND t.status = 'published'
      WHERE e.status = 'offered' AND e.offer_expires_at <= $1
      ORDER BY e.training_id, e.site LIMIT $2""";
  /**
   * Claims up to $2 confirmed seats of published trainings starting within a day of $1 whose holders
   * have not been reminded; rows another node is claiming are skipped, so each is reminded once.
   */
  private static final String REMIND = """
      UPDATE enrolment e SET reminded_at = $1 FROM training t
      WHERE t.id = e.training_id AND e.id IN (
        SELECT r.id FROM enrolment r JOIN training rt ON rt.id = r.training_id
        WHERE r.status = 'confirmed' AND r.reminded_at IS NULL AND rt.status = 'published'
          AND rt.starts_at > $1 AND rt.starts_at <= $1 + interval '24 hours'
        ORDER BY rt.starts_at LIMIT $2 FOR UPDATE OF r SKIP LOCKED)
      RETURNING e.account_id, e.training_id, t.title, t.starts_at, t.contact_point""";
  private static final String REMIND_AGAIN = "UPDATE enrolment SET reminded_at = NULL WHERE training_id = $1 AND reminded_at IS NOT NULL";

  /** Someone offered a seat, and until when. */
  record Offer(UUID accountId, OffsetDateTime expiresAt) {}

  /** A seat pool with offers past their deadline. */
  record LapsedPool(UUID trainingId, PoolSite site) {}

  /** A confirmed participant to remind of a training. */
  record Reminder(UUID accountId, UUID trainingId, Localised title, OffsetDateTime startsAt, String contactPoint) {}

  private final Pool pool;

  SeatOfferRepository(Pool pool) {
    this.pool = pool;
  }

  Future<List<Offer>> offer(SqlClient tx, UUID trainingId, PoolSite site, OffsetDateTime now, long seconds) {
    return tx.preparedQuery(OFFER).mapping(row -> new Offer(row.getUUID("account_id"), row.getOffsetDateTime("offer_expires_at")))
        .execute(Tuple.of(trainingId, site.code(), now, seconds)).map(Db::list);
  }

  /** Confirms the person's live offer; empty when they have none or it has lapsed. */
  Future<Optional<Enrolment>> accept(SqlClient tx, UUID trainingId, UUID accountId, OffsetDateTime now) {
    return tx.preparedQuery(ACCEPT).mapping(row -> new Enrolment(row.getUUID("id"), trainingId, EnrolmentStatus.CONFIRMED,
            Coded.of(PoolSite.class, row.getString("site")), 0))
        .execute(Tuple.of(trainingId, accountId, now)).map(Db::first);
  }

  /** Gives up the pool's offers past their deadline; answers whose they were. */
  Future<List<UUID>> lapse(SqlClient tx, UUID trainingId, PoolSite site, OffsetDateTime now) {
    return tx.preparedQuery(LAPSE).mapping(row -> row.getUUID("account_id")).execute(Tuple.of(trainingId, site.code(), now))
        .map(Db::list);
  }

  Future<List<LapsedPool>> lapsedPools(OffsetDateTime now, int limit) {
    return pool.preparedQuery(LAPSED_POOLS)
        .mapping(row -> new LapsedPool(row.getUUID("training_id"), Coded.of(PoolSite.class, row.getString("site"))))
        .execute(Tuple.of(now, limit)).map(Db::list);
  }

  Future<List<Reminder>> claimReminders(SqlClient tx, OffsetDateTime now, int limit) {
    return tx.preparedQuery(REMIND).mapping(row -> new Reminder(row.getUUID("account_id"), row.getUUID("training_id"),
            Localised.of(row.getJsonObject("title")), row.getOffsetDateTime("starts_at"), row.getString("contact_point")))
        .execute(Tuple.of(now, limit)).map(Db::list);
  }

  /** After a reschedule, everyone is reminded of the new time. */
  Future<Void> remindAgain(SqlClient tx, UUID trainingId) {
    return tx.preparedQuery(REMIND_AGAIN).execute(Tuple.of(trainingId)).mapEmpty();
  }
}
