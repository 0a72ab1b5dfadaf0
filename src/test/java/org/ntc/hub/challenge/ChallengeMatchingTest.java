package org.ntc.hub.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.search.Thesaurus;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

class ChallengeMatchingTest extends ApiTest {

  private static JsonObject texts(String lang, String text) {
    return new JsonObject().put(lang, text);
  }

  private String publishedShowcase(User company, JsonObject title, JsonObject summary, JsonObject description, String category,
                                   String targetGroup, String country, String language) {
    Http.Response created = http.post("/api/v1/showcases", company.token(), new JsonObject()
        .put("organisationId", company.organisationId()).put("title", title).put("summary", summary).put("description", description)
        .put("categories", new JsonArray().add(category)).put("targetGroups", new JsonArray().add(targetGroup))
        .put("countries", new JsonArray().add(country)).put("languages", new JsonArray().add(language))
        .put("regulatoryStatus", "not-medical-device").put("evidenceLevel", "pilot"));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.json().getString("id");
    assertThat(http.post("/api/v1/showcases/" + id + "/submit", company.token(), null).status()).isEqualTo(200);
    assertThat(http.post("/api/v1/showcases/" + id + "/review", users.staff("umea").token(),
        new JsonObject().put("decision", "approve")).status()).isEqualTo(200);
    return id;
  }

  private String publishedNeed(User care, JsonObject title, JsonObject description, String category, String targetGroup,
                               String country, String language) {
    Http.Response created = http.post("/api/v1/challenges", care.token(), new JsonObject()
        .put("organisationId", care.organisationId()).put("title", title).put("description", description)
        .put("categories", new JsonArray().add(category)).put("targetGroups", new JsonArray().add(targetGroup))
        .put("country", country).put("languages", new JsonArray().add(language))
        .put("responsesDue", LocalDate.now().plusDays(30).toString()));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.json().getString("id");
    assertThat(http.post("/api/v1/challenges/" + id + "/submit", care.token(), null).status()).isEqualTo(200);
    assertThat(http.post("/api/v1/challenges/" + id + "/review", users.staff("seinajoki").token(),
        new JsonObject().put("decision", "approve")).status()).isEqualTo(200);
    return id;
  }

  private JsonArray matches(String need, String lang) {
    return http.get("/api/v1/challenges/" + need + "/matches?pageSize=100&lang=" + lang, null).json().getJsonArray("items");
  }

  private static JsonObject matchOf(JsonArray matches, String showcase) {
    return matches.stream().map(m -> (JsonObject) m).filter(m -> m.getJsonObject("showcase").getString("id").equals(showcase))
        .findFirst().orElse(null);
  }

  private static List<String> conceptsOf(String text) {
    return Thesaurus.shared().mentioned(text).stream().map(Thesaurus.Concept::id).toList();
  }

  @Test
  @DisplayName("a home blood-pressure need matches the blood-pressure showcase, not knee rehabilitation, and its reasons are true")
  void bloodPressure() {
    User care = users.orgAdmin("care", true);
    User company = users.orgAdmin("company", true);
    JsonObject needTitle = texts("fi", "Verenpaineen kotimittaus ikäihmisille").put("en", "Home blood pressure measurement for older people");
    JsonObject needText = texts("fi", "Haemme ratkaisua, jolla asiakas mittaa verenpaineensa kotona ja tulokset siirtyvät hoitajalle.");
    String need = publishedNeed(care, needTitle, needText, "remote-monitoring", "older-people", "FI", "fi");
    JsonObject meterTitle = texts("fi", "Verenpainemittari kotiin").put("en", "Blood pressure meter for the home");
    JsonObject meterSummary = texts("en", "Readings of blood pressure reach the nurse the same day.");
    String meter = publishedShowcase(company, meterTitle, meterSummary, texts("en", "A cuff and a tablet."), "remote-monitoring",
        "chronic-conditions", "FI", "fi");
    JsonObject kneeTitle = texts("fi", "Polven tekonivelleikkauksen jälkeinen kuntoutus").put("en", "Rehabilitation after knee surgery");
    JsonObject kneeSummary = texts("fi", "Harjoitusohjelma polven leikkauksen jälkeen ikäihmisille.");
    String knee = publishedShowcase(company, kneeTitle, kneeSummary, texts("fi", "Ohjatut harjoitukset ja videot."),
        "rehabilitation", "older-people", "FI", "fi");

    JsonArray matches = matches(need, "en");
    assertThat(matchOf(matches, knee)).as("knee rehabilitation shares only the target group, country and language").isNull();
    JsonObject match = matchOf(matches, meter);
    assertThat(match).isNotNull();
    assertThat(match.getString("why")).startsWith("both are about blood pressure").doesNotContain("similar wording");
    JsonArray reasons = match.getJsonArray("reasons");
    assertThat(reasons.getJsonObject(0).getMap()).containsEntry("kind", "concept").containsEntry("id", "blood-pressure")
        .containsEntry("label", "blood pressure");
    String needWords = String.join(" ", needTitle.getString("fi"), needTitle.getString("en"), needText.getString("fi"));
    String meterWords = String.join(" ", meterTitle.getString("fi"), meterTitle.getString("en"), meterSummary.getString("en"),
        "A cuff and a tablet.");
    List<String> named = reasons.stream().map(r -> (JsonObject) r).filter(r -> r.getString("kind").equals("concept"))
        .map(r -> r.getString("id")).toList();
    assertThat(named).isNotEmpty();
    assertThat(conceptsOf(needWords)).containsAll(named);
    assertThat(conceptsOf(meterWords)).containsAll(named);
    assertThat(reasons.stream().map(r -> ((JsonObject) r).getString("kind")).collect(Collectors.toSet()))
        .doesNotContain("target-group");

    var page = PageHtml.main(http.get("/challenges/" + need + "?lang=sv", null).text());
    assertThat(page.select(".match-reasons li").eachText()).contains("Båda handlar om blodtryck", "Samma kategori: Distansmonitorering");
    assertThat(PageHtml.mainText(http.get("/challenges/" + need + "?lang=fi", null).text())).contains("Molemmat koskevat aihetta verenpaine");
    assertThat(PageHtml.mainText(http.get("/challenges/" + need + "?lang=en", null).text()))
        .contains("Both are about blood pressure").doesNotContain("similar wording");
  }

  @Test
  @DisplayName("a Swedish-only need matches a Finnish-only showcase on a shared concept")
  void acrossLanguages() {
    User care = users.orgAdmin("care", true);
    User company = users.orgAdmin("company", true);
    String need = publishedNeed(care, texts("sv", "Bättre sömn för äldre i hemtjänsten"),
        texts("sv", "Vi söker ett sätt att följa upp sömnen hos äldre som bor hemma."), "self-care", "older-people", "SE", "sv");
    String sleep = publishedShowcase(company, texts("fi", "Unen seuranta"), texts("fi", "Seuraa unta ja antaa vinkkejä levon tueksi."),
        texts("fi", "Sänkyyn asennettava laite."), "digital-therapeutics", "mental-health", "FI", "fi");
    JsonObject match = matchOf(matches(need, "sv"), sleep);
    assertThat(match).isNotNull();
    assertThat(match.getJsonArray("reasons").getJsonObject(0).getMap()).containsEntry("kind", "concept").containsEntry("id", "sleep");
    assertThat(match.getString("why")).isEqualTo("båda handlar om sömn");
  }

  @Test
  @DisplayName("a need nothing fits says so on its page and is a gap in the market for staff only")
  void gaps() {
    User care = users.orgAdmin("care", true);
    String need = publishedNeed(care, texts("fi", "Lumitöiden tilaaminen verkossa").put("en", "Ordering snow clearing on the web"),
        texts("fi", "Etsimme tapaa tilata lumityöt verkosta.").put("en", "We look for a way to order snow clearing on the web."),
        "health-data-interoperability", "people-with-disabilities", "FI", "fi");
    assertThat(matches(need, "en")).isEmpty();
    assertThat(PageHtml.mainText(http.get("/challenges/" + need + "?lang=en", null).text()))
        .contains("No showcase in the catalogue fits this need yet");
    assertThat(PageHtml.mainText(http.get("/challenges/" + need + "?lang=sv", null).text()))
        .contains("Ingen presentation i katalogen passar det här behovet ännu");

    User staff = users.staff("seinajoki");
    Http.Response gaps = http.get("/api/v1/challenges/gaps?pageSize=100", staff.token());
    assertThat(gaps.status()).as(gaps.text()).isEqualTo(200);
    assertThat(gaps.json().getJsonArray("items").stream().map(c -> ((JsonObject) c).getString("id"))).contains(need);
    assertThat(http.get("/api/v1/challenges/gaps", care.token()).status()).isEqualTo(403);
    assertThat(http.get("/api/v1/challenges/gaps", null).status()).isEqualTo(401);

    var page = PageHtml.main(http.get("/challenges/gaps?lang=fi", staff.token()).text());
    assertThat(page.select("h1").text()).isEqualTo("Aukot markkinoilla");
    assertThat(page.select(".gaps a").eachText()).contains("Lumitöiden tilaaminen verkossa");
    assertThat(http.get("/challenges/gaps", care.token()).status()).isEqualTo(403);
    assertThat(PageHtml.main(http.get("/challenges?lang=en", staff.token()).text()).select("a[href=/challenges/gaps]")).hasSize(1);
  }
}
