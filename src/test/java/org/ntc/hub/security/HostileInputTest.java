package org.ntc.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users.User;

/** Input meant to harm: it gets a clear 4xx (never a 500), and changes nothing. */
class HostileInputTest extends ApiTest {
  static final List<String> INJECTIONS = List.of("' OR 1=1--", "'; DROP TABLE account;--", "\" OR \"\"=\"", "1) OR (1=1",
      "%' AND pg_sleep(5)--", "$1", "\\", "' UNION SELECT email, password_hash FROM account--", "\u0000", "🙂'--");

  @Test
  @DisplayName("SQL injection strings in every query parameter answer 200 or 400 and leave the data as it was")
  void injectionInQueryParameters() {
    User company = users.orgAdmin("company", true);
    long accountsBefore = http.get("/api/v1/audit?pageSize=1", users.admin().token()).json().getLong("total", 0L);
    List<String> routes = List.of(
        "/api/v1/showcases?q=%s", "/api/v1/showcases?category=%s", "/api/v1/showcases?country=%s",
        "/api/v1/showcases?targetGroup=%s", "/api/v1/showcases?lang=%s", "/api/v1/showcases?page=%s",
        "/api/v1/showcases?pageSize=%s", "/api/v1/organisations?q=%s", "/api/v1/organisations?type=%s",
        "/api/v1/organisations?country=%s", "/api/v1/trainings?from=%s", "/api/v1/trainings?to=%s",
        "/api/v1/trainings?contactPoint=%s", "/api/v1/trainings?audience=%s", "/api/v1/materials?q=%s",
        "/api/v1/materials?topic=%s", "/api/v1/materials?lang=%s", "/showcases?q=%s", "/showcases?category=%s",
        "/trainings?contactPoint=%s", "/organisations?q=%s", "/materials?q=%s", "/api/v1/events/stream?topics=%s",
        "/api/v1/showcases/%s", "/api/v1/organisations/%s", "/api/v1/trainings/%s", "/api/v1/contact-points/%s");
    List<String> wrong = new ArrayList<>();
    for (String route : routes) {
      for (String injection : INJECTIONS) {
        String value = URLEncoder.encode(injection, StandardCharsets.UTF_8).replace("+", "%20");
        String path = String.format(route, value);
        int status = http.get(path, company.token()).status();
        if (status != 200 && status != 400 && status != 404) wrong.add(path + " → " + status);
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(http.get("/api/v1/me", company.token()).status()).as("accounts survive").isEqualTo(200);
    assertThat(http.get("/api/v1/audit?pageSize=1", users.admin().token()).json().getLong("total", 0L))
        .isGreaterThanOrEqualTo(accountsBefore);
  }

  @Test
  @DisplayName("oversized, deeply nested, mistyped, badly encoded and out-of-range input gets 413, 400 and 415")
  void malformedInput() {
    User company = users.orgAdmin("company", true);
    MultiMap json = MultiMap.caseInsensitiveMultiMap().add("Authorization", "Bearer " + company.token())
        .add("Content-Type", "application/json");
    String big = "{\"name\":\"" + "x".repeat(300 * 1024) + "\",\"type\":\"company\",\"country\":\"FI\"}";
    assertThat(http.raw(HttpMethod.POST, "/api/v1/organisations", json, big).status()).isEqualTo(413);
    String deep = "[".repeat(20_000) + "]".repeat(20_000);
    assertThat(http.raw(HttpMethod.POST, "/api/v1/organisations", json, deep).status()).isEqualTo(400);
    String deepObject = "{\"name\":" + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000) + "}";
    assertThat(http.raw(HttpMethod.POST, "/api/v1/organisations", json, deepObject).status()).isEqualTo(400);
    MultiMap xml = MultiMap.caseInsensitiveMultiMap().add("Authorization", "Bearer " + company.token())
        .add("Content-Type", "application/xml");
    assertThat(http.raw(HttpMethod.POST, "/api/v1/organisations", xml, "<organisation/>").status()).isEqualTo(415);
    Http.Response badUtf8 = http.rawBytes(HttpMethod.POST, "/api/v1/organisations", json,
        new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
    assertThat(badUtf8.status()).isEqualTo(400);
    assertThat(http.get("/api/v1/showcases?pageSize=100000", null).status()).isEqualTo(400);
    assertThat(http.get("/api/v1/showcases?page=-1", null).status()).isEqualTo(400);
    assertThat(http.get("/api/v1/showcases?page=99999999999", null).status()).isEqualTo(400);
    assertThat(http.get("/api/v1/organisations?pageSize=1000", null).status()).isEqualTo(400);
    assertThat(http.get("/api/v1/organisations?q=" + company.organisationId(), null).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("path traversal on assets and uploads finds nothing")
  void pathTraversal() {
    for (String path : List.of("/assets/../pom.xml", "/assets/%2e%2e/%2e%2e/pom.xml", "/assets/..%2f..%2fpom.xml",
        "/assets/css/..%5c..%5cpom.xml", "/assets/%252e%252e/pom.xml", "/assets//etc/passwd", "/assets/.git/config")) {
      Http.Response response = http.get(path, null);
      assertThat(response.status()).as(path).isIn(400, 403, 404);
      assertThat(response.text()).as(path).doesNotContain("<artifactId>", "root:");
    }
    for (String path : List.of("/api/v1/showcases/..%2f..%2fetc%2fpasswd/images/x", "/api/v1/materials/..%2f..%2fpom.xml/file",
        "/api/v1/showcases/00000000-0000-4000-8000-000000000000/images/..%2f..")) {
      assertThat(http.get(path, null).status()).as(path).isIn(400, 404);
    }
  }

  @Test
  @DisplayName("cookie-authenticated changes without the CSRF token are refused")
  void csrfWithoutToken() {
    User person = users.citizen("csrf");
    MultiMap cookieOnly = MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + person.token())
        .add("Content-Type", "application/json");
    Http.Response created = http.raw(HttpMethod.POST, "/api/v1/organisations", cookieOnly,
        new JsonObject().put("name", "Forged Oy").put("type", "company").put("country", "FI").encode());
    assertThat(created.status()).isEqualTo(403);
    Http.Response erase = http.raw(HttpMethod.DELETE, "/api/v1/me", cookieOnly, null);
    assertThat(erase.status()).isEqualTo(403);
    assertThat(http.get("/api/v1/me", person.token()).status()).as("still there").isEqualTo(200);
    Http.Response form = http.form("/account/erase", MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + person.token()),
        MultiMap.caseInsensitiveMultiMap());
    assertThat(form.status()).isEqualTo(403);
  }

  @Test
  @DisplayName("one organisation's member cannot touch another's showcase, members, messages or training list")
  void objectLevelAuthorisation() {
    User owner = users.orgAdmin("company", true);
    User rival = users.orgAdmin("company", true);
    JsonObject body = new JsonObject().put("organisationId", owner.organisationId())
        .put("title", new JsonObject().put("fi", "Oma")).put("summary", new JsonObject().put("fi", "Oma tuote kotiin."))
        .put("description", new JsonObject().put("fi", "Kuvaus."))
        .put("categories", new JsonArray().add("remote-monitoring")).put("targetGroups", new JsonArray().add("older-people"))
        .put("countries", new JsonArray().add("FI")).put("languages", new JsonArray().add("fi"))
        .put("regulatoryStatus", "not-medical-device").put("evidenceLevel", "pilot");
    String id = http.post("/api/v1/showcases", owner.token(), body).json().getString("id");
    String base = "/api/v1/showcases/" + id;
    assertThat(http.get(base, rival.token()).status()).as("another's draft is hidden").isEqualTo(404);
    assertThat(http.patch(base, rival.token(), new JsonObject().put("title", new JsonObject().put("fi", "Varastettu"))).status())
        .isIn(403, 404);
    assertThat(http.post(base + "/submit", rival.token(), null).status()).isIn(403, 404);
    assertThat(http.post(base + "/archive", rival.token(), null).status()).isIn(403, 404);
    assertThat(http.post("/api/v1/showcases", rival.token(), body).status()).as("creating in another's name").isEqualTo(403);
    assertThat(http.get("/api/v1/organisations/" + owner.organisationId() + "/messages", rival.token()).status()).isEqualTo(403);
    assertThat(http.get("/api/v1/organisations/" + owner.organisationId() + "/members", rival.token()).status()).isIn(403, 404);
    assertThat(http.post("/api/v1/organisations/" + owner.organisationId() + "/members", rival.token(),
        new JsonObject().put("email", rival.email()).put("role", "admin")).status()).isEqualTo(403);
    assertThat(http.get(base, owner.token()).json().getJsonObject("titleI18n").getString("fi")).isEqualTo("Oma");

    User staff = users.staff("seinajoki");
    OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).withNano(0);
    String training = http.post("/api/v1/trainings", staff.token(), new JsonObject().put("title", new JsonObject().put("fi", "Kotihoidon koulutus"))
        .put("description", new JsonObject().put("fi", "Koulutuksen kuvaus.")).put("format", "online").put("contactPoint", "seinajoki")
        .put("startsAt", start.toString()).put("endsAt", start.plusHours(1).toString()).put("capacity", 5).put("language", "fi")
        .put("audience", new JsonArray().add("citizens"))).json().getString("id");
    User participant = users.citizen("participant");
    assertThat(http.post("/api/v1/trainings/" + training + "/enrolments", participant.token(), new JsonObject()).status()).isEqualTo(201);
    assertThat(http.get("/api/v1/trainings/" + training + "/enrolments", rival.token()).status()).isEqualTo(403);
    assertThat(http.delete("/api/v1/trainings/" + training + "/enrolments/me", rival.token()).status())
        .as("one cancels only one's own enrolment").isEqualTo(404);
    assertThat(http.get("/api/v1/trainings/" + training, participant.token()).json().getJsonObject("myEnrolment")).isNotNull();
    assertThat(http.get("/api/v1/me/export", rival.token()).json().getJsonObject("account").getString("email")).isEqualTo(rival.email());
  }
}
