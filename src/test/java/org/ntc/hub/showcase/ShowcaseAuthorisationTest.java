package org.ntc.hub.showcase;

import static org.ntc.hub.support.AuthorisationMatrix.tokenOf;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.AuthorisationMatrix;
import org.ntc.hub.support.Users.User;

/** Every showcase route, called by every role, against the status it should get. */
class ShowcaseAuthorisationTest extends ApiTest {

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

    new AuthorisationMatrix(people)
        .row("create", u -> http.post("/api/v1/showcases", tokenOf(u), body), 401, 403, 201, 403, 403, 403, 403)
        .row("read a draft", u -> http.get("/api/v1/showcases/" + fixture.draft(owner, body), tokenOf(u)),
            404, 404, 200, 404, 404, 200, 200)
        .row("read published", u -> http.get("/api/v1/showcases/" + published, tokenOf(u)), 200, 200, 200, 200, 200, 200, 200)
        .row("edit a draft", u -> http.patch("/api/v1/showcases/" + fixture.draft(owner, body), tokenOf(u),
            new JsonObject().put("website", "https://edit.example")), 401, 404, 200, 404, 404, 403, 403)
        .row("edit published", u -> http.patch("/api/v1/showcases/" + fixture.published(owner, body), tokenOf(u),
            new JsonObject().put("website", "https://edit.example")), 401, 403, 200, 403, 403, 403, 403)
        .row("submit", u -> http.post("/api/v1/showcases/" + fixture.draft(owner, body) + "/submit", tokenOf(u), null),
            401, 404, 200, 404, 404, 403, 403)
        .row("review", u -> {
          String id = fixture.draft(owner, body);
          http.post("/api/v1/showcases/" + id + "/submit", owner.token(), null);
          return http.post("/api/v1/showcases/" + id + "/review", tokenOf(u), new JsonObject().put("decision", "approve"));
        }, 401, 403, 403, 403, 403, 200, 200)
        .row("archive", u -> http.post("/api/v1/showcases/" + fixture.published(owner, body) + "/archive", tokenOf(u),
            new JsonObject().put("reason", "Vanhentunut")), 401, 403, 200, 403, 403, 200, 200)
        .row("restore", u -> {
          String id = fixture.published(owner, body);
          http.post("/api/v1/showcases/" + id + "/archive", owner.token(), null);
          return http.post("/api/v1/showcases/" + id + "/restore", tokenOf(u), null);
        }, 401, 404, 200, 404, 404, 200, 200)
        // Who is in no company may add no image anywhere: refused before the upload is read.
        .row("upload an image", u -> http.upload("/api/v1/showcases/" + fixture.draft(owner, body) + "/images", tokenOf(u), "file",
            "a.png", "image/png", Buffer.buffer(ShowcaseContentTest.PNG), Map.of("alt", "kuva")), 401, 403, 201, 404, 403, 403, 403)
        .row("contact", u -> http.post("/api/v1/showcases/" + published + "/contact", tokenOf(u),
            new JsonObject().put("message", "Kiinnostaa, kertokaa lisää.")), 401, 201, 201, 201, 201, 201, 201)
        .row("read messages", u -> http.get("/api/v1/organisations/" + owner.organisationId() + "/messages", tokenOf(u)),
            401, 403, 200, 403, 403, 403, 403)
        .row("moderation queue", u -> http.get("/api/v1/moderation/queue", tokenOf(u)), 401, 403, 403, 403, 403, 200, 200)
        .row("moderation page", u -> http.call(HttpMethod.GET, "/moderation", tokenOf(u), null), 303, 403, 403, 403, 403, 200, 200)
        .assertAsContracted();
  }
}
