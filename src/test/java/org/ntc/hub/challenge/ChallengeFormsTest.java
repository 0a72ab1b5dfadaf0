package org.ntc.hub.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;

class ChallengeFormsTest extends ApiTest {

  @Test
  @DisplayName("an anonymous browser that posts an answer or a review is sent to sign in first")
  void signInFirst() {
    Http.Response login = http.get("/login", null);
    String cookie = Http.csrfCookie(login);
    String token = Http.csrfField(login);
    for (String action : List.of("answers", "review")) {
      Http.Response posted = http.raw(HttpMethod.POST, "/challenges/" + UUID.randomUUID() + "/" + action,
          MultiMap.caseInsensitiveMultiMap().add("Cookie", cookie).add("Content-Type", "application/x-www-form-urlencoded"),
          "_csrf=" + token + "&proposal=x&decision=approve");
      assertThat(posted.status()).as(action + ": " + posted.text()).isEqualTo(303);
      assertThat(posted.header("Location")).isEqualTo("/login");
    }
  }
}
