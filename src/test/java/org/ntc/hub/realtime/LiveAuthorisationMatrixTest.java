package org.ntc.hub.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.SseClient;
import org.ntc.hub.support.Users.User;

/** Every live-update route, called by every role, against the status each should get. */
class LiveAuthorisationMatrixTest extends ApiTest {
  static final List<String> ROLES = List.of("anonymous", "citizen", "company", "professional", "otherStaff", "staff", "admin");

  record Case(String name, HttpMethod method, String path, JsonObject body, Map<String, Integer> expected) {}

  @Test
  @DisplayName("announcements, duty, notifications and the stream answer each role as intended")
  void matrix() throws Exception {
    Map<String, User> people = new LinkedHashMap<>();
    people.put("anonymous", null);
    people.put("citizen", users.citizen("citizen"));
    people.put("company", users.orgMember("company"));
    people.put("professional", users.orgMember("care"));
    people.put("otherStaff", users.staff("umea"));
    people.put("staff", users.staff("seinajoki"));
    people.put("admin", users.admin());
    JsonObject text = new JsonObject().put("text", new JsonObject().put("fi", "Tiedote kaikille"));

    List<Case> cases = List.of(
        new Case("post announcement", HttpMethod.POST, "/api/v1/contact-points/seinajoki/announcements", text,
            expect(401, 403, 403, 403, 403, 201, 201)),
        new Case("read announcements", HttpMethod.GET, "/api/v1/contact-points/seinajoki/announcements", null,
            expect(200, 200, 200, 200, 200, 200, 200)),
        new Case("go on duty", HttpMethod.POST, "/api/v1/contact-points/seinajoki/duty", new JsonObject().put("onDuty", true),
            expect(401, 403, 403, 403, 403, 200, 200)),
        new Case("read duty", HttpMethod.GET, "/api/v1/contact-points/seinajoki/duty", null,
            expect(200, 200, 200, 200, 200, 200, 200)),
        new Case("list notifications", HttpMethod.GET, "/api/v1/me/notifications", null,
            expect(401, 200, 200, 200, 200, 200, 200)),
        new Case("mark all read", HttpMethod.POST, "/api/v1/me/notifications/read-all", null,
            expect(401, 200, 200, 200, 200, 200, 200)));

    List<String> mismatches = new ArrayList<>();
    for (Case c : cases) {
      for (String role : ROLES) {
        User person = people.get(role);
        Http.Response response = http.call(c.method(), c.path(), person == null ? null : person.token(), c.body());
        int expected = c.expected().get(role);
        if (response.status() != expected) mismatches.add(c.name() + " as " + role + ": expected " + expected + ", got " + response.status());
      }
    }
    Map<String, Map<String, Integer>> streams = Map.of(
        "/api/v1/events/stream?topics=moderation.queue", expect(401, 403, 403, 403, 200, 200, 200),
        "/api/v1/events/stream?topics=notification", expect(401, 200, 200, 200, 200, 200, 200),
        "/api/v1/events/stream?topics=training.seats,announcement.posted", expect(200, 200, 200, 200, 200, 200, 200),
        "/api/v1/events/stream", expect(200, 200, 200, 200, 200, 200, 200));
    for (var stream : streams.entrySet()) {
      for (String role : ROLES) {
        User person = people.get(role);
        try (SseClient client = SseClient.open(app.port(), stream.getKey(), person == null ? null : person.token(), null)) {
          int expected = stream.getValue().get(role);
          if (client.status() != expected) mismatches.add(stream.getKey() + " as " + role + ": expected " + expected + ", got " + client.status());
        }
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
