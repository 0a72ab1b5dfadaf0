package org.ntc.hub.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users;
import org.ntc.hub.support.Users.User;

/** Nothing a person was given while signed in keeps working after they sign out or erase their account. */
class SignedOutTest extends ApiTest {

  @Test
  @DisplayName("signing out clears the token cookie and the token stops working; the person's other sessions go on")
  void signOut() {
    User person = users.citizen("out");
    String otherSession = users.login(person.email(), Users.PASSWORD);
    Http.Response out = http.post("/api/v1/auth/logout", person.token(), null);
    assertThat(out.status()).isEqualTo(204);
    assertThat(out.headers().getAll("Set-Cookie")).anySatisfy(set -> assertThat(set).startsWith("ntc_token=;").contains("Max-Age=0"));
    assertThat(http.get("/api/v1/me", person.token()).status()).isEqualTo(401);
    assertThat(http.get("/api/v1/me", otherSession).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("erasing the account clears the cookie, ends every session and stops the personal calendar feed")
  void erase() {
    User person = users.citizen("gone");
    String otherSession = users.login(person.email(), Users.PASSWORD);
    String feed = http.post("/api/v1/me/calendar-feed", person.token(), null).json().getString("url");
    assertThat(http.get(feed, null).status()).isEqualTo(200);

    Http.Response erased = http.call(HttpMethod.DELETE, "/api/v1/me", person.token(), new JsonObject().put("password", Users.PASSWORD));
    assertThat(erased.status()).as(erased.text()).isEqualTo(204);
    assertThat(erased.headers().getAll("Set-Cookie")).anySatisfy(set -> assertThat(set).startsWith("ntc_token=;").contains("Max-Age=0"));
    assertThat(http.get("/api/v1/me", otherSession).status()).isEqualTo(401);
    assertThat(http.get(feed, null).status()).as("the erased person's calendar feed").isEqualTo(404);
    assertThat(app.count("SELECT count(*) FROM calendar_feed WHERE account_id = '" + person.id() + "'")).isZero();
  }
}
