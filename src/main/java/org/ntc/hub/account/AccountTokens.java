package org.ntc.hub.account;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.platform.Secrets;
import org.ntc.hub.platform.Db;

/**
 * The single-use tokens of mailed links, and the account changes they lead to. Only a token's
 * SHA-256 hash is kept: whoever reads the table cannot follow a link. A token is used by one
 * statement that checks and spends it at once, so two clicks cannot both count.
 */
final class AccountTokens {
  static final String VERIFY_EMAIL = "verify-email";
  static final String PASSWORD_RESET = "password-reset";

  private static final String INSERT = """
      INSERT INTO account_token (token_hash, account_id, purpose, email, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)""";
  private static final String RETIRE = """
      UPDATE account_token SET used_at = $3 WHERE account_id = $1 AND purpose = $2 AND used_at IS NULL""";
  private static final String USE = """
      UPDATE account_token SET used_at = $3
      WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3
      RETURNING account_id, email""";
  private static final String VERIFY = """
      UPDATE account SET email = $2, email_verified_at = $3 WHERE id = $1 AND erased_at IS NULL""";
  private static final String SET_PASSWORD = """
      UPDATE account SET password_hash = $2,
             email_verified_at = CASE WHEN email = $3 THEN COALESCE(email_verified_at, $4) ELSE email_verified_at END
      WHERE id = $1 AND erased_at IS NULL""";
  private static final String END_SESSIONS = "DELETE FROM session WHERE account_id = $1 AND id IS DISTINCT FROM $2 RETURNING id";
  private static final String PASSWORD_OF = "SELECT password_hash FROM account WHERE id = $1 AND erased_at IS NULL";
  private static final String PERSON = """
      SELECT id, email, name, locale, email_verified_at IS NOT NULL AS verified FROM account WHERE id = $1 AND erased_at IS NULL""";
  private static final String PERSON_BY_EMAIL = """
      SELECT id, email, name, locale, email_verified_at IS NOT NULL AS verified FROM account WHERE email = $1 AND erased_at IS NULL""";
  private static final String PENDING_EMAIL = """
      SELECT email FROM account_token
      WHERE account_id = $1 AND purpose = 'verify-email' AND used_at IS NULL AND expires_at > $2
      ORDER BY created_at DESC LIMIT 1""";

  /** Whom a mail goes to and in which language. */
  record Person(UUID id, String email, String name, String locale, boolean verified) {
    static Person fromRow(Row row) {
      return new Person(row.getUUID("id"), row.getString("email"), row.getString("name"), row.getString("locale"),
          row.getBoolean("verified"));
    }
  }

  /** The account a spent token was for, and the address it names. */
  record Spent(UUID accountId, String email) {}

  private final Pool pool;

  AccountTokens(Pool pool) {
    this.pool = pool;
  }

  Pool pool() {
    return pool;
  }

  /** A new random token (32 bytes, URL-safe) for the link. */
  static String newToken() {
    return Secrets.randomToken(32);
  }


  static String hash(String token) {
    return Secrets.sha256Hex(token);
  }


  /** Stores the token's hash; earlier unused tokens of the same purpose die, so only the newest link works. */
  Future<Void> issue(SqlClient tx, String token, UUID accountId, String purpose, String email, OffsetDateTime now,
                     OffsetDateTime expires) {
    return retire(tx, accountId, purpose, now)
        .compose(done -> tx.preparedQuery(INSERT).execute(Tuple.of(hash(token), accountId, purpose, email, now, expires)))
        .mapEmpty();
  }

  Future<Void> retire(SqlClient tx, UUID accountId, String purpose, OffsetDateTime now) {
    return tx.preparedQuery(RETIRE).execute(Tuple.of(accountId, purpose, now)).mapEmpty();
  }

  /** Spends the token if it is known, of this purpose, unused and not expired. */
  Future<Optional<Spent>> use(SqlClient tx, String token, String purpose, OffsetDateTime now) {
    return tx.preparedQuery(USE).mapping(row -> new Spent(row.getUUID("account_id"), row.getString("email")))
        .execute(Tuple.of(hash(token), purpose, now)).map(Db::first);
  }

  /** Makes {@code email} the account's proven address; false when the account is gone. */
  Future<Boolean> verify(SqlClient tx, UUID accountId, String email, OffsetDateTime now) {
    return tx.preparedQuery(VERIFY).execute(Tuple.of(accountId, email, now)).map(rows -> rows.rowCount() == 1);
  }

  /** Sets a new password; a reset link that came to the account's address also proves it. */
  Future<Boolean> setPassword(SqlClient tx, UUID accountId, String passwordHash, String provenEmail, OffsetDateTime now) {
    return tx.preparedQuery(SET_PASSWORD).execute(Tuple.of(accountId, passwordHash, provenEmail, now))
        .map(rows -> rows.rowCount() == 1);
  }

  /** Ends every session of the account but {@code keep} (null: every one). */
  Future<List<UUID>> endSessions(SqlClient tx, UUID accountId, UUID keep) {
    return tx.preparedQuery(END_SESSIONS).mapping(row -> row.getUUID("id")).execute(Tuple.of(accountId, keep)).map(Db::list);
  }

  Future<Optional<String>> passwordHash(UUID accountId) {
    return pool.preparedQuery(PASSWORD_OF).mapping(row -> row.getString("password_hash")).execute(Tuple.of(accountId))
        .map(Db::first);
  }

  Future<Optional<Person>> person(UUID accountId) {
    return pool.preparedQuery(PERSON).mapping(Person::fromRow).execute(Tuple.of(accountId)).map(Db::first);
  }

  Future<Optional<Person>> personByEmail(String email) {
    return pool.preparedQuery(PERSON_BY_EMAIL).mapping(Person::fromRow).execute(Tuple.of(email)).map(Db::first);
  }

  /** The address waiting for its link to be followed, if any (a new one the person asked to change to). */
  Future<Optional<String>> pendingEmail(UUID accountId, OffsetDateTime now) {
    return pool.preparedQuery(PENDING_EMAIL).mapping(row -> row.getString("email")).execute(Tuple.of(accountId, now))
        .map(Db::first);
  }
}
