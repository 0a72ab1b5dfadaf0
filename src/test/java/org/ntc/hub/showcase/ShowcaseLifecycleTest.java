package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import java.util.ArrayList;
import java.util.List;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users.User;
import org.ntc.hub.support.PageHtml;

class ShowcaseLifecycleTest extends ApiTest {
  ShowcaseFixture fixture;



  @BeforeEach
  void fixture() {
    fixture = new ShowcaseFixture(http, users);
  }

  @Test
  @DisplayName("draft → pending → published, an edit waits for review while the published text stays public, then archived")
  void lifecycle() {
    User owner = users.orgAdmin("company", true);
    User staff = users.staff("umea");
    String id = fixture.draft(owner, ShowcaseFixture.body(owner.organisationId(), "Etälääkäri kotiin", "Distansläkare hem", "Remote doctor at home"));
    String path = "/api/v1/showcases/" + id;
    assertThat(http.get(path, owner.token()).json().getString("status")).isEqualTo("draft");
    assertThat(http.get(path, null).status()).as("a draft is hidden from the public").isEqualTo(404);

    Http.Response submitted = http.post(path + "/submit", owner.token(), null);
    assertThat(submitted.json().getString("status")).isEqualTo("pending");
    JsonObject queue = http.get("/api/v1/moderation/queue", staff.token()).json();
    assertThat(queue.getJsonArray("showcases").stream().map(s -> ((JsonObject) s).getString("id"))).contains(id);

    Http.Response approved = http.post(path + "/review", staff.token(), new JsonObject().put("decision", "approve"));
    assertThat(approved.status()).isEqualTo(200);
    assertThat(approved.json().getString("status")).isEqualTo("published");
    JsonObject publicView = http.get(path + "?lang=sv", null).json();
    assertThat(publicView.getString("title")).isEqualTo("Distansläkare hem");
    assertThat(publicView.getJsonObject("titleI18n").getString("fi")).isEqualTo("Etälääkäri kotiin");
    assertThat(publicView.containsKey("history")).as("the public sees no history").isFalse();
    assertThat(http.get("/api/v1/showcases?q=distansl%C3%A4kare", null).json().getLong("total")).isEqualTo(1);

    Http.Response edited = http.patch(path, owner.token(), new JsonObject()
        .put("title", new JsonObject().put("fi", "Etälääkäri kotiin 2.0").put("sv", "Distansläkare hem").put("en", "Remote doctor at home")));
    assertThat(edited.status()).isEqualTo(200);
    assertThat(edited.json().getString("status")).isEqualTo("pending");
    assertThat(edited.json().getBoolean("hasUnpublishedChanges")).isTrue();
    assertThat(http.get(path + "?lang=fi", null).json().getString("title")).as("the approved text stays public").isEqualTo("Etälääkäri kotiin");
    assertThat(http.get("/api/v1/showcases?q=et%C3%A4l%C3%A4%C3%A4k%C3%A4ri", null).json().getLong("total")).isEqualTo(1);

    JsonObject item = http.get("/api/v1/moderation/queue", staff.token()).json().getJsonArray("showcases").stream()
        .map(s -> (JsonObject) s).filter(s -> s.getString("id").equals(id)).findFirst().orElseThrow();
    assertThat(item.getString("kind")).isEqualTo("edit");
    assertThat(item.getJsonArray("changes")).singleElement().satisfies(c -> {
      assertThat(((JsonObject) c).getString("field")).isEqualTo("title.fi");
      assertThat(((JsonObject) c).getString("before")).isEqualTo("Etälääkäri kotiin");
      assertThat(((JsonObject) c).getString("after")).isEqualTo("Etälääkäri kotiin 2.0");
    });

    Http.Response noComment = http.post(path + "/review", staff.token(), new JsonObject().put("decision", "request-changes"));
    assertThat(noComment.status()).isEqualTo(400);
    assertThat(noComment.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("comment");
    Http.Response changes = http.post(path + "/review", staff.token(),
        new JsonObject().put("decision", "request-changes").put("comment", "Lisää näyttö pilotista"));
    assertThat(changes.json().getString("status")).isEqualTo("changes-requested");
    assertThat(http.get(path, null).status()).as("still public with the approved text").isEqualTo(200);

    assertThat(http.post(path + "/submit", owner.token(), null).json().getString("status")).isEqualTo("pending");
    http.post(path + "/review", staff.token(), new JsonObject().put("decision", "approve"));
    assertThat(http.get(path + "?lang=fi", null).json().getString("title")).isEqualTo("Etälääkäri kotiin 2.0");

    JsonArray history = http.get(path, owner.token()).json().getJsonArray("history");
    assertThat(history.stream().map(h -> ((JsonObject) h).getString("to")))
        .containsExactly("draft", "pending", "published", "pending", "changes-requested", "pending", "published");
    assertThat(history.stream().map(h -> ((JsonObject) h).getString("comment"))).contains("Lisää näyttö pilotista");
    assertThat(history.getJsonObject(2).getString("actorId")).isEqualTo(staff.id());

    assertThat(http.post(path + "/archive", owner.token(), null).json().getString("status")).isEqualTo("archived");
    assertThat(http.get(path, null).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/showcases?q=et%C3%A4l%C3%A4%C3%A4k%C3%A4ri", null).json().getLong("total")).isZero();
  }

  @Test
  @DisplayName("wrong states answer 409 and change nothing")
  void wrongStates() {
    User owner = users.orgAdmin("company", true);
    String draft = fixture.draft(owner, ShowcaseFixture.body(owner.organisationId(), "Luonnos", "Utkast", "Draft one"));
    assertThat(http.post("/api/v1/showcases/" + draft + "/review", users.admin().token(),
        new JsonObject().put("decision", "approve")).status()).as("reviewing a draft").isEqualTo(409);
    String published = fixture.published(owner, ShowcaseFixture.body(owner.organisationId(), "Julkaistu", "Publicerad", "Published one"));
    assertThat(http.post("/api/v1/showcases/" + published + "/submit", owner.token(), null).status())
        .as("submitting a published showcase").isEqualTo(409);
    assertThat(http.post("/api/v1/showcases/" + published + "/archive", owner.token(), null).status()).isEqualTo(200);
    assertThat(http.post("/api/v1/showcases/" + published + "/archive", owner.token(), null).status()).isEqualTo(409);
    assertThat(http.patch("/api/v1/showcases/" + published, owner.token(), new JsonObject().put("website", "https://x.example"))
        .status()).isEqualTo(409);
    assertThat(app.count("SELECT count(*) FROM showcase WHERE id = '" + published + "' AND status = 'archived'")).isEqualTo(1);
  }

  @Test
  @DisplayName("staff never approve text they did not see: an edit under review goes back to draft, a stale review is a 409")
  void reviewSeesWhatItApproves() {
    User owner = users.orgAdmin("company", true);
    String id = fixture.draft(owner, ShowcaseFixture.body(owner.organisationId(), "Versio A", "Version A", "Version A"));
    String path = "/api/v1/showcases/" + id;
    http.post(path + "/submit", owner.token(), null);
    String seen = http.get("/api/v1/moderation/queue", users.admin().token()).json().getJsonArray("showcases").stream()
        .map(o -> (JsonObject) o).filter(o -> o.getString("id").equals(id)).findFirst().orElseThrow().getString("version");
    Http.Response edited = http.patch(path, owner.token(), new JsonObject()
        .put("title", new JsonObject().put("fi", "Versio B").put("sv", "Version B").put("en", "Version B")));
    assertThat(edited.json().getString("status")).isEqualTo("draft");
    assertThat(http.post(path + "/review", users.admin().token(), new JsonObject().put("decision", "approve")).status())
        .isEqualTo(409);
    http.post(path + "/submit", owner.token(), null);
    assertThat(http.post(path + "/review", users.admin().token(),
        new JsonObject().put("decision", "approve").put("version", seen)).status()).as("approving a version not seen").isEqualTo(409);
    String current = http.get(path, owner.token()).json().getString("version");
    assertThat(http.post(path + "/review", users.admin().token(),
        new JsonObject().put("decision", "approve").put("version", current)).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("a renamed organisation's showcases leave the catalogue until staff verify it again")
  void renamedOrganisation() {
    User owner = users.orgAdmin("company", true);
    String id = fixture.published(owner, ShowcaseFixture.body(owner.organisationId(), "Nimellinen", "Namngiven", "Named"));
    assertThat(http.get("/api/v1/showcases/" + id, null).status()).isEqualTo(200);
    http.patch("/api/v1/organisations/" + owner.organisationId(), owner.token(), new JsonObject().put("name", "Impostor Health Oy"));
    assertThat(http.get("/api/v1/showcases/" + id, null).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/showcases?organisation=" + owner.organisationId(), null).json().getLong("total")).isZero();
    http.post("/api/v1/organisations/" + owner.organisationId() + "/verify", users.admin().token(), null);
    assertThat(http.get("/api/v1/showcases/" + id, null).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("invalid showcases are refused field by field and nothing is stored")
  void invalidFields() {
    User owner = users.orgAdmin("company", true);
    String owned = "SELECT count(*) FROM showcase WHERE organisation_id = '" + owner.organisationId() + "'";
    long before = app.count(owned);
    JsonObject bad = ShowcaseFixture.body(owner.organisationId(), "Ok title", "Ok titel", "Ok title")
        .put("title", new JsonObject().put("de", "Titel"))
        .put("summary", new JsonObject().put("fi", "lyhyt"))
        .put("categories", new JsonArray().add("astrology"))
        .put("regulatoryStatus", "ce-maybe")
        .put("evidenceLevel", 3)
        .put("website", "javascript:alert(1)")
        .put("contactEmail", "not-an-email")
        .put("price", 10);
    Http.Response response = http.post("/api/v1/showcases", owner.token(), bad);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
        .contains("title.de", "summary.fi", "categories", "regulatoryStatus", "evidenceLevel", "website", "contactEmail", "price");
    JsonObject control = ShowcaseFixture.body(owner.organisationId(), "Nul\u0000title", "Ok titel", "Ok title");
    assertThat(http.post("/api/v1/showcases", owner.token(), control).status()).isEqualTo(400);
    assertThat(http.get("/api/v1/showcases?page=30000000", null).status()).isEqualTo(400);
    JsonObject empty = ShowcaseFixture.body(owner.organisationId(), "x", "y", "z").put("categories", new JsonArray());
    assertThat(http.post("/api/v1/showcases", owner.token(), empty).status()).isEqualTo(400);
    assertThat(app.count(owned)).isEqualTo(before);
  }

  @Test
  @DisplayName("only members of a verified company create showcases")
  void whoMayCreate() {
    User unverified = users.orgAdmin("company", false);
    assertThat(http.post("/api/v1/showcases", unverified.token(),
        ShowcaseFixture.body(unverified.organisationId(), "Otsikko", "Rubrik", "Title")).status()).isEqualTo(403);
    User care = users.orgAdmin("care", true);
    assertThat(http.post("/api/v1/showcases", care.token(),
        ShowcaseFixture.body(care.organisationId(), "Otsikko", "Rubrik", "Title")).status()).isEqualTo(403);
    User other = users.orgAdmin("company", true);
    assertThat(http.post("/api/v1/showcases", other.token(),
        ShowcaseFixture.body(unverified.organisationId(), "Otsikko", "Rubrik", "Title")).status()).isEqualTo(403);
    User member = users.orgMember("company");
    assertThat(http.post("/api/v1/showcases", member.token(),
        ShowcaseFixture.body(member.organisationId(), "Otsikko", "Rubrik", "Title")).status()).isEqualTo(201);
  }

  @Test
  @DisplayName("a signed-in visitor contacts the company; its members read the message and see the counts")
  void contact() {
    User owner = users.orgAdmin("company", true);
    String id = fixture.published(owner, ShowcaseFixture.body(owner.organisationId(), "Yhteys", "Kontakt", "Contact me"));
    User visitor = users.citizen("visitor");
    JsonObject message = new JsonObject().put("message", "Hei! Voisimmeko kokeilla tätä kotihoidossa?");
    assertThat(http.post("/api/v1/showcases/" + id + "/contact", null, message).status()).isEqualTo(401);
    assertThat(http.post("/api/v1/showcases/" + id + "/contact", visitor.token(), new JsonObject().put("message", "hi")).status())
        .isEqualTo(400);
    assertThat(http.post("/api/v1/showcases/" + id + "/contact", visitor.token(), message).status()).isEqualTo(201);
    http.get("/api/v1/showcases/" + id, visitor.token());

    JsonObject inbox = http.get("/api/v1/organisations/" + owner.organisationId() + "/messages", owner.token()).json();
    assertThat(inbox.getLong("total")).isEqualTo(1);
    assertThat(inbox.getJsonArray("items").getJsonObject(0).getString("message")).isEqualTo(message.getString("message"));
    assertThat(inbox.getJsonArray("items").getJsonObject(0).getJsonObject("from").getString("email")).isEqualTo(visitor.email());
    assertThat(http.get("/api/v1/organisations/" + owner.organisationId() + "/messages", visitor.token()).status()).isEqualTo(403);
    JsonObject stats = http.get("/api/v1/showcases/" + id, owner.token()).json().getJsonObject("stats");
    assertThat(stats.getLong("contacts")).isEqualTo(1);
    assertThat(stats.getLong("views")).isGreaterThanOrEqualTo(1);
    String account = PageHtml.mainText(http.get("/account", owner.token()).text());
    assertThat(account).as("members see messages and counts in their account")
        .contains("Voisimmeko kokeilla tätä kotihoidossa?", visitor.email(), "Contact me");

    for (int i = 1; i < ShowcaseService.MAX_CONTACTS_PER_HOUR; i++) {
      http.post("/api/v1/showcases/" + id + "/contact", visitor.token(), message);
    }
    Http.Response tooMany = http.post("/api/v1/showcases/" + id + "/contact", visitor.token(), message);
    assertThat(tooMany.status()).isEqualTo(429);
    assertThat(tooMany.header("Retry-After")).isNotBlank();
  }

  @Test
  @DisplayName("messages sent all at once cannot race past the hourly limit")
  void contactLimitHoldsInParallel() {
    User owner = users.orgAdmin("company", true);
    String id = fixture.published(owner, ShowcaseFixture.body(owner.organisationId(), "Rinnakkain", "Parallellt", "In parallel"));
    User sender = users.citizen("burst");
    JsonObject message = new JsonObject().put("message", "Kiinnostaisi kuulla lisää tästä ratkaisusta.");
    List<Future<Http.Response>> sent = new ArrayList<>();
    for (int i = 0; i < 30; i++) sent.add(http.postAsync("/api/v1/showcases/" + id + "/contact", sender.token(), message));
    List<Integer> statuses = sent.stream().map(f -> Http.awaitResult(f).status()).toList();
    assertThat(statuses).containsOnly(201, 429);
    assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(ShowcaseService.MAX_CONTACTS_PER_HOUR);
  }
}
