package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.junit5.VertxExtension;
import io.vertx.pgclient.PgException;
import java.net.ConnectException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ntc.hub.support.Http;

/**
 * The one path from a failure to HTTP, on a router of its own (no node, no database): each
 * problem's status, type and Retry-After; problem JSON under /api, an error page elsewhere.
 */
@ExtendWith(VertxExtension.class)
class FailuresTest {
  static final String TYPES = "https://ntc-hub.example/problems/";
  /** What each route under /api/fail/ and /fail/ fails with. */
  static final Map<String, Supplier<Throwable>> FAILURES = Map.ofEntries(
      Map.entry("invalid", () -> new Invalid(List.of(new FieldError("email", "must be an email address"),
          new FieldError("name", "is required")))),
      Map.entry("unauthenticated", () -> new Unauthenticated("Sign in first")),
      Map.entry("forbidden", () -> new Forbidden("Only staff review")),
      Map.entry("not-found", () -> new NotFound("showcase", "7")),
      Map.entry("no-such-route", () -> NotFound.noSuchRoute("/api/v1/nowhere")),
      Map.entry("conflict", () -> new Conflict("Already published")),
      Map.entry("too-large", () -> new TooLarge("At most 5 MB")),
      Map.entry("unsupported-media", () -> new UnsupportedMedia("Send a PNG, JPEG or WebP image")),
      Map.entry("too-many-attempts", () -> new TooManyAttempts("Too many failed sign-ins", 42)),
      Map.entry("busy", () -> new Busy("Hashing is busy", 3)),
      Map.entry("uploads-busy", () -> new TooManyUploads(4)),
      Map.entry("not-json", () -> new DecodeException("Unexpected end-of-input")),
      Map.entry("refused-value", () -> new PgException("invalid byte sequence", "ERROR", "22021", null)),
      Map.entry("database-gone", () -> new RuntimeException("query failed", new ConnectException("Connection refused"))),
      Map.entry("bug", () -> new IllegalStateException("a bug")));

  static Http http;

  @BeforeAll
  static void serve(Vertx vertx) {
    Router router = Router.router(vertx);
    router.route().handler(new SecurityHeaders(URI.create("http://localhost:8080"))::apply);
    router.route().handler(Languages::choose);
    router.route("/api/fail/:kind").handler(ctx -> ctx.fail(FAILURES.get(ctx.pathParam("kind")).get()));
    router.route("/api/status/:status").handler(ctx -> ctx.fail(Integer.parseInt(ctx.pathParam("status"))));
    router.route("/fail/:kind").handler(ctx -> ctx.fail(FAILURES.get(ctx.pathParam("kind")).get()));
    router.route().failureHandler(new Failures(new Views()));
    int port = Http.awaitResult(vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")).actualPort();
    http = new Http(vertx, port);
  }

  static Stream<Arguments> problems() {
    return Stream.of(
        Arguments.of("invalid", 400, "invalid-input", "Invalid input", null),
        Arguments.of("unauthenticated", 401, "unauthenticated", "Not signed in", null),
        Arguments.of("forbidden", 403, "forbidden", "Not allowed", null),
        Arguments.of("not-found", 404, "not-found", "Not found", null),
        Arguments.of("no-such-route", 404, NotFound.NO_SUCH_ROUTE, "Not found", null),
        Arguments.of("conflict", 409, "conflict", "Conflict", null),
        Arguments.of("too-large", 413, "too-large", "Request too large", null),
        Arguments.of("unsupported-media", 415, "unsupported-media-type", "Unsupported media type", null),
        Arguments.of("too-many-attempts", 429, "too-many-attempts", "Too many attempts", "42"),
        Arguments.of("busy", 503, "busy", "Busy", "3"),
        Arguments.of("uploads-busy", 503, "uploads-busy", "Busy", "5"));
  }

  @ParameterizedTest(name = "{0} → {1} {2}")
  @MethodSource("problems")
  @DisplayName("under /api each problem answers problem JSON with its status, type, title and detail; 429 and 503 say when to retry")
  void problemJson(String kind, int status, String type, String title, String retryAfter) {
    Http.Response response = http.get("/api/fail/" + kind, null);
    assertThat(response.status()).isEqualTo(status);
    assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
    assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    assertThat(response.header("Retry-After")).isEqualTo(retryAfter);
    JsonObject problem = response.json();
    assertThat(problem.getString("type")).isEqualTo(TYPES + type);
    assertThat(problem.getString("title")).isEqualTo(title);
    assertThat(problem.getInteger("status")).isEqualTo(status);
    assertThat(problem.getString("detail")).isEqualTo(FAILURES.get(kind).get().getMessage());
    assertThat(problem.containsKey("retryAfter")).as("Retry-After is a header, not a field").isFalse();
  }

  @Test
  @DisplayName("invalid input names every field and what is wrong with it, in order")
  void invalidNamesEachField() {
    JsonObject problem = http.get("/api/fail/invalid", null).json();
    assertThat(problem.getString("detail")).isEqualTo("2 fields are invalid");
    assertThat(problem.getJsonArray("errors")).containsExactly(
        new JsonObject().put("field", "email").put("message", "must be an email address"),
        new JsonObject().put("field", "name").put("message", "is required"));
  }

  @Test
  @DisplayName("a body that is not JSON, and a value PostgreSQL refuses, are the caller's 400")
  void unreadableInput() {
    JsonObject notJson = http.get("/api/fail/not-json", null).json();
    assertThat(notJson.getInteger("status")).isEqualTo(400);
    assertThat(notJson.getString("type")).isEqualTo(TYPES + "invalid-input");
    assertThat(notJson.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("body");
    Http.Response refused = http.get("/api/fail/refused-value", null);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getString("type")).isEqualTo(TYPES + "invalid-input");
  }

  @Test
  @DisplayName("a database that does not answer is a 503 with Retry-After; anything else is a 500 naming the request id, no stack trace")
  void unavailableAndUnexpected() {
    Http.Response gone = http.get("/api/fail/database-gone", null);
    assertThat(gone.status()).isEqualTo(503);
    assertThat(gone.json().getString("type")).isEqualTo(TYPES + "database-unavailable");
    assertThat(gone.header("Retry-After")).isEqualTo("5");
    Http.Response bug = http.get("/api/fail/bug", null);
    assertThat(bug.status()).isEqualTo(500);
    assertThat(bug.json().getString("type")).isEqualTo(TYPES + "internal");
    assertThat(bug.json().getString("detail")).contains(bug.header("X-Request-Id"));
    assertThat(bug.text()).doesNotContain("IllegalStateException", "a bug", "at org.");
  }

  @Test
  @DisplayName("a route that fails with a bare status answers that status's problem")
  void bareStatus() {
    Map<Integer, String> types = Map.of(400, "invalid-input", 401, "unauthenticated", 403, "forbidden", 404, "not-found",
        405, "method-not-allowed", 413, "too-large", 415, "unsupported-media-type", 418, "http-418");
    types.forEach((status, type) -> {
      Http.Response response = http.get("/api/status/" + status, null);
      assertThat(response.status()).isEqualTo(status);
      assertThat(response.json().getString("type")).as(String.valueOf(status)).isEqualTo(TYPES + type);
    });
  }

  @Test
  @DisplayName("outside /api a failure is an error page with its status, in the visitor's language, naming the request id")
  void errorPage() {
    Http.Response page = http.get("/fail/forbidden?lang=fi", null);
    assertThat(page.status()).isEqualTo(403);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.text()).contains("<html lang=\"fi\">", I18n.text("fi", "error.403.title"), page.header("X-Request-Id"))
        .doesNotContain("Only staff review");
    Http.Response conflict = http.get("/fail/conflict?lang=sv", null);
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.text()).as("a 4xx without a page of its own").contains(I18n.text("sv", "error.400.title"));
    Http.Response bug = http.get("/fail/bug?lang=en", null);
    assertThat(bug.status()).isEqualTo(500);
    assertThat(bug.text()).contains(I18n.text("en", "error.500.title")).doesNotContain("IllegalStateException");
  }

  @Test
  @DisplayName("a caller that asks for JSON gets problem JSON outside /api too; one that asks for HTML gets the page")
  void askedForJson() {
    Http.Response json = http.raw(HttpMethod.GET, "/fail/not-found", Http.headers("Accept", "application/json"), null);
    assertThat(json.header("Content-Type")).isEqualTo("application/problem+json");
    assertThat(json.json().getInteger("status")).isEqualTo(404);
    Http.Response page = http.raw(HttpMethod.GET, "/fail/not-found", Http.headers("Accept", "text/html,application/json"), null);
    assertThat(page.header("Content-Type")).startsWith("text/html");
  }

  @Test
  @DisplayName("the pool's own words for no free connection, and a full wait queue, mean 503, not 500")
  void poolExhaustionIsUnavailable() {
    assertThat(Failures.databaseDown(new VertxException("Timeout waiting for connection", true))).isTrue();
    assertThat(Failures.databaseDown(new RuntimeException("wrapped", new ConnectionPoolTooBusyException("queue full")))).isTrue();
    assertThat(Failures.databaseDown(new java.io.IOException("Connection reset by peer"))).as("a reset met while writing").isTrue();
    assertThat(Failures.databaseDown(new java.io.IOException("Broken pipe"))).isTrue();
    assertThat(Failures.databaseDown(new java.io.IOException("No space left on device"))).isFalse();
    assertThat(Failures.databaseDown(new IllegalStateException("a bug"))).isFalse();
  }
}
