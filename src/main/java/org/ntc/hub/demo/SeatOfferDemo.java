package org.ntc.hub.demo;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.notification.NotificationKind;
import org.ntc.hub.platform.Site;
import org.ntc.hub.training.EnrolmentStatus;

/**
 * The hands-on remote monitoring training for home care nurses, a small group of four, is full:
 * three seats are confirmed, Maria Hakala gave hers up, and the freed seat is offered to Anna Rinne
 * until tomorrow, so a newcomer signing in as the demo nurse sees an offer to accept or decline.
 */
final class SeatOfferDemo {
  private static final UUID TRAINING = TrainingDemo.id(1);
  /** A hands-on group: four seats, set once, so an organiser's later change is kept. */
  private static final String SMALL_GROUP = "UPDATE training_seat_pool SET capacity = 4 WHERE training_id = $1 AND site = 'main' AND capacity = 12";
  private static final String ENROL = """
      INSERT INTO enrolment (id, training_id, account_id, site, status, created_at, confirmed_at, cancelled_at, offered_at, offer_expires_at)
      SELECT $1, $2, $3, 'main', $4, now() - make_interval(hours => $5), CASE WHEN $4 = 'confirmed' THEN now() - make_interval(hours => $5) END,
             CASE WHEN $4 = 'cancelled' THEN now() - interval '2 hours' END,
             CASE WHEN $4 = 'offered' THEN now() - interval '2 hours' END,
             CASE WHEN $4 = 'offered' THEN least(now() + interval '22 hours', t.starts_at) END
      FROM training t WHERE t.id = $2
      ON CONFLICT DO NOTHING""";
  /** The offer's notice, as the site would have raised it: times in UTC, shown in the contact point's zone. */
  private static final String NOTIFY = """
      INSERT INTO notification (id, account_id, kind, payload, created_at)
      SELECT $1, $2, $3, jsonb_build_object('trainingId', t.id, 'title', t.title,
               'startsAt', to_char(t.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
               'offerExpiresAt', to_char(e.offer_expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
               'timeZone', $5::text), now() - interval '2 hours'
      FROM training t JOIN enrolment e ON e.training_id = t.id AND e.account_id = $2 AND e.status = 'offered'
      WHERE t.id = $4
      ON CONFLICT DO NOTHING""";

  private SeatOfferDemo() {}

  static Future<Void> load(SqlConnection tx) {
    List<Tuple> enrolments = List.of(
        enrolment(1, 6, EnrolmentStatus.CONFIRMED, 120),
        enrolment(2, 7, EnrolmentStatus.CONFIRMED, 100),
        enrolment(3, 8, EnrolmentStatus.CONFIRMED, 90),
        enrolment(4, 3, EnrolmentStatus.CANCELLED, 80),
        enrolment(5, 5, EnrolmentStatus.OFFERED, 60));
    return tx.preparedQuery(SMALL_GROUP).execute(Tuple.of(TRAINING))
        .compose(done -> tx.preparedQuery(ENROL).executeBatch(enrolments))
        .compose(done -> tx.preparedQuery(NOTIFY).execute(Tuple.of(id(9), PeopleDemo.id(5), NotificationKind.ENROLMENT_OFFERED.code(),
            TRAINING, Site.SEINAJOKI.zone().getId())))
        .mapEmpty();
  }

  private static Tuple enrolment(int n, int person, EnrolmentStatus status, int hoursAgo) {
    return Tuple.of(id(n), TRAINING, PeopleDemo.id(person), status.code(), hoursAgo);
  }

  static UUID id(int n) {
    return UUID.fromString(String.format("00000000-0000-4000-b100-%012d", n));
  }
}
