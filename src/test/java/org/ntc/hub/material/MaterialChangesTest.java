package org.ntc.hub.material;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

/** Editing and withdrawing learning material: staff, or the members of the organisation that published it. */
class MaterialChangesTest extends ApiTest {

  private String linkBy(User user, String visibility) {
    Http.Response created = http.post("/api/v1/materials", user.token(), MaterialRoutesTest.link(visibility));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().getString("id");
  }

  private boolean listed(String id, String token) {
    return http.get("/api/v1/materials?pageSize=100", token).json().getJsonArray("items").stream()
        .anyMatch(item -> ((JsonObject) item).getString("id").equals(id));
  }

  @Test
  @DisplayName("material records the organisation that published it; staff's own names none")
  void owner() {
    User member = users.orgMember("care");
    Http.Response mine = http.get("/api/v1/materials/" + linkBy(member, "public"), null);
    assertThat(mine.json().getString("organisationId")).isEqualTo(member.organisationId());
    assertThat(http.get("/api/v1/materials/" + linkBy(users.staff("umea"), "public"), null).json().getString("organisationId")).isNull();
    Http.Response foreign = http.post("/api/v1/materials", member.token(), MaterialRoutesTest.link("public")
        .put("organisationId", users.orgMember("company").organisationId()));
    assertThat(foreign.status()).as("no one publishes in another organisation's name").isEqualTo(403);
  }

  @Test
  @DisplayName("PATCH: anonymous 401, another organisation 403, a citizen 403, hidden 404; the publisher's members and staff edit")
  void whoEdits() {
    User member = users.orgMember("care");
    String id = linkBy(member, "public");
    JsonObject rename = new JsonObject().put("title", new JsonObject().put("en", "Remote monitoring handbook"));
    assertThat(http.patch("/api/v1/materials/" + id, null, rename).status()).isEqualTo(401);
    assertThat(http.patch("/api/v1/materials/" + id, users.orgMember("company").token(), rename).status()).isEqualTo(403);
    assertThat(http.patch("/api/v1/materials/" + id, users.citizen("c").token(), rename).status()).isEqualTo(403);
    String hidden = linkBy(member, "members");
    assertThat(http.patch("/api/v1/materials/" + hidden, users.citizen("c").token(), rename).status())
        .as("members-only material is not there for a citizen").isEqualTo(404);

    Http.Response edited = http.patch("/api/v1/materials/" + id, member.token(), rename.put("topic", "self-care")
        .put("visibility", "members").put("url", "https://example.org/handbook"));
    assertThat(edited.status()).as(edited.text()).isEqualTo(200);
    assertThat(edited.json().getString("title")).isEqualTo("Remote monitoring handbook");
    assertThat(edited.json().getJsonObject("titleI18n").fieldNames()).containsExactly("en");
    assertThat(edited.json().getString("topic")).isEqualTo("self-care");
    assertThat(edited.json().getString("visibility")).isEqualTo("members");
    assertThat(edited.json().getString("url")).isEqualTo("https://example.org/handbook");
    assertThat(edited.json().getString("language")).as("fields left out keep their value").isEqualTo("fi");

    Http.Response byStaff = http.patch("/api/v1/materials/" + id, users.staff("seinajoki").token(), new JsonObject().put("language", "sv"));
    assertThat(byStaff.status()).isEqualTo(200);
    assertThat(byStaff.json().getString("language")).isEqualTo("sv");
    assertThat(http.call(HttpMethod.PATCH, "/api/v1/materials/" + id, member.token(), null).status())
        .as("an empty edit changes nothing").isEqualTo(200);
  }

  @Test
  @DisplayName("PATCH refuses bad input with 400 and changes nothing; a file has no url")
  void badEdits() {
    User staff = users.staff("umea");
    String id = linkBy(staff, "public");
    Http.Response bad = http.patch("/api/v1/materials/" + id, staff.token(), new JsonObject().put("title", new JsonObject())
        .put("topic", "astrology").put("language", "de").put("visibility", "secret").put("url", "ftp://x").put("owner", "me"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
    assertThat(bad.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
        .contains("title", "topic", "language", "visibility", "url", "owner");
    assertThat(http.patch("/api/v1/materials/" + id, staff.token(), new JsonObject().put("topic", null)).status()).isEqualTo(400);
    assertThat(http.get("/api/v1/materials/" + id, null).json().getString("topic")).isEqualTo("remote-monitoring");
    assertThat(http.patch("/api/v1/materials/not-an-id", staff.token(), new JsonObject()).status()).isIn(400, 404);

    Http.Response file = http.upload("/api/v1/materials", staff.token(), "file", "slides.pdf", "application/pdf", MaterialRoutesTest.PDF,
        Map.of("title.en", "Slides", "topic", "self-care", "language", "en"));
    Http.Response url = http.patch("/api/v1/materials/" + file.json().getString("id"), staff.token(),
        new JsonObject().put("url", "https://example.org/elsewhere"));
    assertThat(url.status()).isEqualTo(400);
    assertThat(http.get(file.json().getString("url"), null).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("DELETE withdraws: 204, then its detail and file are 404 and no list shows it; only staff and the publisher's members")
  void withdraw() {
    User member = users.orgMember("company");
    Http.Response file = http.upload("/api/v1/materials", member.token(), "file", "guide.pdf", "application/pdf", MaterialRoutesTest.PDF,
        Map.of("title.fi", "Opas lääkeannostelijan käyttöön", "topic", "medication-management", "language", "fi"));
    assertThat(file.status()).as(file.text()).isEqualTo(201);
    String id = file.json().getString("id");
    assertThat(listed(id, null)).isTrue();
    assertThat(http.delete("/api/v1/materials/" + id, null).status()).isEqualTo(401);
    assertThat(http.delete("/api/v1/materials/" + id, users.orgMember("care").token()).status()).isEqualTo(403);
    assertThat(http.delete("/api/v1/materials/" + id, users.citizen("c").token()).status()).isEqualTo(403);
    assertThat(http.get(file.json().getString("url"), null).status()).isEqualTo(200);

    Http.Response withdrawn = http.delete("/api/v1/materials/" + id, member.token());
    assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(204);
    assertThat(http.get("/api/v1/materials/" + id, member.token()).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/materials/" + id + "/file", member.token()).status()).isEqualTo(404);
    assertThat(listed(id, member.token())).isFalse();
    assertThat(http.get("/api/v1/materials?q=opas", null).json().getJsonArray("items").stream()
        .noneMatch(item -> ((JsonObject) item).getString("id").equals(id))).isTrue();
    assertThat(http.delete("/api/v1/materials/" + id, member.token()).status()).as("withdrawn once").isEqualTo(404);
    assertThat(http.patch("/api/v1/materials/" + id, member.token(), new JsonObject().put("topic", "self-care")).status()).isEqualTo(404);

    User staff = users.staff("seinajoki");
    String staffs = linkBy(users.staff("umea"), "members");
    assertThat(http.delete("/api/v1/materials/" + staffs, staff.token()).status()).as("staff withdraw any material").isEqualTo(204);
    assertThat(http.get("/api/v1/audit?pageSize=100", staff.token()).json().getJsonArray("items").stream()
        .map(entry -> (JsonObject) entry)
        .filter(entry -> "material.withdrawn".equals(entry.getString("action")) && staffs.equals(entry.getString("targetId"))))
        .as("the audit log says who withdrew it").singleElement()
        .satisfies(entry -> assertThat(entry.getString("actorId")).isEqualTo(staff.id()));
  }

  @Test
  @DisplayName("a member of several verified organisations names the one that publishes; that organisation's members then edit it")
  void severalOrganisations() {
    User member = users.orgMember("care");
    User research = users.orgAdmin("research", true);
    assertThat(http.post("/api/v1/organisations/" + research.organisationId() + "/members", research.token(),
        new JsonObject().put("email", member.email()).put("role", "member")).status()).isEqualTo(201);
    Http.Response unnamed = http.post("/api/v1/materials", member.token(), MaterialRoutesTest.link("public"));
    assertThat(unnamed.status()).isEqualTo(400);
    assertThat(unnamed.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("organisationId");
    Http.Response named = http.post("/api/v1/materials", member.token(), MaterialRoutesTest.link("public")
        .put("organisationId", research.organisationId()));
    assertThat(named.status()).as(named.text()).isEqualTo(201);
    assertThat(named.json().getString("organisationId")).isEqualTo(research.organisationId());
    String id = named.json().getString("id");
    assertThat(http.patch("/api/v1/materials/" + id, research.token(), new JsonObject().put("language", "en")).status()).isEqualTo(200);

    Element form = PageHtml.main(http.raw(HttpMethod.GET, "/materials/new?lang=en",
        MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + member.token()), null).text());
    assertThat(form.select("select#organisationId option").eachText()).hasSize(2);
  }
}
