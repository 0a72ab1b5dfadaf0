package org.ntc.hub.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.SqlConnection;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.Database;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users;
import org.ntc.hub.support.Users.User;

/**
 * No session of an erased account exists, whichever of a sign-in and an erasure comes first: the check of
 * a session claimed with a catalogue request relies on it instead of joining the account (SessionClaim).
 */
class SessionsOfErasedAccountsTest extends ApiTest {
  private static final int LIFETIME = 600;

  @Test
  @DisplayName("a sign-in that waits for an erasure makes no session")
  void signInAfterErasure(Vertx vertx) {
    User person = users.citizen("erased-first");
    UUID id = UUID.fromString(person.id());
    Future<?> made = secondWaitsForFirst(vertx, (accounts, first) -> accounts.erase(first, id),
        (accounts, second) -> accounts.insertSession(second, UUID.randomUUID(), id, LIFETIME));
    assertThat(made.result()).as("a session was made").isEqualTo(false);
    assertThat(sessionsOf(id)).isZero();
  }

  @Test
  @DisplayName("an erasure that waits for a sign-in deletes the session it made")
  void erasureAfterSignIn(Vertx vertx) {
    User person = users.citizen("signed-in-first");
    UUID id = UUID.fromString(person.id());
    UUID session = UUID.randomUUID();
    secondWaitsForFirst(vertx, (accounts, first) -> accounts.insertSession(first, session, id, LIFETIME)
            .map(madeIt -> {
              assertThat(madeIt).as("a session was made").isTrue();
              return madeIt;
            }),
        (accounts, second) -> accounts.erase(second, id));
    assertThat(sessionsOf(id)).isZero();
    assertThat(app.count("SELECT count(*) FROM account WHERE id = '" + id + "' AND erased_at IS NOT NULL")).isEqualTo(1);
  }

  @Test
  @DisplayName("no session is made for an account erased before, and its password no longer signs in")
  void erasedBefore(Vertx vertx) {
    User person = users.citizen("erased-before");
    UUID id = UUID.fromString(person.id());
    Pool pool = pool(vertx, 1);
    try {
      AccountRepository accounts = new AccountRepository(pool);
      Http.awaitResult(pool.withTransaction(tx -> accounts.erase(tx, id)));
      assertThat(Http.awaitResult(accounts.insertSession(pool, UUID.randomUUID(), id, LIFETIME))).isFalse();
    } finally {
      Http.awaitResult(pool.close());
    }
    assertThat(sessionsOf(id)).isZero();
    Http.Response login = http.post("/api/v1/auth/login", null,
        new JsonObject().put("email", person.email()).put("password", Users.PASSWORD));
    assertThat(login.status()).as(login.text()).isEqualTo(401);
  }

  /** Runs {@code first} in a transaction left open, then {@code second} in another, which must wait for it; returns the second's result. */
  private static <T> Future<T> secondWaitsForFirst(Vertx vertx, BiFunction<AccountRepository, SqlConnection, Future<?>> first,
                                                   BiFunction<AccountRepository, SqlConnection, Future<T>> second) {
    Pool pool = pool(vertx, 2);
    AccountRepository accounts = new AccountRepository(pool);
    try {
      SqlConnection one = Http.awaitResult(pool.getConnection());
      SqlConnection two = Http.awaitResult(pool.getConnection());
      Http.awaitResult(one.query("BEGIN").execute());
      Http.awaitResult(first.apply(accounts, one));
      Future<T> waiting = two.query("BEGIN").execute().compose(begun -> second.apply(accounts, two))
          .compose(result -> two.query("COMMIT").execute().map(result));
      Http.awaitResult(vertx.timer(300));
      assertThat(waiting.isComplete()).as("the second waits for the first").isFalse();
      Http.awaitResult(one.query("COMMIT").execute());
      Http.awaitResult(waiting);
      return waiting;
    } finally {
      Http.awaitResult(pool.close());
    }
  }

  private static Pool pool(Vertx vertx, int size) {
    return PgBuilder.pool().with(new PoolOptions().setMaxSize(size)).connectingTo(Database.external(app.dbUrl()).connectOptions())
        .using(vertx).build();
  }

  private long sessionsOf(UUID id) {
    return app.count("SELECT count(*) FROM session WHERE account_id = '" + id + "'");
  }
}
