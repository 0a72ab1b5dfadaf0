package org.ntc.hub.demo;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.notification.Delivery;
import org.ntc.hub.notification.NotificationKind;

/**
 * People who follow topics and chose how mail reaches them, and the news in their topics from
 * yesterday that waits for their daily digest, so the digest is in the outbox on a first start.
 */
final class DigestDemo {
  private static final String PROVEN = "UPDATE account SET email_verified_at = coalesce(email_verified_at, now()) WHERE id = $1";
  private static final String FOLLOW = "INSERT INTO topic_follow (account_id, category) VALUES ($1, $2) ON CONFLICT DO NOTHING";
  private static final String CHOOSE = """
      INSERT INTO notification_setting (account_id, kind, delivery) VALUES ($1, $2, $3)
      ON CONFLICT (account_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery""";
  /** Yesterday's showcases in the person's topics, from organisations other than their own, waiting for the digest. */
  private static final String SHOWCASE_NEWS = """
      INSERT INTO notification (id, account_id, kind, payload, delivery, created_at)
      SELECT gen_random_uuid(), $1, $2, jsonb_build_object('showcaseId', l.showcase_id, 'title', l.title), 'daily',
             now() - interval '30 hours' + make_interval(mins => (row_number() OVER (ORDER BY l.published_at DESC))::int)
      FROM (SELECT showcase_id, title, published_at FROM showcase_listing
            WHERE categories && (SELECT array_agg(category) FROM topic_follow WHERE account_id = $1)
              AND organisation_id NOT IN (SELECT organisation_id FROM membership WHERE account_id = $1)
            ORDER BY published_at DESC LIMIT 3) l""";
  /** Published needs in the person's topics, from organisations other than their own. */
  private static final String NEED_NEWS = """
      INSERT INTO notification (id, account_id, kind, payload, delivery, created_at)
      SELECT gen_random_uuid(), $1, $2, jsonb_build_object('challengeId', c.id, 'title', c.title), 'daily', now() - interval '28 hours'
      FROM (SELECT id, title FROM challenge
            WHERE status = 'published' AND categories && (SELECT array_agg(category) FROM topic_follow WHERE account_id = $1)
              AND organisation_id NOT IN (SELECT organisation_id FROM membership WHERE account_id = $1)
            ORDER BY published_at DESC NULLS LAST LIMIT 2) c""";

  private DigestDemo() {}

  static Future<Void> load(SqlConnection tx) {
    UUID maria = PeopleDemo.id(3);
    UUID anna = PeopleDemo.id(5);
    UUID karin = PeopleDemo.id(6);
    List<Tuple> follows = List.of(
        Tuple.of(anna, "medication-management"), Tuple.of(anna, "remote-monitoring"), Tuple.of(anna, "safety-and-alarms"),
        Tuple.of(karin, "video-consultation"), Tuple.of(karin, "care-coordination"), Tuple.of(karin, "remote-monitoring"),
        Tuple.of(maria, "medication-management"), Tuple.of(maria, "self-care"));
    List<Tuple> choices = List.of(
        Tuple.of(anna, NotificationKind.CHALLENGE_ANSWERED.code(), Delivery.IMMEDIATELY.code()),
        Tuple.of(anna, NotificationKind.PILOT_UPDATED.code(), Delivery.DAILY.code()),
        Tuple.of(karin, NotificationKind.PILOT_UPDATED.code(), Delivery.DAILY.code()),
        Tuple.of(karin, NotificationKind.SHOWCASE_IN_FOLLOWED_TOPIC.code(), Delivery.DAILY.code()),
        Tuple.of(maria, NotificationKind.CHALLENGE_MATCHING.code(), Delivery.IMMEDIATELY.code()),
        Tuple.of(maria, NotificationKind.SHOWCASE_IN_FOLLOWED_TOPIC.code(), Delivery.OFF.code()));
    List<Tuple> people = List.of(Tuple.of(maria), Tuple.of(anna), Tuple.of(karin));
    return tx.preparedQuery(PROVEN).executeBatch(people)
        .compose(done -> tx.preparedQuery(FOLLOW).executeBatch(follows))
        .compose(done -> tx.preparedQuery(CHOOSE).executeBatch(choices))
        .compose(done -> tx.preparedQuery(SHOWCASE_NEWS).executeBatch(List.of(
            Tuple.of(anna, NotificationKind.SHOWCASE_IN_FOLLOWED_TOPIC.code()),
            Tuple.of(karin, NotificationKind.SHOWCASE_IN_FOLLOWED_TOPIC.code()))))
        .compose(done -> tx.preparedQuery(NEED_NEWS).executeBatch(List.of(
            Tuple.of(anna, NotificationKind.CHALLENGE_IN_FOLLOWED_TOPIC.code()),
            Tuple.of(karin, NotificationKind.CHALLENGE_IN_FOLLOWED_TOPIC.code()))))
        .mapEmpty();
  }
}
