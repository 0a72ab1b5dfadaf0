package org.ntc.hub.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users.User;

class LibraryLifecycleTest extends ApiTest {

  static JsonObject caseEntry(String organisationId, String title) {
    JsonObject body = new JsonObject().put("kind", "case")
        .put("title", new JsonObject().put("fi", title).put("en", title + " (en)"))
        .put("summary", new JsonObject().put("fi", "Lääkeannostelijat kotihoidossa vähensivät käyntejä."))
        .put("setting", new JsonObject().put("fi", "Kotihoito, Seinäjoki"))
        .put("results", new JsonObject().put("en", "Fewer missed doses."))
        .put("scale", "320 clients")
        .put("categories", new JsonArray(List.of("medication-management")))
        .put("countries", new JsonArray(List.of("FI")))
        .put("domains", new JsonObject().put("safety", new JsonObject().put("rating", "positive")
            .put("finding", new JsonObject().put("en", "Fewer missed doses"))));
    if (organisationId != null) body.put("organisationId", organisationId);
    return body;
  }

  private String draft(User owner, String title) {
    Http.Response created = http.post("/api/v1/library", owner.token(), caseEntry(owner.organisationId(), title));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.json().getString("status")).isEqualTo("draft");
    return created.json().getString("id");
  }

  @Test
  @DisplayName("a case goes draft → pending → published; an edit waits for review while the approved text stays public")
  void lifecycle() {
    User owner = users.orgMember("care");
    User staff = users.staff("seinajoki");
    String id = draft(owner, "Annostelijat Seinäjoella");
    String path = "/api/v1/library/" + id;
    assertThat(http.get(path, null).status()).as("a draft is hidden").isEqualTo(404);
    assertThat(http.post(path + "/submit", owner.token(), null).json().getString("status")).isEqualTo("pending");
    JsonObject queue = http.get("/api/v1/moderation/queue", staff.token()).json();
    assertThat(queue.getJsonArray("library").stream().map(e -> ((JsonObject) e).getString("id"))).contains(id);

    Http.Response noComment = http.post(path + "/review", staff.token(), new JsonObject().put("decision", "request-changes"));
    assertThat(noComment.status()).isEqualTo(400);
    Http.Response changes = http.post(path + "/review", staff.token(),
        new JsonObject().put("decision", "request-changes").put("comment", "Lisää tulokset"));
    assertThat(changes.json().getString("status")).isEqualTo("changes-requested");
    assertThat(changes.json().getString("reviewComment")).isEqualTo("Lisää tulokset");
    http.post(path + "/submit", owner.token(), null);
    Http.Response approved = http.post(path + "/review", staff.token(), new JsonObject().put("decision", "approve"));
    assertThat(approved.json().getString("status")).isEqualTo("published");

    JsonObject seen = http.get(path + "?lang=fi", null).json();
    assertThat(seen.getString("title")).isEqualTo("Annostelijat Seinäjoella");
    assertThat(seen.getString("kind")).isEqualTo("case");
    assertThat(seen.getJsonObject("domains").getJsonObject("safety").getString("rating")).isEqualTo("positive");
    assertThat(seen.containsKey("reviewComment")).as("the public sees no review").isFalse();
    JsonObject list = http.get("/api/v1/library?kind=case&category=medication-management&country=FI&q=annostelija", null).json();
    assertThat(list.getJsonArray("items").stream().map(e -> ((JsonObject) e).getString("id"))).contains(id);
    assertThat(http.get("/api/v1/library?kind=research&q=annostelijat", null).json().getJsonArray("items")
        .stream().map(e -> ((JsonObject) e).getString("id"))).doesNotContain(id);

    Http.Response edited = http.patch(path, owner.token(), new JsonObject()
        .put("title", new JsonObject().put("fi", "Annostelijat Seinäjoella 2")));
    assertThat(edited.status()).as(edited.text()).isEqualTo(200);
    assertThat(edited.json().getString("status")).isEqualTo("pending");
    assertThat(http.get(path + "?lang=fi", null).json().getString("title")).isEqualTo("Annostelijat Seinäjoella");
    http.post(path + "/review", staff.token(), new JsonObject().put("decision", "approve"));
    assertThat(http.get(path + "?lang=fi", null).json().getString("title")).isEqualTo("Annostelijat Seinäjoella 2");

    assertThat(http.post(path + "/archive", owner.token(), null).json().getString("status")).isEqualTo("archived");
    assertThat(http.get(path, null).status()).isEqualTo(404);
    assertThat(http.post(path + "/restore", users.orgMember("care").token(), null).status())
        .as("another organisation's member cannot restore it").isIn(403, 404);
    assertThat(http.post(path + "/restore", owner.token(), null).json().getString("status"))
        .as("a published entry comes back public").isEqualTo("published");
    assertThat(http.get(path + "?lang=fi", null).json().getString("title")).isEqualTo("Annostelijat Seinäjoella 2");
    assertThat(http.post(path + "/restore", owner.token(), null).status()).as("only an archived entry is restored").isEqualTo(409);
  }

  @Test
  @DisplayName("staff write the centre's own entry and publish it directly by review; followers of its topic hear of it once")
  void staffPublishDirectly() {
    User staff = users.staff("umea");
    User follower = users.citizen("follower");
    http.call(HttpMethod.PUT, "/api/v1/me/follows", follower.token(), new JsonObject().put("categories", new JsonArray(List.of("medication-management"))));
    JsonObject research = new JsonObject().put("kind", "research")
        .put("title", new JsonObject().put("sv", "Distansövervakning vid hjärtsvikt"))
        .put("summary", new JsonObject().put("sv", "En randomiserad studie i Västerbotten."))
        .put("citation", "Lindgren J, et al. 2025. Telemonitoring in heart failure.")
        .put("doi", "https://doi.org/10.1000/xyz123")
        .put("design", "rct")
        .put("categories", new JsonArray(List.of("medication-management")));
    Http.Response created = http.post("/api/v1/library", staff.token(), research);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.json().getString("doi")).isEqualTo("10.1000/xyz123");
    String path = "/api/v1/library/" + created.json().getString("id");
    assertThat(http.post(path + "/review", staff.token(), new JsonObject().put("decision", "approve")).json().getString("status"))
        .isEqualTo("published");
    assertThat(http.get(path, null).status()).isEqualTo(200);
    JsonArray notes = http.get("/api/v1/me/notifications", follower.token()).json().getJsonArray("items");
    assertThat(notes.stream().map(n -> ((JsonObject) n).getString("kind"))).containsOnlyOnce("library.entry-in-followed-topic");
    assertThat(notes.stream().map(n -> ((JsonObject) n).getString("link"))).contains("/library/" + created.json().getString("id"));
  }

  @Test
  @DisplayName("who may do what: visitors 401, unverified 403, people outside the organisation 403 or 404, staff review")
  void authorisation() {
    User owner = users.orgMember("care");
    User other = users.orgMember("company");
    User citizen = users.citizen("reader");
    User unverified = users.unverified("fresh");
    User staff = users.staff("seinajoki");
    JsonObject body = caseEntry(owner.organisationId(), "Videokäynnit");
    assertThat(http.post("/api/v1/library", null, body).status()).isEqualTo(401);
    assertThat(http.post("/api/v1/library", unverified.token(), body).status()).isEqualTo(403);
    assertThat(http.post("/api/v1/library", citizen.token(), caseEntry(null, "Videokäynnit")).status()).isEqualTo(403);
    assertThat(http.post("/api/v1/library", other.token(), body).status()).as("not their organisation").isEqualTo(403);
    String id = draft(owner, "Videokäynnit");
    String path = "/api/v1/library/" + id;
    assertThat(http.get(path, other.token()).status()).isEqualTo(404);
    assertThat(http.get(path, staff.token()).json().getString("status")).isEqualTo("draft");
    assertThat(http.patch(path, other.token(), new JsonObject().put("scale", "1")).status()).isEqualTo(404);
    assertThat(http.post(path + "/submit", other.token(), null).status()).isEqualTo(404);
    assertThat(http.post(path + "/review", owner.token(), new JsonObject().put("decision", "approve")).status()).isEqualTo(403);
    assertThat(http.post(path + "/review", null, new JsonObject().put("decision", "approve")).status()).isEqualTo(401);
    assertThat(http.post(path + "/review", staff.token(), new JsonObject().put("decision", "approve")).status())
        .as("an organisation's draft is submitted first").isEqualTo(409);
    http.post(path + "/submit", owner.token(), null);
    http.post(path + "/review", staff.token(), new JsonObject().put("decision", "approve"));
    assertThat(http.patch(path, other.token(), new JsonObject().put("scale", "1")).status()).as("public, not theirs").isEqualTo(403);
    assertThat(http.patch(path, staff.token(), new JsonObject().put("scale", "2 teams")).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("bad input is refused with a problem naming each field, and changes nothing")
  void badInput() {
    User owner = users.orgMember("care");
    assertThat(http.post("/api/v1/library", owner.token(), new JsonObject()).status()).isEqualTo(400);
    Http.Response unknownKind = http.post("/api/v1/library", owner.token(), caseEntry(owner.organisationId(), "X yz").put("kind", "novel"));
    assertThat(unknownKind.status()).isEqualTo(400);
    assertThat(unknownKind.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field"))).contains("kind");
    JsonObject wrong = caseEntry(owner.organisationId(), "x".repeat(201)).put("doi", "not a doi").put("showcaseIds", new JsonArray().add("nope"))
        .put("domains", new JsonObject().put("happiness", new JsonObject().put("rating", "positive"))
            .put("safety", new JsonObject().put("rating", "great")));
    Http.Response refused = http.post("/api/v1/library", owner.token(), wrong);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
        .contains("title.fi", "doi", "showcaseIds", "domains.happiness", "domains.safety.rating");
    Http.Response research = http.post("/api/v1/library", owner.token(), new JsonObject().put("kind", "research")
        .put("organisationId", owner.organisationId())
        .put("title", new JsonObject().put("en", "A study")).put("summary", new JsonObject().put("en", "Something was studied."))
        .put("categories", new JsonArray().add("self-care")));
    assertThat(research.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
        .contains("citation", "design");

    Http.Response created = http.post("/api/v1/library", owner.token(), caseEntry(owner.organisationId(), "Pysyvä otsikko"));
    String path = "/api/v1/library/" + created.json().getString("id");
    String version = created.json().getString("version");
    assertThat(http.patch(path, owner.token(), new JsonObject()).status()).isEqualTo(400);
    assertThat(http.patch(path, owner.token(), new JsonObject().put("kind", "method")).status()).isEqualTo(400);
    assertThat(http.patch(path, owner.token(), new JsonObject().put("citation", "Not for a case entry")).status()).isEqualTo(400);
    assertThat(http.patch(path, owner.token(), new JsonObject().put("categories", new JsonArray())).status()).isEqualTo(400);
    assertThat(http.get("/api/v1/library?kind=novel", null).status()).isEqualTo(400);
    assertThat(http.get("/api/v1/library?pageSize=1000", null).status()).isEqualTo(400);
    JsonObject after = http.get(path, owner.token()).json();
    assertThat(after.getString("version")).isEqualTo(version);
    assertThat(after.getJsonObject("titleI18n").getString("fi")).isEqualTo("Pysyvä otsikko");
  }
}
