package org.ntc.hub.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

class LibraryPagesTest extends ApiTest {

  private Http.Response postForm(User user, String path, MultiMap form) {
    return http.form(path, MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + user.token()),
        form.add("_csrf", http.csrfOf(user.token())));
  }

  /** A published research entry by staff that names a showcase, with a DOI and a MAST finding. */
  private String[] publishedResearch() {
    User company = users.orgAdmin("company", true);
    User staff = users.staff("seinajoki");
    JsonObject showcase = new JsonObject().put("organisationId", company.organisationId())
        .put("title", new JsonObject().put("fi", "Etäseuranta kotiin").put("sv", "Distansövervakning hem").put("en", "Remote monitoring at home"))
        .put("summary", new JsonObject().put("en", "Home measurements reach the nurse at once."))
        .put("categories", new JsonArray().add("remote-monitoring"));
    String showcaseId = http.post("/api/v1/showcases", company.token(), showcase).json().getString("id");
    http.post("/api/v1/showcases/" + showcaseId + "/submit", company.token(), null);
    http.post("/api/v1/showcases/" + showcaseId + "/review", staff.token(), new JsonObject().put("decision", "approve"));
    JsonObject research = new JsonObject().put("kind", "research")
        .put("title", new JsonObject().put("fi", "Sydämen etäseuranta").put("sv", "Distansövervakning av hjärtat").put("en", "Heart telemonitoring"))
        .put("summary", new JsonObject().put("en", "A randomised trial in northern Sweden."))
        .put("citation", "Lindqvist M, et al. Telemonitoring. 2025.")
        .put("doi", "10.5555/ntc.test.1").put("design", "rct")
        .put("categories", new JsonArray().add("remote-monitoring")).put("countries", new JsonArray().add("SE"))
        .put("showcaseIds", new JsonArray().add(showcaseId))
        .put("domains", new JsonObject().put("clinical-effectiveness", new JsonObject().put("rating", "positive")
            .put("finding", new JsonObject().put("en", "Fewer readmissions").put("fi", "Vähemmän sairaalajaksoja"))));
    String id = http.post("/api/v1/library", staff.token(), research).json().getString("id");
    http.post("/api/v1/library/" + id + "/review", staff.token(), new JsonObject().put("decision", "approve"));
    return new String[] {id, showcaseId};
  }

  @ParameterizedTest
  @ValueSource(strings = {"fi", "sv", "en"})
  @DisplayName("the list, an entry and its showcase say it all in words in the reader's language")
  void pagesInEachLanguage(String lang) {
    String[] made = publishedResearch();
    String id = made[0];
    Map<String, String> title = Map.of("fi", "Sydämen etäseuranta", "sv", "Distansövervakning av hjärtat", "en", "Heart telemonitoring");
    Map<String, String> kind = Map.of("fi", "Tutkimus", "sv", "Forskning", "en", "Research");
    Element list = PageHtml.main(http.get("/library?kind=research&country=SE&lang=" + lang, null).text());
    Element card = list.select("li.library-card:has(a[href=/library/" + id + "])").first();
    assertThat(card).isNotNull();
    assertThat(card.text()).contains(title.get(lang), kind.get(lang)).doesNotContain("research");

    Element page = PageHtml.main(http.get("/library/" + id + "?lang=" + lang, null).text());
    assertThat(page.select("h1").text()).isEqualTo(title.get(lang));
    assertThat(page.select("a[href=https://doi.org/10.5555/ntc.test.1]")).hasSize(1);
    assertThat(page.select("#findings").text()).contains(Map.of("fi", "Kliininen vaikuttavuus", "sv", "Klinisk effekt",
        "en", "Clinical effectiveness").get(lang)).doesNotContain("positive", "clinical-effectiveness");
    assertThat(page.select("a[href=/showcases/" + made[1] + "]")).hasSize(1);
    assertThat(page.text()).doesNotContain("rct");

    Element showcase = PageHtml.main(http.get("/showcases/" + made[1] + "?lang=" + lang, null).text());
    assertThat(showcase.select("#library a[href=/library/" + id + "]").text()).isEqualTo(title.get(lang));
  }

  @Test
  @DisplayName("a member writes a case on the page: a refused form comes back with its errors, then it is saved, submitted and reviewed on /moderation")
  void writeOnThePage() {
    User nurse = users.orgMember("care");
    User staff = users.staff("umea");
    String training = java.util.UUID.randomUUID().toString();
    String need = java.util.UUID.randomUUID().toString();
    Element chooser = PageHtml.main(http.get("/library/new?lang=fi", nurse.token()).text());
    assertThat(chooser.select("a[href=/library/new?kind=case]")).hasSize(1);
    Element form = PageHtml.main(http.get("/library/new?kind=case&lang=fi", nurse.token()).text());
    assertThat(form.select("textarea[name=setting_fi]")).hasSize(1);
    assertThat(form.select("input[name=citation]")).isEmpty();
    assertThat(form.select("textarea[name=trainingIds], textarea[name=challengeIds]")).hasSize(2);

    Http.Response refused = postForm(nurse, "/library/new?lang=sv", MultiMap.caseInsensitiveMultiMap()
        .add("kind", "case").add("organisationId", nurse.organisationId()).add("title_sv", "X"));
    assertThat(refused.status()).isEqualTo(400);
    Element again = PageHtml.main(refused.text());
    assertThat(again.select(".error-summary a[href=#title]")).hasSize(1);
    assertThat(again.select(".error-summary a[href=#categories]")).hasSize(1);
    assertThat(again.select(".error-summary").text()).contains("Välj minst en kategori.");
    assertThat(again.select("input[name=title_sv]").val()).isEqualTo("X");
    // Only the categories are missing: the texts, which are fine, carry no error of their own.
    Element onlyCategories = PageHtml.main(postForm(nurse, "/library/new?lang=fi", MultiMap.caseInsensitiveMultiMap()
        .add("kind", "case").add("organisationId", nurse.organisationId()).add("title_fi", "Etäkuntoutus kotona")
        .add("summary_fi", "Fysioterapeutti ohjaa harjoitukset videoyhteydellä.").add("setting_fi", "Kotihoito")).text());
    assertThat(onlyCategories.select(".field-error")).hasSize(1);
    assertThat(onlyCategories.select("#categories .field-error")).hasSize(1);
    assertThat(onlyCategories.select("[aria-invalid]")).isEmpty();

    Http.Response saved = postForm(nurse, "/library/new", MultiMap.caseInsensitiveMultiMap()
        .add("kind", "case").add("organisationId", nurse.organisationId())
        .add("title_fi", "Videokäynnit kotihoidossa").add("summary_fi", "Iltakäynnit videolla neljässä kunnassa.")
        .add("setting_fi", "Kotihoito").add("categories", "video-consultation").add("domain_organisational", "positive")
        .add("finding_organisational_fi", "Ajoaika väheni")
        .add("trainingIds", "http://localhost:8080/trainings/" + training).add("challengeIds", need));
    assertThat(saved.status()).as(saved.text()).isEqualTo(303);
    String path = saved.header("Location");
    String id = path.substring("/library/".length());
    JsonObject stored = http.get("/api/v1/library/" + id, nurse.token()).json();
    assertThat(stored.getJsonObject("domains").getJsonObject("organisational").getString("rating")).isEqualTo("positive");
    assertThat(stored.getJsonArray("trainingIds")).as("a pasted address stands for its id").containsExactly(training);
    assertThat(stored.getJsonArray("challengeIds")).containsExactly(need);
    assertThat(postForm(nurse, path + "/submit", MultiMap.caseInsensitiveMultiMap()).status()).isEqualTo(303);

    Element queue = PageHtml.main(http.get("/moderation?lang=en", staff.token()).text());
    Element item = queue.select("li[data-queue-item=" + id + "]").first();
    assertThat(item).isNotNull();
    assertThat(item.select("form[action=/library/" + id + "/review]")).hasSize(1);
    Http.Response approved = postForm(staff, path + "/review", MultiMap.caseInsensitiveMultiMap()
        .add("decision", "approve").add("version", item.select("input[name=version]").val()));
    assertThat(approved.status()).isEqualTo(303);
    assertThat(approved.header("Location")).isEqualTo("/moderation");
    assertThat(http.get("/api/v1/library/" + id, null).status()).isEqualTo(200);

    Http.Response editForm = http.get(path + "/edit?lang=fi", nurse.token());
    assertThat(PageHtml.main(editForm.text()).select("input[name=title_fi]").val()).isEqualTo("Videokäynnit kotihoidossa");
    Http.Response edited = postForm(nurse, path + "/edit", MultiMap.caseInsensitiveMultiMap()
        .add("title_fi", "Videokäynnit kotihoidossa 2").add("summary_fi", "Iltakäynnit videolla neljässä kunnassa.")
        .add("setting_fi", "Kotihoito").add("categories", "video-consultation"));
    assertThat(edited.status()).as(edited.text()).isEqualTo(303);
    assertThat(http.get("/api/v1/library/" + id, nurse.token()).json().getString("status")).isEqualTo("pending");
    Element written = PageHtml.main(http.get("/library?lang=en", nurse.token()).text()).select("#written").first();
    assertThat(written).as("the writer finds the entry again, in any state").isNotNull();
    assertThat(written.select("a[href=/library/" + id + "]").text()).isEqualTo("Videokäynnit kotihoidossa 2");
    assertThat(written.text()).contains("Waiting for review");
    assertThat(PageHtml.main(http.get("/library", users.orgMember("care").token()).text()).select("#written a[href=/library/" + id + "]"))
        .as("another organisation's member does not see it").isEmpty();
    assertThat(PageHtml.main(http.get("/library", null).text()).select("#written")).isEmpty();
  }

  @Test
  @DisplayName("visitors are sent to sign in before writing; a citizen may not write")
  void whoMayWriteOnThePage() {
    Http.Response visitor = http.get("/library/new", null);
    assertThat(visitor.status()).isEqualTo(303);
    assertThat(visitor.header("Location")).startsWith("/login");
    User citizen = users.citizen("reader");
    assertThat(http.get("/library/new", citizen.token()).status()).isEqualTo(403);
    assertThat(PageHtml.main(http.get("/library", citizen.token()).text()).select("a[href=/library/new]")).isEmpty();
    assertThat(PageHtml.main(http.get("/account", citizen.token()).text()).select("a[href=/library/new]")).isEmpty();
    User nurse = users.orgMember("care");
    assertThat(PageHtml.main(http.get("/account?lang=sv", nurse.token()).text()).select("a[href=/library/new]").text())
        .isEqualTo("Skriv i biblioteket");
    assertThat(PageHtml.parse(http.get("/library?lang=fi", null).text()).select("header nav a[href=/library]").text()).isEqualTo("Kirjasto");
    assertThat(http.get("/library?kind=novel", null).status()).as("a bad filter is a 400 page, not a 500").isEqualTo(400);
    assertThat(http.get("/library/" + java.util.UUID.randomUUID(), null).status()).isEqualTo(404);
  }

  @Test
  @DisplayName("staff review on the entry's page: asking for changes without a comment shows the page again with the error")
  void reviewOnTheEntryPage() {
    User nurse = users.orgMember("care");
    User staff = users.staff("seinajoki");
    String id = http.post("/api/v1/library", nurse.token(), LibraryLifecycleTest.caseEntry(nurse.organisationId(), "Yöhoito"))
        .json().getString("id");
    http.post("/api/v1/library/" + id + "/submit", nurse.token(), null);
    Element page = PageHtml.main(http.get("/library/" + id + "?lang=fi", staff.token()).text());
    assertThat(page.select("form[action=/library/" + id + "/review] button[value=approve]")).hasSize(1);
    assertThat(PageHtml.main(http.get("/library/" + id + "?lang=fi", nurse.token()).text())
        .select("form[action=/library/" + id + "/review]")).as("only staff review").isEmpty();

    Http.Response refused = postForm(staff, "/library/" + id + "/review?lang=en", MultiMap.caseInsensitiveMultiMap()
        .add("decision", "request-changes").add("back", "entry"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(PageHtml.main(refused.text()).select(".error-summary a[href=#comment]").text()).isEqualTo("Say what should change.");
    Http.Response sent = postForm(staff, "/library/" + id + "/review", MultiMap.caseInsensitiveMultiMap()
        .add("decision", "request-changes").add("comment", "Lisää tulokset").add("back", "entry"));
    assertThat(sent.header("Location")).isEqualTo("/library/" + id);
    Element owner = PageHtml.main(http.get("/library/" + id + "?lang=fi", nurse.token()).text());
    assertThat(owner.select(".manage").text()).contains("Muutoksia pyydetty", "Lisää tulokset");
  }
}
