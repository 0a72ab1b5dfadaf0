package org.ntc.hub.mail;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.NotFound;

/**
 * The outbox table. A sender takes a batch of due mail under a lease ({@code FOR UPDATE SKIP
 * LOCKED}, so two nodes never take the same mail); a lease that runs out, because its node died
 * mid-send, makes the mail due again, and it goes out with the same Message-ID.
 */
public final class MailOutbox {
  private static final String QUEUE = """
      INSERT INTO mail_outbox (account_id, to_address, lang, template, payload, unsubscribe)
      VALUES ($1, $2, $3, $4, $5, $6)""";
  private static final String CLAIM = """
      UPDATE mail_outbox m SET status = 'sending', leased_by = $1, lease_until = now() + make_interval(secs => $2),
             attempts = m.attempts + 1
      WHERE m.id IN (SELECT id FROM mail_outbox
                     WHERE (status = 'queued' AND next_attempt_at <= now()) OR (status = 'sending' AND lease_until < now())
                     ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
      RETURNING""" + " " + OutboxMail.COLUMNS;
  private static final String SENT = """
      UPDATE mail_outbox SET status = 'sent', sent_at = now(), lease_until = NULL, last_error = NULL
      WHERE id = $1 AND leased_by = $2 AND status = 'sending'""";
  private static final String RETRY = """
      UPDATE mail_outbox SET status = CASE WHEN $4 THEN 'failed' ELSE 'queued' END, last_error = left($3, 1000),
             next_attempt_at = now() + make_interval(secs => $5), lease_until = NULL
      WHERE id = $1 AND leased_by = $2 AND status = 'sending'""";
  private static final String RELEASE = """
      UPDATE mail_outbox SET status = 'queued', lease_until = NULL, next_attempt_at = now()
      WHERE leased_by = $1 AND status = 'sending'""";
  private static final String NEWEST = "SELECT " + OutboxMail.COLUMNS + """
       FROM mail_outbox WHERE ($1::text IS NULL OR lower(to_address) = lower($1))
      ORDER BY created_at DESC, id LIMIT $2 OFFSET $3""";
  private static final String COUNT = "SELECT count(*) FROM mail_outbox WHERE ($1::text IS NULL OR lower(to_address) = lower($1))";
  private static final String BY_ID = "SELECT " + OutboxMail.COLUMNS + " FROM mail_outbox WHERE id = $1";

  private final Pool pool;

  public MailOutbox(Pool pool) {
    this.pool = pool;
  }

  /** Queues the mail in the caller's transaction: it exists exactly when the change that causes it commits. */
  public Future<Void> queue(SqlClient tx, Mail mail) {
    return tx.preparedQuery(QUEUE).execute(Tuple.of(mail.accountId(), mail.to(), mail.lang(), mail.template(), mail.payload(),
        mail.unsubscribe())).mapEmpty();
  }

  /** Takes up to {@code limit} due mails for this sender, each leased for {@code leaseSeconds}. */
  Future<List<OutboxMail>> claim(String sender, int leaseSeconds, int limit) {
    return pool.preparedQuery(CLAIM).mapping(OutboxMail::fromRow).execute(Tuple.of(sender, leaseSeconds, limit)).map(Db::list);
  }

  /** The server took the mail; false if the lease was lost meanwhile (another sender has it now). */
  Future<Boolean> sent(UUID id, String sender) {
    return pool.preparedQuery(SENT).execute(Tuple.of(id, sender)).map(rows -> rows.rowCount() == 1);
  }

  /** The attempt failed: try again after {@code delaySeconds}, or give up for good. */
  Future<Void> retry(UUID id, String sender, String error, boolean giveUp, double delaySeconds) {
    return pool.preparedQuery(RETRY).execute(Tuple.of(id, sender, error, giveUp, delaySeconds)).mapEmpty();
  }

  /** A stopping sender hands back what it still holds, due at once for any sender. */
  Future<Void> release(String sender) {
    return pool.preparedQuery(RELEASE).execute(Tuple.of(sender)).mapEmpty();
  }

  Future<List<OutboxMail>> newest(String to, int limit, int offset) {
    return pool.preparedQuery(NEWEST).mapping(OutboxMail::fromRow).execute(Tuple.of(to, limit, offset)).map(Db::list);
  }

  Future<Long> count(String to) {
    return pool.preparedQuery(COUNT).execute(Tuple.of(to)).map(Db::count);
  }

  Future<OutboxMail> byId(UUID id) {
    return pool.preparedQuery(BY_ID).mapping(OutboxMail::fromRow).execute(Tuple.of(id))
        .map(rows -> Db.single(rows, () -> new NotFound("mail", id)));
  }

  private static final String FORGET = "DELETE FROM mail_outbox WHERE account_id = $1";

  /** Every mail to or about the account, sent or not: an erased person's address stays nowhere. */
  Future<Void> forget(SqlClient tx, UUID accountId) {
    return tx.preparedQuery(FORGET).execute(Tuple.of(accountId)).mapEmpty();
  }
}
