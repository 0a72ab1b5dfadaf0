package org.ntc.hub.notification;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The daily digest: once a day, from {@value #HOUR}:00 in a person's own zone (Stockholm for
 * Swedish readers, Helsinki for the others), everything they chose to hear of daily goes to
 * them in one mail. Each run claims people under a row lock that other nodes skip, so however
 * many nodes run it at once, a person gets one digest a day.
 */
public final class DigestService {
  public static final int HOUR = 7;
  private static final int BATCH = 200;
  /**
   * $1 now, $2 the hour, $3 how many people at most. {@code since} is the latest {@code HOUR}:00 in
   * the person's zone: someone is due when a daily notification from before it waits and no digest
   * went since. Their waiting notifications are marked digested, the time stamped and the one mail
   * queued in this same statement, so a crash leaves all or nothing.
   */
  private static final String SEND_DUE = """
      WITH due AS (
        SELECT a.id, a.email, a.name, a.locale FROM account a
        CROSS JOIN LATERAL (SELECT (date_trunc('day', ($1::timestamptz AT TIME ZONE z.zone) - make_interval(hours => $2))
                                    + make_interval(hours => $2)) AT TIME ZONE z.zone AS since
                            FROM (SELECT CASE a.locale WHEN 'sv' THEN 'Europe/Stockholm' ELSE 'Europe/Helsinki' END AS zone) z) d
        WHERE a.erased_at IS NULL AND a.email_verified_at IS NOT NULL
          AND (a.digest_sent_at IS NULL OR a.digest_sent_at < d.since)
          AND EXISTS (SELECT 1 FROM notification n WHERE n.account_id = a.id AND n.delivery = 'daily' AND n.digested_at IS NULL
                        AND n.created_at < d.since)
        ORDER BY a.id LIMIT $3
        FOR UPDATE OF a SKIP LOCKED)
      , stamped AS (UPDATE account a SET digest_sent_at = $1 FROM due WHERE a.id = due.id)
      , items AS (
        UPDATE notification n SET digested_at = $1 FROM due
        WHERE n.account_id = due.id AND n.delivery = 'daily' AND n.digested_at IS NULL
        RETURNING n.account_id, n.id, n.kind, n.payload, n.created_at)
      , mailed AS (
        INSERT INTO mail_outbox (account_id, to_address, lang, template, payload, unsubscribe)
        SELECT due.id, due.email, due.locale, 'digest',
               jsonb_build_object('recipientName', due.name, 'items', jsonb_agg(jsonb_build_object(
                 'notificationId', i.id, 'kind', i.kind, 'payload', i.payload) ORDER BY i.created_at, i.id)),
               'digest'
        FROM due JOIN items i ON i.account_id = due.id
        GROUP BY due.id, due.email, due.name, due.locale
        RETURNING id)
      SELECT count(*) AS mailed FROM mailed""";

  private final Pool pool;
  private final Clock clock;

  public DigestService(Pool pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  /** Sends every digest that is due; answers how many were queued. */
  public Future<Long> sendDue() {
    return batch(0);
  }

  private Future<Long> batch(long sent) {
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    return pool.preparedQuery(SEND_DUE).execute(Tuple.of(now, HOUR, BATCH))
        .map(rows -> rows.iterator().next().getLong("mailed"))
        .compose(mailed -> mailed < BATCH ? Future.succeededFuture(sent + mailed) : batch(sent + mailed));
  }
}
