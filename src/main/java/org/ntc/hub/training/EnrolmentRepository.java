package org.ntc.hub.training;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.Db;
import org.ntc.hub.realtime.Audience;
import org.ntc.hub.realtime.Topics;

/**
 * A new enrolment in one statement, which is its own transaction: the pool's row is locked, its
 * seat counts (kept by the enrolments, see V40) decide between a seat and the next waitlist
 * place, the enrolment and the outbox event telling everyone watching the new seat counts are
 * written, and the lock is released at once on commit, held across no round trip. Many people
 * enrolling in one training at once therefore wait for the row no longer than the database
 * needs to change it.
 */
final class EnrolmentRepository {
  /**
   * $1 enrolment id, $2 training, $3 account, $4 pool site, $5 event type, $6 node. The locked pool
   * row is read as it is once the lock is granted (the newest committed version), the training's
   * other pools as the statement found them, as a separate read after the lock would have. The
   * event's payload is {@link Training#seatsJson()} after this enrolment.
   */
  private static final String ENROL = """
      WITH pool AS (
        SELECT p.capacity, p.confirmed, p.offered, p.waitlisted, p.confirmed + p.offered < p.capacity AS seat
        FROM training_seat_pool p JOIN training t ON t.id = p.training_id AND t.status = 'published'
        WHERE p.training_id = $2 AND p.site = $4 FOR UPDATE OF p),
      added AS (
        INSERT INTO enrolment (id, training_id, account_id, site, status, confirmed_at)
        SELECT $1, $2, $3, $4, CASE WHEN seat THEN 'confirmed' ELSE 'waitlisted' END, CASE WHEN seat THEN now() END FROM pool
        RETURNING status),
      seats AS (
        SELECT o.site, greatest(o.capacity - o.confirmed - o.offered, 0) AS seats_left, o.waitlisted AS waiting
        FROM training_seat_pool o WHERE o.training_id = $2 AND o.site <> $4
        UNION ALL
        SELECT $4, greatest(capacity - confirmed - offered - seat::int, 0), waitlisted + (NOT seat)::int FROM pool),
      event AS (
        INSERT INTO event_log (type, node, audience, payload)
        SELECT $5, $6, '%s', jsonb_build_object('trainingId', $2::text, 'seatsLeft', sum(seats_left),
                 'waitlistLength', sum(waiting), 'sites', jsonb_agg(jsonb_build_object('site', site, 'seatsLeft', seats_left,
                 'waitlistLength', waiting) ORDER BY site))
        FROM seats HAVING EXISTS (SELECT 1 FROM added))
      SELECT a.status, CASE WHEN a.status = 'waitlisted' THEN p.waitlisted + 1 ELSE 0 END AS position FROM added a, pool p"""
      .formatted(Audience.PUBLIC.code());

  private final Pool pool;
  private final String node;

  EnrolmentRepository(Pool pool, String node) {
    this.pool = pool;
    this.node = node;
  }

  /** A seat, or else the next waitlist place; 409 when the training is not (or no longer) published. */
  Future<Enrolment> enrol(UUID trainingId, UUID accountId, PoolSite site) {
    UUID id = UUID.randomUUID();
    return pool.preparedQuery(ENROL)
        .mapping(row -> new Enrolment(id, trainingId, Coded.of(EnrolmentStatus.class, row.getString("status")), site,
            row.getLong("position")))
        .execute(Tuple.of(id, trainingId, accountId, site.code(), Topics.TRAINING_SEATS, node))
        .map(rows -> Db.first(rows).orElseThrow(() -> new Conflict("The training is not open for enrolment")));
  }
}
