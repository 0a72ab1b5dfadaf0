package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;

/** The OpenAPI document names the contract's routes, and every operation it names exists. */
class OpenApiTest extends ApiTest {
  private static final Pattern PATH = Pattern.compile("^  (/[^:]*):\\s*$");
  private static final Pattern OPERATION = Pattern.compile("^    (get|post|patch|delete|put):\\s*$");
  record Operation(HttpMethod method, String path) {}

  @Test
  @DisplayName("every operation in /api/v1/openapi.yaml is served, and the contract's routes are all documented")
  void agreesWithTheServer() {
    Http.Response document = http.get("/api/v1/openapi.yaml", null);
    assertThat(document.status()).isEqualTo(200);
    assertThat(document.header("Content-Type")).startsWith("application/yaml");
    List<Operation> operations = operations(document.text());
    assertThat(operations).hasSizeGreaterThanOrEqualTo(37);

    List<String> missing = new ArrayList<>();
    for (Operation op : operations) {
      String path = op.path().replace("{id}", op.path().startsWith("/api/v1/contact-points") ? "seinajoki" : UUID.randomUUID().toString())
          .replaceAll("\\{[a-zA-Z]+}", UUID.randomUUID().toString());
      // A stream never ends; an unknown topic proves the route exists without opening one.
      if (path.equals("/api/v1/events/stream")) path += "?topics=no-such-topic";
      Http.Response response = op.method() == HttpMethod.GET || op.method() == HttpMethod.DELETE
          ? http.call(op.method(), path, null, null)
          : http.call(op.method(), path, null, new JsonObject());
      boolean noRoute = response.status() == 405 || (response.status() == 404 && response.text().contains(NotFound.NO_SUCH_ROUTE));
      if (noRoute) missing.add(op.method() + " " + op.path());
    }
    assertThat(missing).as("documented but not served").isEmpty();

    List<String> documented = operations.stream().map(o -> o.method() + " " + o.path()).toList();
    assertThat(documented).contains(
        "POST /api/v1/auth/register", "POST /api/v1/auth/login", "POST /api/v1/auth/logout", "GET /api/v1/me",
        "GET /api/v1/me/export", "DELETE /api/v1/me", "POST /api/v1/organisations", "GET /api/v1/organisations",
        "GET /api/v1/organisations/{id}", "POST /api/v1/organisations/{id}/verify", "POST /api/v1/organisations/{id}/members",
        "POST /api/v1/admin/staff", "GET /api/v1/showcases", "GET /api/v1/showcases/{id}", "POST /api/v1/showcases",
        "PATCH /api/v1/showcases/{id}", "POST /api/v1/showcases/{id}/submit", "POST /api/v1/showcases/{id}/review",
        "POST /api/v1/showcases/{id}/archive", "GET /api/v1/moderation/queue", "POST /api/v1/showcases/{id}/images",
        "GET /api/v1/taxonomy", "GET /api/v1/contact-points", "GET /health", "POST /api/v1/trainings", "GET /api/v1/trainings",
        "GET /api/v1/trainings/{id}", "POST /api/v1/trainings/{id}/enrolments", "DELETE /api/v1/trainings/{id}/enrolments/me",
        "GET /api/v1/trainings/{id}/enrolments", "GET /api/v1/trainings/{id}/calendar.ics", "GET /api/v1/materials",
        "POST /api/v1/materials", "GET /api/v1/materials/{id}/file", "GET /api/v1/events/stream",
        "POST /api/v1/contact-points/{id}/announcements");
  }

  @Test
  @DisplayName("an unknown route is told apart from an unknown resource")
  void unknownRoute() {
    assertThat(http.get("/api/v1/nowhere", null).json().getString("type")).endsWith(NotFound.NO_SUCH_ROUTE);
    assertThat(http.get("/api/v1/showcases/" + UUID.randomUUID(), null).json().getString("type")).endsWith("/not-found");
  }

  @Test
  @DisplayName("/api/v1/openapi.json serves the same document as JSON")
  void servedAsJson() throws Exception {
    Http.Response json = http.get("/api/v1/openapi.json", null);
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.header("Content-Type")).startsWith("application/json");
    assertThat(json.header("X-Content-Type-Options")).isEqualTo("nosniff");
    // Read by another parser than the server's: Jackson's YAML, as client generators do.
    JsonNode fromYaml = new ObjectMapper(new YAMLFactory()).readTree(http.get("/api/v1/openapi.yaml", null).text());
    assertThat(new ObjectMapper().readTree(json.text())).isEqualTo(fromYaml);
    assertThat(http.get("/api/v1/openapi.json", null).body()).as("kept, the same bytes").isEqualTo(json.body());
  }

  @Test
  @DisplayName("a method a path does not take answers 405 with Allow and a problem, before the token is looked at")
  void wrongMethod() {
    record Case(HttpMethod method, String path, String allow) {}
    for (Case c : List.of(new Case(HttpMethod.PUT, "/api/v1/showcases", "GET, POST"),
        new Case(HttpMethod.DELETE, "/api/v1/trainings", "GET, POST"),
        new Case(HttpMethod.PATCH, "/api/v1/contact-points", "GET, POST"),
        new Case(HttpMethod.PUT, "/api/v1/showcases/" + UUID.randomUUID(), "GET, PATCH"),
        new Case(HttpMethod.GET, "/api/v1/auth/login", "POST"),
        new Case(HttpMethod.DELETE, "/health", "GET"))) {
      for (String token : Arrays.asList(null, "not-a-valid-token")) {
        Http.Response response = http.call(c.method(), c.path(), token, null);
        String what = c.method() + " " + c.path() + (token == null ? "" : " with a bad token");
        assertThat(response.status()).as(what).isEqualTo(405);
        assertThat(response.header("Allow")).as(what).isEqualTo(c.allow());
        assertThat(response.header("Content-Type")).as(what).startsWith("application/problem+json");
        assertThat(response.json().getString("type")).as(what).endsWith("/method-not-allowed");
        assertThat(response.header("Content-Security-Policy")).as(what).isNotNull();
      }
    }
    Http.Response page = http.call(HttpMethod.PUT, "/showcases", null, null);
    assertThat(page.status()).isEqualTo(405);
    assertThat(page.header("Allow")).isEqualTo("GET");
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(http.call(HttpMethod.PUT, "/api/v1/nowhere", null, null).json().getString("type")).endsWith(NotFound.NO_SUCH_ROUTE);
    assertThat(http.call(HttpMethod.POST, "/api/v1/showcases", "not-a-valid-token", new JsonObject()).status())
        .as("the right method still checks the token").isEqualTo(401);
  }

  @Test
  @DisplayName("an unknown contact point is a not-found problem whose type is a URI without spaces")
  void unknownContactPoint() {
    JsonObject problem = http.get("/api/v1/contact-points/nowhere", null).json();
    assertThat(problem.getInteger("status")).isEqualTo(404);
    assertThat(problem.getString("type")).isEqualTo("https://ntc-hub.example/problems/not-found");
  }

  @Test
  @DisplayName("a query that does not decode (%zz) is a 400, as a problem under /api and as a page elsewhere, never a 500")
  void undecodableQuery() {
    for (String path : List.of("/api/v1/showcases?q=%zz", "/api/v1/contact-points?lang=%", "/api/v1/trainings?from=%g1")) {
      Http.Response response = http.get(path, null);
      assertThat(response.status()).as(path).isEqualTo(400);
      assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
      assertThat(response.json().getJsonArray("errors").getJsonObject(0).getString("field")).as(path).isEqualTo("query");
    }
    Http.Response page = http.get("/showcases?q=%zz", null);
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.header("Content-Type")).startsWith("text/html");
  }

  @Test
  @DisplayName("a contact point id no contact point could have is a 404, not a database error")
  void implausibleContactPoint() {
    for (String id : List.of("%00", "x%00y", "a".repeat(41), "%F0%9F%99%82")) {
      for (String path : List.of("/api/v1/contact-points/" + id, "/api/v1/contact-points/" + id + "/duty",
          "/api/v1/contact-points/" + id + "/announcements")) {
        assertThat(http.get(path, null).status()).as(path).isEqualTo(404);
      }
    }
  }

  private static List<Operation> operations(String yaml) {
    List<Operation> operations = new ArrayList<>();
    String current = null;
    for (String line : yaml.split("\n")) {
      Matcher path = PATH.matcher(line);
      if (path.matches()) {
        current = path.group(1);
        continue;
      }
      if (line.startsWith("components:")) break;
      Matcher op = OPERATION.matcher(line);
      if (op.matches() && current != null) operations.add(new Operation(HttpMethod.valueOf(op.group(1).toUpperCase()), current));
    }
    return operations;
  }
}
