package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;

class PlatformRoutesTest extends ApiTest {

  private Http.Response get(String path, String... headers) {
    return http.raw(HttpMethod.GET, path, Http.headers(headers), null);
  }

  @Test
  @DisplayName("GET /api/v1/contact-points lists Seinäjoki and Umeå with country and time zone")
  void contactPoints() {
    Http.Response resp = http.get("/api/v1/contact-points", null);
    assertThat(resp.status()).isEqualTo(200);
    JsonArray list = resp.jsonArray();
    assertThat(list).hasSize(2);
    JsonObject seinajoki = list.getJsonObject(0);
    assertThat(seinajoki.getString("id")).isEqualTo("seinajoki");
    assertThat(seinajoki.getString("country")).isEqualTo("FI");
    assertThat(seinajoki.getString("timeZone")).isEqualTo("Europe/Helsinki");
    assertThat(seinajoki.getJsonObject("nameI18n").getString("sv")).isEqualTo("NTC:s kontaktpunkt Seinäjoki");
    JsonObject umea = list.getJsonObject(1);
    assertThat(umea.getString("id")).isEqualTo("umea");
    assertThat(umea.getString("country")).isEqualTo("SE");
    assertThat(umea.getString("timeZone")).isEqualTo("Europe/Stockholm");
  }

  @Test
  @DisplayName("the API picks ?lang= over Accept-Language, and Accept-Language over English")
  void apiLanguage() {
    assertThat(http.get("/api/v1/contact-points?lang=fi", null).jsonArray().getJsonObject(1).getString("name"))
        .isEqualTo("NTC:n yhteyspiste Uumaja");
    assertThat(get("/api/v1/contact-points", "Accept-Language", "sv-SE,sv;q=0.9,en;q=0.5").jsonArray().getJsonObject(0)
        .getString("name")).isEqualTo("NTC:s kontaktpunkt Seinäjoki");
    assertThat(get("/api/v1/contact-points", "Accept-Language", "de-DE").jsonArray().getJsonObject(0).getString("name"))
        .isEqualTo("NTC contact point Seinäjoki");
  }

  @Test
  @DisplayName("the home page shows the contact points from the database in the chosen language")
  void homeInEachLanguage() {
    Http.Response fi = http.get("/?lang=fi", null);
    assertThat(fi.status()).isEqualTo(200);
    assertThat(fi.header("Content-Type")).startsWith("text/html");
    assertThat(fi.text()).contains("<html lang=\"fi\">", "Teknologiaa, joka auttaa kotona ja hoidossa",
        "NTC:n yhteyspiste Seinäjoki", "NTC:n yhteyspiste Uumaja");
    assertThat(fi.headers().getAll("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("ntc_lang=fi").containsIgnoringCase("HttpOnly"));
    assertThat(get("/", "Accept-Language", "sv").text()).contains("<html lang=\"sv\">", "NTC:s kontaktpunkt Umeå");
    assertThat(http.get("/", null).text()).contains("<html lang=\"en\">", "NTC contact point Umeå", "Sign in");
  }

  @Test
  @DisplayName("a language chosen with ?lang= sticks through its cookie, over Accept-Language")
  void languageCookieSticks() {
    assertThat(get("/", "Cookie", "ntc_lang=sv", "Accept-Language", "fi").text()).contains("<html lang=\"sv\">");
  }

  @Test
  @DisplayName("an unsupported ?lang= falls back to Accept-Language and sets no cookie")
  void unsupportedLanguage() {
    Http.Response resp = get("/?lang=de", "Accept-Language", "fi");
    assertThat(resp.text()).contains("<html lang=\"fi\">");
    assertThat(resp.headers().getAll("Set-Cookie")).noneMatch(c -> c.startsWith("ntc_lang"));
  }

  @Test
  @DisplayName("an unknown API route answers a 404 problem+json without a stack trace")
  void unknownApiRoute() {
    Http.Response resp = http.get("/api/v1/nothing-here", null);
    assertThat(resp.status()).isEqualTo(404);
    assertThat(resp.header("Content-Type")).isEqualTo("application/problem+json");
    JsonObject problem = resp.json();
    assertThat(problem.getInteger("status")).isEqualTo(404);
    assertThat(problem.getString("type")).isNotBlank();
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getString("detail")).isNotBlank();
    assertThat(resp.text()).doesNotContain("Exception", "at org.");
  }

  @Test
  @DisplayName("an unknown contact point is a 404 problem")
  void unknownContactPoint() {
    Http.Response resp = http.get("/api/v1/contact-points/vaasa", null);
    assertThat(resp.status()).isEqualTo(404);
    assertThat(resp.json().getString("detail")).contains("vaasa");
  }

  @Test
  @DisplayName("an unknown page answers an HTML error page in the visitor's language")
  void unknownPage() {
    Http.Response resp = http.get("/no-such-page?lang=sv", null);
    assertThat(resp.status()).isEqualTo(404);
    assertThat(resp.header("Content-Type")).startsWith("text/html");
    assertThat(resp.text()).contains("<html lang=\"sv\">", "Sidan hittades inte", resp.header("X-Request-Id"));
  }

  @Test
  @DisplayName("every response carries the security headers, errors and assets included")
  void securityHeaders() {
    assertSecurityHeaders(http.get("/", null).headers());
    assertSecurityHeaders(http.get("/api/v1/missing", null).headers());
    Http.Response css = http.get("/assets/css/app.css", null);
    assertSecurityHeaders(css.headers());
    assertThat(css.status()).isEqualTo(200);
    assertThat(css.header("Cache-Control")).contains("max-age=");
  }

  @Test
  @DisplayName("hidden files under webroot are not served")
  void noHiddenFiles() {
    assertThat(http.get("/assets/../pom.xml", null).status()).isEqualTo(404);
    assertThat(http.get("/assets/.gitkeep", null).status()).isEqualTo(404);
  }

  @Test
  @DisplayName("GET /health answers UP with the node while the database answers")
  void healthUp() {
    Http.Response resp = http.get("/health", null);
    assertThat(resp.status()).isEqualTo(200);
    assertThat(resp.json().getString("status")).isEqualTo("UP");
    assertThat(resp.json().getString("node")).isEqualTo("seinajoki");
  }

  @Test
  @DisplayName("/health, answered before the router, carries every header a routed answer does; other methods get 405")
  void healthAtTheFrontDoor() {
    Http.Response health = get("/health?probe=balancer", "Authorization", "Bearer not-a-token");
    Http.Response routed = http.get("/api/v1/contact-points", null);
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.header("Content-Type")).isEqualTo("application/json");
    assertThat(health.header("Cache-Control")).isEqualTo("no-store");
    for (String name : List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy",
        "Permissions-Policy", "Cross-Origin-Opener-Policy")) {
      assertThat(health.header(name)).as(name).isNotNull().isEqualTo(routed.header(name));
    }
    assertThat(health.header("X-Request-Id")).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
        .isNotEqualTo(get("/health").header("X-Request-Id"));
    Http.Response posted = http.raw(HttpMethod.POST, "/health", Http.headers(), null);
    assertThat(posted.status()).isEqualTo(405);
    assertThat(posted.header("Allow")).contains("GET");
    assertThat(posted.header("Content-Type")).startsWith("application/problem+json");
    assertThat(http.raw(HttpMethod.DELETE, "/health", Http.headers(), null).status()).isEqualTo(405);
  }

  private static void assertSecurityHeaders(MultiMap headers) {
    String csp = headers.get("Content-Security-Policy");
    assertThat(csp).contains("frame-ancestors 'none'", "script-src 'self'").doesNotContain("unsafe-inline");
    assertThat(headers.get("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(headers.get("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    assertThat(headers.get("X-Request-Id")).isNotBlank();
  }
}
