package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

/** Archiving keeps its reason, tells the organisation, withdraws the showcase from view, and can be undone. */
class ShowcaseArchiveTest extends ApiTest {
  ShowcaseFixture fixture;

  @BeforeEach
  void fixture() {
    fixture = new ShowcaseFixture(http, users);
  }

  private long events(String type, String showcaseId) {
    return app.count("SELECT count(*) FROM event_log WHERE type = '" + type + "' AND payload->>'showcaseId' = '" + showcaseId + "'");
  }

  private List<JsonObject> notifications(User user, String kind) {
    return http.get("/api/v1/me/notifications", user.token()).json().getJsonArray("items").stream().map(n -> (JsonObject) n)
        .filter(n -> n.getString("kind").equals(kind)).toList();
  }

  @Test
  @DisplayName("a member archives with a reason: stored, members told, showcase.withdrawn raised; restoring makes it public again")
  void archiveAndRestore() {
    User owner = users.orgAdmin("company", true);
    User colleague = users.citizen("colleague");
    http.post("/api/v1/organisations/" + owner.organisationId() + "/members", owner.token(),
        new JsonObject().put("email", colleague.email()).put("role", "member"));
    String id = fixture.published(owner, ShowcaseFixture.body(owner.organisationId(), "Arkistoitava", "Arkiveras", "To archive"));
    String path = "/api/v1/showcases/" + id;

    Http.Response archived = http.post(path + "/archive", owner.token(), new JsonObject().put("reason", "Tuote poistuu myynnistä"));
    assertThat(archived.status()).as(archived.text()).isEqualTo(200);
    assertThat(archived.json().getString("status")).isEqualTo("archived");
    assertThat(archived.json().getJsonObject("archived").getString("reason")).isEqualTo("Tuote poistuu myynnistä");
    assertThat(archived.json().getJsonObject("archived").getString("previousStatus")).isEqualTo("published");
    assertThat(http.get(path, null).status()).isEqualTo(404);
    assertThat(events("showcase.withdrawn", id)).isEqualTo(1);
    assertThat(notifications(colleague, "showcase.archived")).singleElement()
        .satisfies(n -> assertThat(n.getJsonObject("payload").getString("reason")).isEqualTo("Tuote poistuu myynnistä"));

    Http.Response restored = http.post(path + "/restore", colleague.token(), null);
    assertThat(restored.status()).as(restored.text()).isEqualTo(200);
    assertThat(restored.json().getString("status")).as("published stays published").isEqualTo("published");
    assertThat(http.get(path, null).status()).isEqualTo(200);
    assertThat(http.get("/api/v1/showcases?q=arkistoitava", null).json().getLong("total")).isEqualTo(1);
    assertThat(events("showcase.published", id)).as("raised at approval and at restoring").isEqualTo(2);
    assertThat(notifications(owner, "showcase.restored")).hasSize(1);
    assertThat(http.post(path + "/restore", owner.token(), null).status()).as("not archived").isEqualTo(409);
  }

  @Test
  @DisplayName("staff archiving another organisation's showcase must give a reason, and only staff restore it")
  void staffArchive() {
    User owner = users.orgAdmin("company", true);
    User staff = users.staff("umea");
    String id = fixture.published(owner, ShowcaseFixture.body(owner.organisationId(), "Valvottu", "Övervakad", "Watched"));
    String path = "/api/v1/showcases/" + id;

    Http.Response noReason = http.post(path + "/archive", staff.token(), null);
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");
    assertThat(http.post(path + "/archive", staff.token(), new JsonObject().put("reason", " ")).status()).isEqualTo(400);
    assertThat(http.get(path, null).status()).as("unchanged").isEqualTo(200);

    assertThat(http.post(path + "/archive", staff.token(), new JsonObject().put("reason", "Väitteet ilman näyttöä")).status())
        .isEqualTo(200);
    assertThat(notifications(owner, "showcase.archived")).hasSize(1);
    Http.Response ownerRestores = http.post(path + "/restore", owner.token(), null);
    assertThat(ownerRestores.status()).isEqualTo(403);
    assertThat(http.post(path + "/restore", users.citizen("x").token(), null).status()).isEqualTo(404);
    assertThat(http.post(path + "/restore", null, null).status()).isEqualTo(401);
    assertThat(http.post(path + "/restore", staff.token(), null).json().getString("status")).isEqualTo("published");
  }

  @Test
  @DisplayName("a showcase archived while waiting for review comes back as a draft, out of the moderation queue")
  void restorePendingAsDraft() {
    User owner = users.orgAdmin("company", true);
    String id = fixture.draft(owner, ShowcaseFixture.body(owner.organisationId(), "Odottava", "Väntande", "Waiting"));
    String path = "/api/v1/showcases/" + id;
    http.post(path + "/submit", owner.token(), null);
    assertThat(http.post(path + "/archive", owner.token(), null).status()).as("members may leave the reason out").isEqualTo(200);
    assertThat(http.post(path + "/restore", owner.token(), null).json().getString("status")).isEqualTo("draft");
    assertThat(http.get("/api/v1/moderation/queue", users.admin().token()).json().getJsonArray("showcases").stream()
        .map(s -> ((JsonObject) s).getString("id"))).doesNotContain(id);
  }

  @Test
  @DisplayName("the owner sees the reason and a restore button on the showcase page, in Finnish, Swedish and English")
  void page() {
    User owner = users.orgAdmin("company", true);
    User staff = users.staff("seinajoki");
    String id = fixture.published(owner, ShowcaseFixture.body(owner.organisationId(), "Sivulla", "På sidan", "On the page"));
    String csrf = http.csrfOf(owner.token());
    MultiMap browser = MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + owner.token());
    Http.Response archived = http.form("/showcases/" + id + "/archive", browser,
        MultiMap.caseInsensitiveMultiMap().add("_csrf", csrf).add("reason", "Uusi versio tulossa"));
    assertThat(archived.status()).isEqualTo(303);

    for (String[] lang : List.of(new String[] {"fi", "Palauta"}, new String[] {"sv", "Återställ"}, new String[] {"en", "Restore"})) {
      Element main = PageHtml.main(http.get("/showcases/" + id + "?lang=" + lang[0], owner.token()).text());
      assertThat(main.select("#archived").text()).contains("Uusi versio tulossa");
      assertThat(main.select("form[action='/showcases/" + id + "/restore'] button").text()).isEqualTo(lang[1]);
    }
    Element staffView = PageHtml.main(http.get("/showcases/" + id, staff.token()).text());
    assertThat(staffView.select("#archived").text()).contains("Uusi versio tulossa");
    assertThat(staffView.select("form[action='/showcases/" + id + "/restore']")).hasSize(1);

    Http.Response restored = http.form("/showcases/" + id + "/restore", browser, MultiMap.caseInsensitiveMultiMap().add("_csrf", csrf));
    assertThat(restored.status()).isEqualTo(303);
    assertThat(http.get("/api/v1/showcases/" + id, null).status()).isEqualTo(200);

    Http.Response staffWithoutReason = http.form("/showcases/" + id + "/archive",
        MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + staff.token()),
        MultiMap.caseInsensitiveMultiMap().add("_csrf", http.csrfOf(staff.token())));
    assertThat(staffWithoutReason.status()).isEqualTo(400);
    assertThat(PageHtml.main(staffWithoutReason.text()).select("#archive-error").text()).isNotBlank();
    assertThat(http.get("/api/v1/showcases/" + id, null).status()).as("still public").isEqualTo(200);
  }
}
