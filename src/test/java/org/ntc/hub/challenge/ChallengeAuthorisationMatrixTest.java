package org.ntc.hub.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Users.User;

/** Every challenge and pilot route, called by every role, against the status each should get. */
class ChallengeAuthorisationMatrixTest extends ApiTest {
  static final List<String> ROLES = List.of("anonymous", "citizen", "company", "careOwner", "otherCare", "staff", "admin");

  record Case(String name, HttpMethod method, Function<String, String> path, JsonObject body, Map<String, Integer> expected) {}

  @Test
  @DisplayName("each challenge and pilot route answers each role as intended")
  void matrix() {
    User careOwner = users.orgAdmin("care", true);
    Map<String, User> people = new LinkedHashMap<>();
    people.put("anonymous", null);
    people.put("citizen", users.citizen("citizen"));
    people.put("company", users.orgAdmin("company", true));
    people.put("careOwner", careOwner);
    people.put("otherCare", users.orgAdmin("care", true));
    people.put("staff", users.staff("seinajoki"));
    people.put("admin", users.admin());
    JsonObject need = new JsonObject().put("organisationId", careOwner.organisationId())
        .put("title", new JsonObject().put("fi", "Kaatumisten ennaltaehkäisy"))
        .put("description", new JsonObject().put("fi", "Etsimme keinoja ehkäistä kaatumisia kotona."))
        .put("categories", new JsonArray().add("safety-and-alarms")).put("targetGroups", new JsonArray().add("older-people"))
        .put("country", "FI").put("languages", new JsonArray().add("fi")).put("responsesDue", LocalDate.now().plusDays(9).toString());
    String published = http.post("/api/v1/challenges", careOwner.token(), need).json().getString("id");
    http.post("/api/v1/challenges/" + published + "/submit", careOwner.token(), null);
    http.post("/api/v1/challenges/" + published + "/review", people.get("staff").token(), new JsonObject().put("decision", "approve"));

    List<Case> cases = List.of(
        new Case("list", HttpMethod.GET, id -> "/api/v1/challenges", null, expect(200, 200, 200, 200, 200, 200, 200)),
        new Case("post a need for the owner's organisation", HttpMethod.POST, id -> "/api/v1/challenges", need,
            expect(401, 403, 403, 201, 403, 403, 403)),
        new Case("read a draft", HttpMethod.GET, id -> "/api/v1/challenges/" + id, null, expect(404, 404, 404, 200, 404, 200, 200)),
        new Case("submit a draft", HttpMethod.POST, id -> "/api/v1/challenges/" + id + "/submit", null,
            expect(401, 403, 403, 200, 403, 403, 403)),
        new Case("review", HttpMethod.POST, id -> "/api/v1/challenges/" + published + "/review",
            new JsonObject().put("decision", "approve"), expect(401, 403, 403, 403, 403, 409, 409)),
        new Case("matches of a published need", HttpMethod.GET, id -> "/api/v1/challenges/" + published + "/matches", null,
            expect(200, 200, 200, 200, 200, 200, 200)),
        new Case("read answers", HttpMethod.GET, id -> "/api/v1/challenges/" + published + "/answers", null,
            expect(401, 403, 403, 200, 403, 200, 200)),
        new Case("start a pilot", HttpMethod.POST, id -> "/api/v1/pilots", new JsonObject(), expect(401, 403, 403, 403, 403, 400, 400)),
        new Case("digest", HttpMethod.GET, id -> "/api/v1/me/digest", null, expect(401, 200, 200, 200, 200, 200, 200)));

    List<String> mismatches = new ArrayList<>();
    for (Case c : cases) {
      for (String role : ROLES) {
        String draft = http.post("/api/v1/challenges", careOwner.token(), need).json().getString("id");
        User person = people.get(role);
        int status = http.call(c.method(), c.path().apply(draft), person == null ? null : person.token(), c.body()).status();
        if (status != c.expected().get(role)) mismatches.add(c.name() + " as " + role + ": expected " + c.expected().get(role) + ", got " + status);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  private static Map<String, Integer> expect(int... statuses) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < ROLES.size(); i++) map.put(ROLES.get(i), statuses[i]);
    return map;
  }
}
