package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

/** Archiving from the page asks for a reason and tells the owners; restoring is offered and told; the history reads as words. */
class ShowcaseHistoryPageTest extends ApiTest {
  private static final Pattern ISO_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
  private static final List<String> CODES = List.of("changes-requested", "draft", "pending", "published", "archived");
  ShowcaseFixture fixture;

  @BeforeEach
  void fixture() {
    fixture = new ShowcaseFixture(http, users);
  }

  private Http.Response postForm(User user, String path, MultiMap form) {
    return http.form(path, MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + user.token()),
        form.add("_csrf", http.csrfOf(user.token())));
  }

  private List<JsonObject> notifications(User user, String kind) {
    return http.get("/api/v1/me/notifications", user.token()).json().getJsonArray("items").stream().map(n -> (JsonObject) n)
        .filter(n -> n.getString("kind").equals(kind)).toList();
  }

  @Test
  @DisplayName("on the page even the owner must give a reason to archive: the form comes back with the error summary, nothing changes")
  void ownerNeedsAReasonOnThePage() {
    User owner = users.orgAdmin("company", true);
    String id = fixture.published(owner, ShowcaseFixture.body(owner.organisationId(), "Syy vaaditaan", "Orsak krävs", "Reason needed"));

    Element form = PageHtml.main(http.get("/showcases/" + id + "?lang=fi", owner.token()).text());
    assertThat(form.select("textarea#archive-reason").hasAttr("required")).isTrue();

    Http.Response refused = postForm(owner, "/showcases/" + id + "/archive", MultiMap.caseInsensitiveMultiMap().add("reason", "  "));
    assertThat(refused.status()).isEqualTo(400);
    Element main = PageHtml.main(refused.text());
    assertThat(main.select(".error-summary a[href=#archive-reason]")).hasSize(1);
    assertThat(main.select("#archive-error").text()).isNotBlank();
    assertThat(http.get("/api/v1/showcases/" + id, null).status()).as("still public").isEqualTo(200);
    assertThat(notifications(owner, "showcase.archived")).isEmpty();

    assertThat(http.post("/api/v1/showcases/" + id + "/archive", owner.token(), null).status())
        .as("the API keeps taking an empty body from the organisation's members").isEqualTo(200);
  }

  @Test
  @DisplayName("staff archive from the page with a reason: the owners are told with it, only staff are offered the restore, and the owners are told of that too")
  void staffArchiveAndRestoreFromThePage() {
    User owner = users.orgAdmin("company", true);
    User staff = users.staff("umea");
    String id = fixture.published(owner, ShowcaseFixture.body(owner.organisationId(), "Valvottu sivu", "Övervakad sida", "Watched page"));

    Http.Response archived = postForm(staff, "/showcases/" + id + "/archive",
        MultiMap.caseInsensitiveMultiMap().add("reason", "Väitteet ilman näyttöä"));
    assertThat(archived.status()).isEqualTo(303);
    assertThat(notifications(owner, "showcase.archived")).singleElement()
        .satisfies(n -> assertThat(n.getJsonObject("payload").getString("reason")).isEqualTo("Väitteet ilman näyttöä"));

    Element ownerView = PageHtml.main(http.get("/showcases/" + id + "?lang=sv", owner.token()).text());
    assertThat(ownerView.select("#archived").text()).contains("Väitteet ilman näyttöä");
    assertThat(ownerView.select("form[action='/showcases/" + id + "/restore']")).as("what staff archived, staff restore").isEmpty();
    Element staffView = PageHtml.main(http.get("/showcases/" + id + "?lang=sv", staff.token()).text());
    assertThat(staffView.select("form[action='/showcases/" + id + "/restore'] button").text()).isEqualTo("Återställ");

    assertThat(postForm(staff, "/showcases/" + id + "/restore", MultiMap.caseInsensitiveMultiMap()).status()).isEqualTo(303);
    assertThat(http.get("/api/v1/showcases/" + id, null).status()).isEqualTo(200);
    assertThat(notifications(owner, "showcase.restored")).hasSize(1);
  }

  @Test
  @DisplayName("the history shows states in the reader's language and times in words, with who and what they said; never codes or ISO times")
  void historyInWords() {
    User owner = users.orgAdmin("company", true);
    User staff = users.staff("seinajoki");
    String id = fixture.draft(owner, ShowcaseFixture.body(owner.organisationId(), "Historia", "Historik", "History"));
    String path = "/api/v1/showcases/" + id;
    http.post(path + "/submit", owner.token(), null);
    http.post(path + "/review", staff.token(), new JsonObject().put("decision", "request-changes").put("comment", "Lisää lähteet"));
    http.post(path + "/submit", owner.token(), null);
    http.post(path + "/review", staff.token(), new JsonObject().put("decision", "approve"));
    http.patch(path, owner.token(), new JsonObject().put("summary", new JsonObject().put("fi", "Uusi tiivistelmä kotona asumisen tueksi.")));

    for (User reader : List.of(owner, staff)) {
      Element main = PageHtml.main(http.get("/showcases/" + id + "?lang=fi", reader.token()).text());
      Element history = main.selectFirst("ol.history");
      assertThat(history).isNotNull();
      String text = history.text();
      assertThat(history.select("li")).hasSize(6);
      assertThat(text).contains("Luonnos → Odottaa tarkistusta", "Odottaa tarkistusta → Muutoksia pyydetty", "“Lisää lähteet”",
          "Julkaistu → Odottaa tarkistusta: muutos lähetetty tarkistettavaksi");
      CODES.forEach(code -> assertThat(text).as("no raw state code").doesNotContain(code));
      assertThat(ISO_TIME.matcher(text).find()).as("no ISO timestamps: " + text).isFalse();
      assertThat(text).doesNotContain("Europe/").doesNotContain("seinajoki");
      assertThat(history.select("time").first().attr("datetime")).as("machine-readable time in the attribute").matches("\\d{4}-.*");
    }
    Element swedish = PageHtml.main(http.get("/showcases/" + id + "?lang=sv", staff.token()).text());
    assertThat(swedish.select("ol.history").text()).contains("Ändringar begärda");
  }
}
