package org.ntc.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;

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

}
