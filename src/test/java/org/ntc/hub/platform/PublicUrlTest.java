package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.TestApp;
import org.ntc.hub.support.Users;

/** Behind a TLS-terminating proxy the request looks like plain HTTP; NTC_PUBLIC_URL says how people really reach the site. */
@ExtendWith(VertxExtension.class)
class PublicUrlTest {
  private static TestApp app;

  @BeforeAll
  static void start() {
    app = TestApp.start(Map.of("NTC_PUBLIC_URL", "https://hub.ntc.example/"));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  @DisplayName("with an https public address, cookies are Secure, HSTS is sent, and absolute links use that address whatever the Host header says")
  void httpsPublicAddress(Vertx vertx) {
    Http http = new Http(vertx, app.port());
    MultiMap forgedHost = MultiMap.caseInsensitiveMultiMap().add("Host", "evil.example");
    Http.Response home = http.raw(HttpMethod.GET, "/login", forgedHost, null);
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.header("Strict-Transport-Security")).startsWith("max-age=");
    assertThat(home.headers().getAll("Set-Cookie")).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).contains("Secure"));

    Users users = new Users(http);
    Users.User person = users.citizen("proxy");
    Http.Response signedIn = http.form("/login", MultiMap.caseInsensitiveMultiMap().add("Cookie", cookieOf(home)),
        MultiMap.caseInsensitiveMultiMap().add("_csrf", Http.csrfField(home))
            .add("email", person.email()).add("password", Users.PASSWORD));
    assertThat(signedIn.status()).isEqualTo(303);
    assertThat(signedIn.headers().getAll("Set-Cookie")).anySatisfy(cookie ->
        assertThat(cookie).startsWith("ntc_token=").contains("Secure").containsIgnoringCase("HttpOnly"));

    JsonObject feed = http.post("/api/v1/me/calendar-feed", person.token(), null).json();
    assertThat(feed.getString("url")).startsWith("https://hub.ntc.example/calendar/");

    java.time.OffsetDateTime start = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusDays(5).withNano(0);
    String training = http.post("/api/v1/trainings", users.staff("seinajoki").token(), new JsonObject()
        .put("title", new JsonObject().put("en", "Video visits in home care")).put("format", "online")
        .put("contactPoint", "seinajoki").put("startsAt", start.toString()).put("endsAt", start.plusHours(2).toString())
        .put("capacity", 10).put("language", "en").put("audience", new io.vertx.core.json.JsonArray().add("professionals")))
        .json().getString("id");
    Http.Response page = http.raw(HttpMethod.GET, "/trainings/" + training, forgedHost, null);
    assertThat(PageHtml.parse(page.text()).select("meta[property=og:url]").attr("content"))
        .startsWith("https://hub.ntc.example/trainings/" + training);

    Http.Response problem = http.raw(HttpMethod.GET, "/api/v1/nothing-here", forgedHost, null);
    assertThat(problem.header("Strict-Transport-Security")).as("errors carry it too").startsWith("max-age=");
  }

  private static String cookieOf(Http.Response response) {
    StringBuilder cookie = new StringBuilder();
    for (String set : response.headers().getAll("Set-Cookie")) cookie.append(set.split(";", 2)[0]).append("; ");
    return cookie.toString();
  }
}
