package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users.User;

/** Every showcase route, called by every role, against the status it should get. */
class ShowcaseAuthorisationTest extends ApiTest {
  static final List<String> ROLES = List.of("anonymous", "citizen", "owner", "otherCompany", "professional", "staff", "admin");

  @Test
  @DisplayName("each showcase route answers each role as the contract says")
  void matrix() {
    ShowcaseFixture fixture = new ShowcaseFixture(http, users);
    User owner = users.orgMember("company");
    Map<String, User> people = new LinkedHashMap<>();
    people.put("anonymous", null);
    people.put("citizen", users.citizen("citizen"));
    people.put("owner", owner);
    people.put("otherCompany", users.orgAdmin("company", true));
    people.put("professional", users.orgMember("care"));
    people.put("staff", users.staff("umea"));
    people.put("admin", users.admin());
    JsonObject body = ShowcaseFixture.body(owner.organisationId(), "Matriisi", "Matris", "Matrix");
    String published = fixture.published(owner, body);

    record Case(String name, BiFunction<Http, String, Http.Response> call, int... expected) {}
    List<Case> cases = List.of(
        new Case("create", (h, t) -> h.post("/api/v1/showcases", t, body), 401, 403, 201, 403, 403, 403, 403),
        new Case("read a draft", (h, t) -> h.get("/api/v1/showcases/" + fixture.draft(owner, body), t), 404, 404, 200, 404, 404, 200, 200),
        new Case("read published", (h, t) -> h.get("/api/v1/showcases/" + published, t), 200, 200, 200, 200, 200, 200, 200),
        new Case("edit a draft", (h, t) -> h.patch("/api/v1/showcases/" + fixture.draft(owner, body), t,
            new JsonObject().put("website", "https://edit.example")), 401, 404, 200, 404, 404, 403, 403),
        new Case("edit published", (h, t) -> h.patch("/api/v1/showcases/" + fixture.published(owner, body), t,
            new JsonObject().put("website", "https://edit.example")), 401, 403, 200, 403, 403, 403, 403),
        new Case("submit", (h, t) -> h.post("/api/v1/showcases/" + fixture.draft(owner, body) + "/submit", t, null),
            401, 404, 200, 404, 404, 403, 403),
        new Case("review", (h, t) -> {
          String id = fixture.draft(owner, body);
          http.post("/api/v1/showcases/" + id + "/submit", owner.token(), null);
          return h.post("/api/v1/showcases/" + id + "/review", t, new JsonObject().put("decision", "approve"));
        }, 401, 403, 403, 403, 403, 200, 200),
        new Case("archive", (h, t) -> h.post("/api/v1/showcases/" + fixture.published(owner, body) + "/archive", t,
            new JsonObject().put("reason", "Vanhentunut")), 401, 403, 200, 403, 403, 200, 200),
        new Case("restore", (h, t) -> {
          String id = fixture.published(owner, body);
          http.post("/api/v1/showcases/" + id + "/archive", owner.token(), null);
          return h.post("/api/v1/showcases/" + id + "/restore", t, null);
        }, 401, 404, 200, 404, 404, 200, 200),
        // Who is in no company may add no image anywhere: refused before the upload is read.
        new Case("upload an image", (h, t) -> h.upload("/api/v1/showcases/" + fixture.draft(owner, body) + "/images", t, "file",
            "a.png", "image/png", Buffer.buffer(ShowcaseContentTest.PNG), Map.of("alt", "kuva")), 401, 403, 201, 404, 403, 403, 403),
        new Case("contact", (h, t) -> h.post("/api/v1/showcases/" + published + "/contact", t,
            new JsonObject().put("message", "Kiinnostaa, kertokaa lisää.")), 401, 201, 201, 201, 201, 201, 201),
        new Case("read messages", (h, t) -> h.get("/api/v1/organisations/" + owner.organisationId() + "/messages", t),
            401, 403, 200, 403, 403, 403, 403),
        new Case("moderation queue", (h, t) -> h.get("/api/v1/moderation/queue", t), 401, 403, 403, 403, 403, 200, 200),
        new Case("moderation page", (h, t) -> h.call(HttpMethod.GET, "/moderation", t, null), 303, 403, 403, 403, 403, 200, 200));

    List<String> mismatches = new ArrayList<>();
    for (Case c : cases) {
      for (int i = 0; i < ROLES.size(); i++) {
        User person = people.get(ROLES.get(i));
        Http.Response response = c.call().apply(http, person == null ? null : person.token());
        if (response.status() != c.expected()[i]) {
          mismatches.add(c.name() + " as " + ROLES.get(i) + ": expected " + c.expected()[i] + ", got " + response.status()
              + " " + response.text().substring(0, Math.min(200, response.text().length())));
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }
}
