package org.ntc.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.account.Passwords;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.BlockedThreads;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users;

/**
 * Sign-in limits under concurrency and from many addresses, and sign-in bursts under load. Each
 * test speaks from its own loopback addresses (127.0.x.y all reach the node on Linux), so the
 * per-address limits of one test do not touch another.
 */
class SignInLimitsTest extends ApiTest {
  @Test
  @DisplayName("30 parallel wrong sign-ins for one account from one address: at most 5 reach the password check, the rest get 429")
  void parallelGuesses() throws Exception {
    Users.User target = users.citizen("parallel");
    Http attacker = from("127.0.1.1");
    List<Future<Http.Response>> guesses = new ArrayList<>();
    for (int i = 0; i < 30; i++) guesses.add(attacker.postAsync("/api/v1/auth/login", null, guess(target.email(), i)));
    List<Http.Response> answers = await(guesses);
    Map<Integer, Long> statuses = answers.stream().collect(Collectors.groupingBy(Http.Response::status, Collectors.counting()));
    assertThat(statuses.keySet()).as(statuses.toString()).isSubsetOf(401, 429);
    assertThat(statuses.getOrDefault(401, 0L)).as(statuses.toString()).isBetween(1L, 5L);
    assertThat(answers).filteredOn(r -> r.status() == 429).allSatisfy(r -> assertThat(r.header("Retry-After")).isNotBlank());
  }

  @Test
  @DisplayName("60 guesses at one account from 12 addresses are stopped with 429 after 20; the lock is short, and the owner"
      + " still signs in from an address they used before, which lifts it")
  void guessesFromManyAddresses() {
    Users.User target = users.citizen("spread");
    List<Http> addresses = new ArrayList<>();
    for (int i = 1; i <= 12; i++) addresses.add(from("127.0.2." + i));
    List<Http.Response> answers = new ArrayList<>();
    for (int i = 0; i < 60; i++) answers.add(addresses.get(i % 12).post("/api/v1/auth/login", null, guess(target.email(), i)));
    assertThat(answers.stream().filter(r -> r.status() == 401).count()).as("guesses that reached the password check")
        .isEqualTo(20);
    assertThat(answers.subList(20, 60)).allSatisfy(r -> {
      assertThat(r.status()).isEqualTo(429);
      assertThat(Long.parseLong(r.header("Retry-After"))).as("a short lock").isBetween(1L, 300L);
    });

    JsonObject right = new JsonObject().put("email", target.email()).put("password", Users.PASSWORD);
    assertThat(from("127.0.2.99").post("/api/v1/auth/login", null, right).status())
        .as("a new address waits out the lock, even with the right password").isEqualTo(429);
    assertThat(http.post("/api/v1/auth/login", null, right).status())
        .as("the owner signs in from the address they signed in from before").isEqualTo(200);
    assertThat(from("127.0.2.99").post("/api/v1/auth/login", null, right).status())
        .as("their sign-in lifted the lock").isEqualTo(200);
  }

  @Test
  @DisplayName("80 sign-ins at once answer only 200, 401, 429 or 503 with Retry-After, never 500, and no event loop is blocked")
  void burst() throws Exception {
    String hash = Passwords.hash(Users.PASSWORD);
    List<String> emails = new ArrayList<>();
    for (int i = 0; i < 80; i++) emails.add("burst-" + i + "@example.org");
    app.execute("INSERT INTO account (id, email, password_hash, name) SELECT gen_random_uuid(), e, '" + hash + "', 'Burst'"
        + " FROM unnest(ARRAY['" + String.join("','", emails) + "']) AS e");
    List<Http> addresses = new ArrayList<>();
    for (int i = 1; i <= 8; i++) addresses.add(from("127.0.3." + i));
    List<Future<Http.Response>> logins = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      JsonObject body = new JsonObject().put("email", emails.get(i)).put("password", i % 4 == 0 ? "wrong password " + i : Users.PASSWORD);
      logins.add(addresses.get(i % 8).postAsync("/api/v1/auth/login", null, body));
    }
    Http.Response probe = http.get("/api/v1/contact-points", null);
    List<Http.Response> answers = await(logins);
    Map<Integer, Long> statuses = answers.stream().collect(Collectors.groupingBy(Http.Response::status, Collectors.counting()));
    assertThat(statuses.keySet()).as(statuses.toString()).isSubsetOf(Set.of(200, 401, 429, 503));
    assertThat(statuses.getOrDefault(200, 0L)).as(statuses.toString()).isPositive();
    assertThat(answers).filteredOn(r -> r.status() == 503 || r.status() == 429)
        .allSatisfy(r -> assertThat(r.header("Retry-After")).isNotBlank());
    assertThat(probe.status()).as("others are served during the burst").isEqualTo(200);
    BlockedThreads.assertNone();
  }

  private Http from(String address) {
    return http.from(address);
  }

  private static JsonObject guess(String email, int i) {
    return new JsonObject().put("email", email).put("password", "guess number " + i);
  }

  private static List<Http.Response> await(List<Future<Http.Response>> futures) throws Exception {
    Future.join(futures).toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
    return futures.stream().map(Future::result).toList();
  }
}
