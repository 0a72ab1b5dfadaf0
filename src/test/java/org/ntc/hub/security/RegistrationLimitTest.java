package org.ntc.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.account.AccountService;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users;

/** A class of its own: it uses up the address's registrations for its database. */
class RegistrationLimitTest extends ApiTest {
  @Test
  @DisplayName("registration is limited per address: past the hourly limit it answers 429 with Retry-After")
  void registrationRateLimit() {
    Http.Response last = null;
    for (int i = 0; i < 110; i++) {
      last = http.post("/api/v1/auth/register", null, new JsonObject().put("email", "flood" + i + "@example.org")
          .put("password", "a long enough password " + i).put("name", "Flood " + i));
      if (last.status() == 429) break;
      assertThat(last.status()).isEqualTo(201);
    }
    assertThat(last.status()).isEqualTo(429);
    assertThat(last.header("Retry-After")).isNotNull();
  }

  @Test
  @DisplayName("registration cannot be used to sort emails into registered and not: after 10 answers that an email exists,"
      + " the address hears 429 for every registration, new email or not")
  void emailTakenAnswersAreLimited() {
    Http prober = http.from("127.0.4.1");
    Http elsewhere = http.from("127.0.4.2");
    String known = new Users(elsewhere).citizen("known").email();
    JsonObject again = new JsonObject().put("email", known).put("password", "a long enough password").put("name", "Probe");
    for (int i = 0; i < AccountService.EMAIL_TAKEN_ANSWERS_PER_ADDRESS.maxAttempts(); i++) {
      assertThat(prober.post("/api/v1/auth/register", null, again).status()).as("the contract's 409").isEqualTo(409);
    }
    Http.Response taken = prober.post("/api/v1/auth/register", null, again);
    Http.Response fresh = prober.post("/api/v1/auth/register", null, again.copy().put("email", "fresh-probe@example.org"));
    assertThat(taken.status()).isEqualTo(429);
    assertThat(fresh.status()).as("a new email gets the same answer").isEqualTo(429);
    assertThat(fresh.header("Retry-After")).isNotBlank();
    assertThat(app.count("SELECT count(*) FROM account WHERE email = 'fresh-probe@example.org'")).isZero();
    assertThat(elsewhere.post("/api/v1/auth/register", null, again.copy().put("email", "elsewhere@example.org")).status())
        .as("other addresses are not affected").isEqualTo(201);
  }
}
