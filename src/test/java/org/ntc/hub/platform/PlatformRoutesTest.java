package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.Api;
import org.ntc.hub.support.ApiTest;

class PlatformRoutesTest extends ApiTest {
  Api api;

  @BeforeEach
  void client(Vertx vertx) {
    api = new Api(vertx, app.port());
  }

  @Test
  @DisplayName("GET /api/v1/contact-points lists Seinäjoki and Umeå with country and time zone")
  void contactPoints(VertxTestContext ctx) {
    api.get("/api/v1/contact-points").onComplete(ctx.succeeding(resp -> ctx.verify(() -> {
      assertThat(resp.statusCode()).isEqualTo(200);
      JsonArray list = resp.bodyAsJsonArray();
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
      ctx.completeNow();
    })));
  }

  @Test
  @DisplayName("the API picks ?lang= over Accept-Language, and Accept-Language over English")
  void apiLanguage(VertxTestContext ctx) {
    api.get("/api/v1/contact-points?lang=fi").compose(fi -> {
      ctx.verify(() -> assertThat(fi.bodyAsJsonArray().getJsonObject(1).getString("name")).isEqualTo("NTC:n yhteyspiste Uumaja"));
      return api.request(HttpMethod.GET, "/api/v1/contact-points", null).putHeader("Accept-Language", "sv-SE,sv;q=0.9,en;q=0.5").send();
    }).compose(sv -> {
      ctx.verify(() -> assertThat(sv.bodyAsJsonArray().getJsonObject(0).getString("name")).isEqualTo("NTC:s kontaktpunkt Seinäjoki"));
      return api.request(HttpMethod.GET, "/api/v1/contact-points", null).putHeader("Accept-Language", "de-DE").send();
    }).onComplete(ctx.succeeding(en -> ctx.verify(() -> {
      assertThat(en.bodyAsJsonArray().getJsonObject(0).getString("name")).isEqualTo("NTC contact point Seinäjoki");
      ctx.completeNow();
    })));
  }

  @Test
  @DisplayName("the home page shows the contact points from the database in the chosen language")
  void homeInEachLanguage(VertxTestContext ctx) {
    api.get("/?lang=fi").compose(fi -> {
      ctx.verify(() -> {
        assertThat(fi.statusCode()).isEqualTo(200);
        assertThat(fi.getHeader("Content-Type")).startsWith("text/html");
        assertThat(fi.bodyAsString()).contains("<html lang=\"fi\">", "Teknologiaa, joka auttaa kotona ja hoidossa",
            "NTC:n yhteyspiste Seinäjoki", "NTC:n yhteyspiste Uumaja");
        assertThat(fi.cookies()).anySatisfy(c -> assertThat(c).startsWith("ntc_lang=fi").containsIgnoringCase("HttpOnly"));
      });
      return api.request(HttpMethod.GET, "/", null).putHeader("Accept-Language", "sv").send();
    }).compose(sv -> {
      ctx.verify(() -> assertThat(sv.bodyAsString()).contains("<html lang=\"sv\">", "NTC:s kontaktpunkt Umeå"));
      return api.get("/");
    }).onComplete(ctx.succeeding(en -> ctx.verify(() -> {
      assertThat(en.bodyAsString()).contains("<html lang=\"en\">", "NTC contact point Umeå", "Sign in");
      ctx.completeNow();
    })));
  }

  @Test
  @DisplayName("a language chosen with ?lang= sticks through its cookie, over Accept-Language")
  void languageCookieSticks(VertxTestContext ctx) {
    api.request(HttpMethod.GET, "/", null)
        .putHeader("Cookie", "ntc_lang=sv")
        .putHeader("Accept-Language", "fi")
        .send()
        .onComplete(ctx.succeeding(resp -> ctx.verify(() -> {
          assertThat(resp.bodyAsString()).contains("<html lang=\"sv\">");
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("an unsupported ?lang= falls back to Accept-Language and sets no cookie")
  void unsupportedLanguage(VertxTestContext ctx) {
    api.request(HttpMethod.GET, "/?lang=de", null).putHeader("Accept-Language", "fi").send()
        .onComplete(ctx.succeeding(resp -> ctx.verify(() -> {
          assertThat(resp.bodyAsString()).contains("<html lang=\"fi\">");
          assertThat(resp.cookies()).noneMatch(c -> c.startsWith("ntc_lang"));
          ctx.completeNow();
        })));
  }

  @Test
  @DisplayName("an unknown API route answers a 404 problem+json without a stack trace")
  void unknownApiRoute(VertxTestContext ctx) {
    api.get("/api/v1/nothing-here").onComplete(ctx.succeeding(resp -> ctx.verify(() -> {
      assertThat(resp.statusCode()).isEqualTo(404);
      assertThat(resp.getHeader("Content-Type")).isEqualTo("application/problem+json");
      JsonObject problem = resp.bodyAsJsonObject();
      assertThat(problem.getInteger("status")).isEqualTo(404);
      assertThat(problem.getString("type")).isNotBlank();
      assertThat(problem.getString("title")).isNotBlank();
      assertThat(problem.getString("detail")).isNotBlank();
      assertThat(resp.bodyAsString()).doesNotContain("Exception", "at org.");
      ctx.completeNow();
    })));
  }

  @Test
  @DisplayName("an unknown contact point is a 404 problem")
  void unknownContactPoint(VertxTestContext ctx) {
    api.get("/api/v1/contact-points/vaasa").onComplete(ctx.succeeding(resp -> ctx.verify(() -> {
      assertThat(resp.statusCode()).isEqualTo(404);
      assertThat(resp.bodyAsJsonObject().getString("detail")).contains("vaasa");
      ctx.completeNow();
    })));
  }

  @Test
  @DisplayName("an unknown page answers an HTML error page in the visitor's language")
  void unknownPage(VertxTestContext ctx) {
    api.get("/no-such-page?lang=sv").onComplete(ctx.succeeding(resp -> ctx.verify(() -> {
      assertThat(resp.statusCode()).isEqualTo(404);
      assertThat(resp.getHeader("Content-Type")).startsWith("text/html");
      assertThat(resp.bodyAsString()).contains("<html lang=\"sv\">", "Sidan hittades inte", resp.getHeader("X-Request-Id"));
      ctx.completeNow();
    })));
  }

  @Test
  @DisplayName("every response carries the security headers, errors and assets included")
  void securityHeaders(VertxTestContext ctx) {
    api.get("/").compose(page -> {
      assertSecurityHeaders(ctx, page.headers());
      return api.get("/api/v1/missing");
    }).compose(problem -> {
      assertSecurityHeaders(ctx, problem.headers());
      return api.get("/assets/css/app.css");
    }).onComplete(ctx.succeeding(css -> ctx.verify(() -> {
      assertSecurityHeaders(ctx, css.headers());
      assertThat(css.statusCode()).isEqualTo(200);
      assertThat(css.getHeader("Cache-Control")).contains("max-age=");
      ctx.completeNow();
    })));
  }

  @Test
  @DisplayName("hidden files under webroot are not served")
  void noHiddenFiles(VertxTestContext ctx) {
    api.get("/assets/../pom.xml").compose(up -> {
      ctx.verify(() -> assertThat(up.statusCode()).isEqualTo(404));
      return api.get("/assets/.gitkeep");
    }).onComplete(ctx.succeeding(hidden -> ctx.verify(() -> {
      assertThat(hidden.statusCode()).isEqualTo(404);
      ctx.completeNow();
    })));
  }

  @Test
  @DisplayName("GET /health answers UP with the node while the database answers")
  void healthUp(VertxTestContext ctx) {
    api.get("/health").onComplete(ctx.succeeding(resp -> ctx.verify(() -> {
      assertThat(resp.statusCode()).isEqualTo(200);
      assertThat(resp.bodyAsJsonObject().getString("status")).isEqualTo("UP");
      assertThat(resp.bodyAsJsonObject().getString("node")).isEqualTo("seinajoki");
      ctx.completeNow();
    })));
  }

  private static void assertSecurityHeaders(VertxTestContext ctx, io.vertx.core.MultiMap headers) {
    ctx.verify(() -> {
      String csp = headers.get("Content-Security-Policy");
      assertThat(csp).contains("frame-ancestors 'none'", "script-src 'self'").doesNotContain("unsafe-inline");
      assertThat(headers.get("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(headers.get("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
      assertThat(headers.get("X-Request-Id")).isNotBlank();
    });
  }
}
