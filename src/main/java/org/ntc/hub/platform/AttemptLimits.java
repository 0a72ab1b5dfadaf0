package org.ntc.hub.platform;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;

/**
 * Limits on attempts per key (an address, an account, a pair of them), counted before the work
 * they ask for and atomically, by the database function {@code count_attempt} (see the
 * migration {@code V10_2}): parallel attempts each get their own count, so none slips past.
 */
public final class AttemptLimits {
  /** At most {@code maxAttempts} per window; the next locks the key for a time that doubles up to a cap. */
  public record Limit(int windowSeconds, int maxAttempts, int lockSeconds, int maxLockSeconds) {}

  private static final String COUNT = "SELECT count_attempt($1, $2, $3, $4, $5) AS wait";
  private static final String LOCKED = """
      SELECT greatest(1, ceil(extract(epoch FROM locked_until - now())))::int AS wait
      FROM attempt_limit WHERE key = $1 AND locked_until > now()""";
  private static final String CLEAR = "DELETE FROM attempt_limit WHERE key = ANY($1)";
  private static final String FORGIVE = "UPDATE attempt_limit SET attempts = greatest(attempts - 1, 0) WHERE key = $1";
  private static final String FORGET_OLD = """
      DELETE FROM attempt_limit WHERE window_start < now() - interval '1 day' AND (locked_until IS NULL OR locked_until < now())""";

  private final Pool pool;

  public AttemptLimits(Pool pool) {
    this.pool = pool;
  }

  /** Counts one attempt; the seconds to wait when the key is over its limit, else 0. */
  public Future<Long> count(String key, Limit limit) {
    return pool.preparedQuery(COUNT)
        .execute(Tuple.of(key, limit.windowSeconds(), limit.maxAttempts(), limit.lockSeconds(), limit.maxLockSeconds()))
        .map(rows -> rows.iterator().next().getLong("wait"));
  }

  /** Counts one attempt, or fails with 429 and {@code refusal} when the key is over its limit. */
  public Future<Void> require(String key, Limit limit, String refusal) {
    return count(key, limit).compose(wait -> refuseIfWaiting(wait, refusal));
  }

  /** Fails with 429 while the key is locked; counts nothing. */
  public Future<Void> requireUnlocked(String key, String refusal) {
    return pool.preparedQuery(LOCKED).execute(Tuple.of(key))
        .compose(rows -> refuseIfWaiting(rows.size() == 0 ? 0 : rows.iterator().next().getLong("wait"), refusal));
  }

  public Future<Void> clear(SqlClient client, List<String> keys) {
    return client.preparedQuery(CLEAR).execute(Tuple.tuple().addArrayOfString(keys.toArray(String[]::new))).mapEmpty();
  }

  /** Takes back one counted attempt, for a key that counts failures of many people (an address). */
  public Future<Void> forgive(SqlClient client, String key) {
    return client.preparedQuery(FORGIVE).execute(Tuple.of(key)).mapEmpty();
  }

  public Future<Void> forgetOld() {
    return pool.query(FORGET_OLD).execute().mapEmpty();
  }

  private static Future<Void> refuseIfWaiting(long wait, String refusal) {
    return wait > 0 ? Future.failedFuture(new TooManyAttempts(refusal, wait)) : Future.succeededFuture();
  }
}
