package org.ntc.hub.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.OpenApiDocument;
import org.ntc.hub.support.OwnNode;
import org.ntc.hub.support.SseClient;
import org.ntc.hub.support.Users;

/** Proving an address, resetting and changing a password, changing the address; and what an unproven address may not do. */
@OwnNode("moves the clock two days on to let links expire")
class AccountLifecycleTest extends ApiTest {
  private static final String NEW_PASSWORD = "violet lantern orchard river";

  /** What an unverified person may still send; everything else that writes answers 403. */
  private static final Set<String> OPEN_TO_UNVERIFIED = Set.of(
      "POST /api/v1/auth/register", "POST /api/v1/auth/login", "POST /api/v1/auth/logout",
      "POST /api/v1/auth/verify-email", "POST /api/v1/auth/password-reset", "POST /api/v1/auth/password-reset/confirm",
      "POST /api/v1/me/verification", "PUT /api/v1/me/password", "PUT /api/v1/me/email", "DELETE /api/v1/me",
      "PUT /api/v1/me/notification-settings", "POST /api/v1/unsubscribe",
      "POST /api/v1/me/notifications/read-all", "POST /api/v1/me/notifications/{id}/read");

  private JsonArray mailTo(String email) {
    Http.Response outbox = http.get("/api/v1/admin/mail?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8),
        users.admin().token());
    assertThat(outbox.status()).isEqualTo(200);
    return outbox.json().getJsonArray("items");
  }

  private Http.Response verify(String token) {
    return http.post("/api/v1/auth/verify-email", null, new JsonObject().put("token", token));
  }

  private Http.Response login(String email, String password) {
    return http.post("/api/v1/auth/login", null, new JsonObject().put("email", email).put("password", password));
  }

  private Http.Response newOrganisation(String token) {
    return http.post("/api/v1/organisations", token, new JsonObject().put("name", "Org " + UUID.randomUUID())
        .put("type", "company").put("country", "FI"));
  }

  @Test
  @DisplayName("registration mails a verification link of the public form; only the token's hash is stored; following it lets the person write")
  void verification() {
    Users.User person = users.unverified("verify");
    JsonArray mails = mailTo(person.email());
    assertThat(mails).hasSize(1);
    String text = mails.getJsonObject(0).getString("text");
    assertThat(text).contains("http://localhost:8080/verify-email?token=");
    String token = users.link(person.email(), "verify-email");
    assertThat(token.length()).isGreaterThanOrEqualTo(43);
    assertThat(app.count("SELECT count(*) FROM account_token WHERE token_hash = '" + token + "'")).isZero();
    assertThat(app.count("SELECT count(*) FROM account_token WHERE token_hash = '" + AccountTokens.hash(token)
        + "' AND purpose = 'verify-email' AND expires_at > now() + interval '47 hours'")).isEqualTo(1);

    Http.Response refused = newOrganisation(person.token());
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().getString("type")).endsWith("email-unverified");
    assertThat(refused.json().getString("detail")).contains(person.email()).contains("/account/settings");

    assertThat(http.get("/api/v1/me", person.token()).json().getBoolean("emailVerified")).isFalse();
    assertThat(verify(token).status()).isEqualTo(204);
    assertThat(http.get("/api/v1/me", person.token()).json().getBoolean("emailVerified")).isTrue();
    assertThat(newOrganisation(person.token()).status()).isEqualTo(201);

    Http.Response again = verify(token);
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("token");
    assertThat(verify("no-such-token-" + UUID.randomUUID()).status()).isEqualTo(400);
  }

  @Test
  @DisplayName("the verification mail is in the person's language, greets them by name and is transactional (no unsubscribe)")
  void mailInTheirLanguage() {
    String email = "saga-" + UUID.randomUUID() + "@example.se";
    assertThat(http.post("/api/v1/auth/register", null, new JsonObject().put("email", email).put("password", Users.PASSWORD)
        .put("name", "Saga Lindqvist").put("locale", "sv")).status()).isEqualTo(201);
    JsonObject mail = mailTo(email).getJsonObject(0);
    assertThat(mail.getString("subject")).isEqualTo("Bekräfta din e-postadress för NTC Hub");
    assertThat(mail.getString("text")).contains("Saga Lindqvist", "Bekräfta min e-postadress: http://localhost:8080/verify-email?token=")
        .doesNotContain("unsubscribe?token=");
  }

  @Test
  @DisplayName("a verification link older than 48 hours answers 400 and proves nothing")
  void verificationExpires() {
    Users.User person = users.unverified("late");
    String token = users.link(person.email(), "verify-email");
    app.clock().passes(app.clock().now().plus(Duration.ofHours(48)));
    Http.Response late = verify(token);
    assertThat(late.status()).isEqualTo(400);
    assertThat(late.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("token");
    assertThat(app.count("SELECT count(*) FROM account WHERE id = '" + person.id() + "' AND email_verified_at IS NULL"))
        .isEqualTo(1);
  }

  @Test
  @DisplayName("a new link: 202 for an unverified person (the old link dies), 409 once verified, 429 past five an hour")
  void resend() {
    Users.User person = users.unverified("resend");
    String first = users.link(person.email(), "verify-email");
    assertThat(http.post("/api/v1/me/verification", person.token(), null).status()).isEqualTo(202);
    String second = users.link(person.email(), "verify-email");
    assertThat(second).isNotEqualTo(first);
    assertThat(verify(first).status()).isEqualTo(400);
    for (int i = 0; i < 4; i++) assertThat(http.post("/api/v1/me/verification", person.token(), null).status()).isEqualTo(202);
    Http.Response tooMany = http.post("/api/v1/me/verification", person.token(), null);
    assertThat(tooMany.status()).isEqualTo(429);
    assertThat(tooMany.header("Retry-After")).isNotBlank();

    Users.User verified = users.citizen("resend-verified");
    assertThat(http.post("/api/v1/me/verification", verified.token(), null).status()).isEqualTo(409);
    assertThat(http.post("/api/v1/me/verification", null, null).status()).isEqualTo(401);
  }

  @Test
  @DisplayName("a reset request answers 202 with the same body whether or not the account exists; only a real account gets mail")
  void resetDoesNotTell() {
    Users.User person = users.citizen("reset-known");
    String unknown = "nobody-" + UUID.randomUUID() + "@example.org";
    Http.Response known = http.post("/api/v1/auth/password-reset", null, new JsonObject().put("email", person.email()));
    Http.Response other = http.post("/api/v1/auth/password-reset", null, new JsonObject().put("email", unknown));
    assertThat(known.status()).isEqualTo(202);
    assertThat(other.status()).isEqualTo(202);
    assertThat(known.text()).isEqualTo(other.text());
    assertThat(mailTo(unknown)).isEmpty();
    assertThat(users.link(person.email(), "reset-password")).isNotBlank();
    assertThat(http.post("/api/v1/auth/password-reset", null, new JsonObject().put("email", "not an email")).status())
        .isEqualTo(400);
  }

  @Test
  @DisplayName("a reset ends every session, kills the link and earlier ones, proves the address, and mails a notice")
  void reset() {
    Users.User person = users.unverified("reset");
    String secondSession = users.login(person.email(), Users.PASSWORD);
    http.post("/api/v1/auth/password-reset", null, new JsonObject().put("email", person.email()));
    String earlier = users.link(person.email(), "reset-password");
    http.post("/api/v1/auth/password-reset", null, new JsonObject().put("email", person.email()));
    String token = users.link(person.email(), "reset-password", earlier);
    assertThat(token).isNotEqualTo(earlier);

    Http.Response weak = http.post("/api/v1/auth/password-reset/confirm", null,
        new JsonObject().put("token", token).put("password", "short"));
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("password");

    Http.Response done = http.post("/api/v1/auth/password-reset/confirm", null,
        new JsonObject().put("token", token).put("password", NEW_PASSWORD));
    assertThat(done.status()).as(done.text()).isEqualTo(204);
    assertThat(http.get("/api/v1/me", person.token()).status()).isEqualTo(401);
    assertThat(http.get("/api/v1/me", secondSession).status()).isEqualTo(401);
    assertThat(login(person.email(), Users.PASSWORD).status()).isEqualTo(401);
    String fresh = users.login(person.email(), NEW_PASSWORD);
    assertThat(newOrganisation(fresh).status()).isEqualTo(201);

    Http.Response reused = http.post("/api/v1/auth/password-reset/confirm", null,
        new JsonObject().put("token", token).put("password", "another long passphrase here"));
    assertThat(reused.status()).isEqualTo(400);
    assertThat(http.post("/api/v1/auth/password-reset/confirm", null,
        new JsonObject().put("token", earlier).put("password", "another long passphrase here")).status()).isEqualTo(400);
    assertThat(mailTo(person.email()).stream().map(m -> ((JsonObject) m).getString("subject")))
        .contains("Your NTC Hub password was changed");
    assertThat(app.count("SELECT count(*) FROM audit_log WHERE actor_id = '" + person.id()
        + "' AND action = 'account.password-reset'")).isEqualTo(1);
  }

  @Test
  @DisplayName("a reset link older than an hour answers 400 and changes nothing")
  void resetExpires() {
    Users.User person = users.citizen("reset-late");
    http.post("/api/v1/auth/password-reset", null, new JsonObject().put("email", person.email()));
    String token = users.link(person.email(), "reset-password");
    app.clock().passes(app.clock().now().plus(Duration.ofHours(1)));
    Http.Response late = http.post("/api/v1/auth/password-reset/confirm", null,
        new JsonObject().put("token", token).put("password", NEW_PASSWORD));
    assertThat(late.status()).isEqualTo(400);
    assertThat(http.get("/api/v1/me", person.token()).status()).isEqualTo(200);
    assertThat(login(person.email(), Users.PASSWORD).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("past three reset mails an hour an address gets no more, though the answer stays 202")
  void resetMailIsThrottled() {
    Users.User person = users.citizen("reset-flood");
    for (int i = 0; i < 5; i++) {
      assertThat(http.post("/api/v1/auth/password-reset", null, new JsonObject().put("email", person.email())).status())
          .isEqualTo(202);
    }
    java.util.function.LongSupplier resets = () -> mailTo(person.email()).stream()
        .filter(m -> ((JsonObject) m).getString("text").contains("/reset-password?token=")).count();
    // The links are queued after the answers: wait for three, then make sure no fourth follows.
    org.ntc.hub.support.Eventually.holds("three reset mails", java.time.Duration.ofSeconds(10), () -> resets.getAsLong() >= 3);
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    assertThat(resets.getAsLong()).isEqualTo(3);
  }

  @Test
  @DisplayName("past twenty reset requests an hour from one client address the answer is 429, whatever the email")
  void resetRequestsPerAddress() {
    Http from = http.from("127.0.0.77");
    for (int i = 0; i < 20; i++) {
      assertThat(from.post("/api/v1/auth/password-reset", null,
          new JsonObject().put("email", "someone-" + i + "-" + UUID.randomUUID() + "@example.org")).status()).isEqualTo(202);
    }
    Http.Response tooMany = from.post("/api/v1/auth/password-reset", null,
        new JsonObject().put("email", "one-more-" + UUID.randomUUID() + "@example.org"));
    assertThat(tooMany.status()).isEqualTo(429);
    assertThat(tooMany.header("Retry-After")).isNotBlank();
  }

  @Test
  @DisplayName("wrong current passwords count as failed sign-ins: the sixth in a row answers 429")
  void wrongCurrentPasswordsAreLimited() {
    Users.User person = users.citizen("guess");
    Http from = http.from("127.0.0.78");
    for (int i = 0; i < 5; i++) {
      assertThat(from.call(HttpMethod.PUT, "/api/v1/me/password", person.token(),
          new JsonObject().put("currentPassword", "guess number " + i + " here").put("password", NEW_PASSWORD)).status())
          .isEqualTo(400);
    }
    assertThat(from.call(HttpMethod.PUT, "/api/v1/me/password", person.token(),
        new JsonObject().put("currentPassword", Users.PASSWORD).put("password", NEW_PASSWORD)).status()).isEqualTo(429);
  }

  @Test
  @DisplayName("changing the password needs the current one (400 otherwise); other sessions end, this one stays")
  void changePassword() {
    Users.User person = users.citizen("change");
    String other = users.login(person.email(), Users.PASSWORD);
    Http.Response wrong = http.call(HttpMethod.PUT, "/api/v1/me/password", person.token(),
        new JsonObject().put("currentPassword", "not my password at all").put("password", NEW_PASSWORD));
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("currentPassword");

    Http.Response done = http.call(HttpMethod.PUT, "/api/v1/me/password", person.token(),
        new JsonObject().put("currentPassword", Users.PASSWORD).put("password", NEW_PASSWORD));
    assertThat(done.status()).as(done.text()).isEqualTo(204);
    assertThat(http.get("/api/v1/me", person.token()).status()).isEqualTo(200);
    assertThat(http.get("/api/v1/me", other).status()).isEqualTo(401);
    assertThat(login(person.email(), NEW_PASSWORD).status()).isEqualTo(200);
    assertThat(mailTo(person.email()).stream().map(m -> ((JsonObject) m).getString("subject")))
        .contains("Your NTC Hub password was changed");
  }

  @Test
  @DisplayName("a new address is used once its link is followed; the old address is told; 409 if another account took it meanwhile")
  void changeEmail() {
    Users.User person = users.citizen("move");
    String newEmail = "moved-" + UUID.randomUUID() + "@example.org";
    Http.Response wrong = http.call(HttpMethod.PUT, "/api/v1/me/email", person.token(),
        new JsonObject().put("email", newEmail).put("password", "not my password at all"));
    assertThat(wrong.status()).isEqualTo(400);
    Http.Response asked = http.call(HttpMethod.PUT, "/api/v1/me/email", person.token(),
        new JsonObject().put("email", newEmail).put("password", Users.PASSWORD));
    assertThat(asked.status()).as(asked.text()).isEqualTo(204);
    assertThat(http.get("/api/v1/me", person.token()).json().getString("email")).isEqualTo(person.email());
    assertThat(mailTo(person.email()).stream().map(m -> ((JsonObject) m).getString("text"))).anyMatch(t -> t.contains(newEmail));

    assertThat(verify(users.link(newEmail, "verify-email")).status()).isEqualTo(204);
    assertThat(http.get("/api/v1/me", person.token()).json().getString("email")).isEqualTo(newEmail);
    assertThat(login(newEmail, Users.PASSWORD).status()).isEqualTo(200);

    Users.User second = users.citizen("move-race");
    String contested = "contested-" + UUID.randomUUID() + "@example.org";
    assertThat(http.call(HttpMethod.PUT, "/api/v1/me/email", second.token(),
        new JsonObject().put("email", contested).put("password", Users.PASSWORD)).status()).isEqualTo(204);
    String link = users.link(contested, "verify-email");
    assertThat(http.post("/api/v1/auth/register", null, new JsonObject().put("email", contested)
        .put("password", Users.PASSWORD).put("name", "Someone Else")).status()).isEqualTo(201);
    assertThat(verify(link).status()).isEqualTo(409);
    assertThat(http.get("/api/v1/me", second.token()).json().getString("email")).isEqualTo(second.email());
  }

  @Test
  @DisplayName("an unverified person may correct a mistyped address; a new link then goes to the corrected one")
  void correctMistypedAddress() {
    Users.User person = users.unverified("typo");
    String corrected = "corrected-" + UUID.randomUUID() + "@example.org";
    assertThat(http.call(HttpMethod.PUT, "/api/v1/me/email", person.token(),
        new JsonObject().put("email", corrected).put("password", Users.PASSWORD)).status()).isEqualTo(204);
    String first = users.link(corrected, "verify-email");
    assertThat(http.post("/api/v1/me/verification", person.token(), null).status()).isEqualTo(202);
    String second = users.link(corrected, "verify-email");
    assertThat(second).isNotEqualTo(first);
    assertThat(verify(second).status()).isEqualTo(204);
    JsonObject me = http.get("/api/v1/me", person.token()).json();
    assertThat(me.getString("email")).isEqualTo(corrected);
    assertThat(me.getBoolean("emailVerified")).isTrue();
  }

  @Test
  @DisplayName("live streams end with their sessions: all of them on a reset, the others on a password change")
  void streamsEnd() throws Exception {
    String stream = "/api/v1/events/stream";
    Users.User person = users.citizen("streams");
    String other = users.login(person.email(), Users.PASSWORD);
    try (SseClient kept = SseClient.open(app.port(), stream, person.token(), null);
         SseClient ended = SseClient.open(app.port(), stream, other, null)) {
      assertThat(kept.status()).isEqualTo(200);
      assertThat(ended.status()).isEqualTo(200);
      assertThat(http.call(HttpMethod.PUT, "/api/v1/me/password", person.token(),
          new JsonObject().put("currentPassword", Users.PASSWORD).put("password", NEW_PASSWORD)).status()).isEqualTo(204);
      assertThat(ended.awaitEnd(10)).as("the other session's stream ends").isTrue();
      assertThat(kept.ended()).isFalse();

      http.post("/api/v1/auth/password-reset", null, new JsonObject().put("email", person.email()));
      assertThat(http.post("/api/v1/auth/password-reset/confirm", null, new JsonObject()
          .put("token", users.link(person.email(), "reset-password")).put("password", "plum quartz ferry autumn")).status())
          .isEqualTo(204);
      assertThat(kept.awaitEnd(10)).as("after a reset no stream goes on").isTrue();
    }
  }

  @Test
  @DisplayName("an unverified person gets 403 from every documented route that writes, except their own account's few")
  void unverifiedMayNotWrite() {
    Users.User person = users.unverified("gate");
    List<OpenApiDocument.Op> writes = OpenApiDocument.load().operations().stream().filter(OpenApiDocument.Op::write).toList();
    assertThat(writes).hasSizeGreaterThan(20);
    for (OpenApiDocument.Op op : writes) {
      if (OPEN_TO_UNVERIFIED.contains(op.name())) continue;
      String path = op.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
      Http.Response answer = http.call(HttpMethod.valueOf(op.method()), path, person.token(), new JsonObject());
      assertThat(answer.status()).as(op.name() + ": " + answer.text()).isEqualTo(403);
      assertThat(answer.json().getString("type")).as(op.name()).endsWith("email-unverified");
    }
  }
}
