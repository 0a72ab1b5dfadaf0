package org.ntc.hub.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

class OrganisationProfileTest extends ApiTest {

  private static MultiMap browser(User user) {
    return MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + user.token());
  }

  private MultiMap editForm(User user, String name, String website, String fi, String sv, String en) {
    return MultiMap.caseInsensitiveMultiMap().add("_csrf", http.csrfOf(user.token())).add("name", name).add("country", "FI")
        .add("website", website).add("description_fi", fi).add("description_sv", sv).add("description_en", en);
  }

  private JsonObject org(String id, User user) {
    return http.get("/api/v1/organisations/" + id, user.token()).json();
  }

  @Test
  @DisplayName("an admin edits the profile on its page in fi, sv and en; the profile shows it in the reader's language")
  void adminEdits() {
    User admin = users.orgAdmin("company", true);
    String id = admin.organisationId();
    String name = org(id, admin).getString("name");
    for (String[] lang : List.of(new String[] {"fi", "Tallenna profiili"}, new String[] {"sv", "Spara profilen"},
        new String[] {"en", "Save profile"})) {
      Http.Response page = http.get("/organisations/" + id + "/edit?lang=" + lang[0], admin.token());
      assertThat(page.status()).isEqualTo(200);
      Element main = PageHtml.main(page.text());
      assertThat(main.select("form[action='/organisations/" + id + "/edit'] button[type=submit]").text()).isEqualTo(lang[1]);
      assertThat(main.select("#name").val()).isEqualTo(name);
      assertThat(main.select("textarea#description_fi, textarea#description_sv, textarea#description_en")).hasSize(3);
      assertThat(main.select("label[for=description_sv]")).hasSize(1);
    }
    assertThat(PageHtml.main(http.get("/organisations/" + id, admin.token()).text())
        .select("a[href='/organisations/" + id + "/edit']")).hasSize(1);

    Http.Response saved = http.form("/organisations/" + id + "/edit", browser(admin),
        editForm(admin, name, "https://hoiva.example", "Kotihoidon ratkaisuja", "Lösningar för hemvård", ""));
    assertThat(saved.status()).as(saved.text()).isEqualTo(303);
    assertThat(saved.header("Location")).isEqualTo("/organisations/" + id + "?saved=1");
    Element fi = PageHtml.main(http.get("/organisations/" + id + "?lang=fi&saved=1", null).text());
    assertThat(fi.select(".lead").text()).isEqualTo("Kotihoidon ratkaisuja");
    assertThat(fi.select("[role=status]").text()).isEqualTo("Profiili tallennettiin.");
    assertThat(PageHtml.main(http.get("/organisations/" + id + "?lang=sv", null).text()).select(".lead").text())
        .isEqualTo("Lösningar för hemvård");
    JsonObject stored = org(id, admin);
    assertThat(stored.getBoolean("verified")).as("same name: still verified").isTrue();
    assertThat(stored.getString("website")).isEqualTo("https://hoiva.example");

    http.form("/organisations/" + id + "/edit", browser(admin), editForm(admin, name, "", "Vain suomeksi", "", ""));
    stored = org(id, admin);
    assertThat(stored.getJsonObject("descriptionI18n").fieldNames()).containsExactly("fi");
    assertThat(stored.getString("website")).isNull();

    Http.Response api = http.patch("/api/v1/organisations/" + id, admin.token(),
        new JsonObject().put("description", new JsonObject().put("sv", "Bara svenska").put("fi", "")));
    assertThat(api.status()).isEqualTo(200);
    assertThat(api.json().getJsonObject("descriptionI18n").getMap()).as("an empty language is removed")
        .isEqualTo(java.util.Map.of("sv", "Bara svenska"));
    User staff = users.staff("umea");
    assertThat(http.get("/organisations/" + id + "/edit", staff.token()).status()).as("staff may edit too").isEqualTo(200);
  }

  @Test
  @DisplayName("a plain member and outsiders may not edit: member 403, outsider 403 (public) or 404 (unverified), anonymous to sign-in")
  void whoMayEdit() {
    User admin = users.orgAdmin("company", true);
    String id = admin.organisationId();
    User member = users.citizen("member");
    http.post("/api/v1/organisations/" + id + "/members", admin.token(), new JsonObject().put("email", member.email()).put("role", "member"));
    member = new User(member.id(), member.email(), member.name(), users.login(member.email(), org.ntc.hub.support.Users.PASSWORD), id);
    User outsider = users.citizen("outsider");
    String name = org(id, admin).getString("name");

    assertThat(http.get("/organisations/" + id + "/edit", member.token()).status()).isEqualTo(403);
    assertThat(http.form("/organisations/" + id + "/edit", browser(member), editForm(member, "Taken over", "", "x", "", ""))
        .status()).isEqualTo(403);
    assertThat(http.get("/organisations/" + id + "/edit", outsider.token()).status()).isEqualTo(403);
    assertThat(http.form("/organisations/" + id + "/edit", browser(outsider), editForm(outsider, "Taken over", "", "x", "", ""))
        .status()).isEqualTo(403);
    assertThat(PageHtml.main(http.get("/organisations/" + id, member.token()).text()).select("a[href$=/edit]")).isEmpty();
    User hidden = users.orgAdmin("care", false);
    assertThat(http.get("/organisations/" + hidden.organisationId() + "/edit", outsider.token()).status()).isEqualTo(404);
    Http.Response anonymous = http.get("/organisations/" + id + "/edit", null);
    assertThat(anonymous.status()).isEqualTo(303);
    assertThat(anonymous.header("Location")).startsWith("/login?next=");
    assertThat(org(id, admin).getString("name")).isEqualTo(name);
    assertThat(http.patch("/api/v1/organisations/" + id, member.token(), new JsonObject().put("name", "Taken over")).status())
        .isEqualTo(403);
  }

  @Test
  @DisplayName("bad input comes back on the form with a summary linked to each field and what was typed; nothing changes")
  void badInput() {
    User admin = users.orgAdmin("company", true);
    String id = admin.organisationId();
    JsonObject before = org(id, admin);
    Http.Response refused = http.form("/organisations/" + id + "/edit?lang=en", browser(admin),
        editForm(admin, "x", "ftp://files.example", "Kuvaus", "", ""));
    assertThat(refused.status()).isEqualTo(400);
    Element main = PageHtml.main(refused.text());
    assertThat(main.select(".error-summary a").eachAttr("href")).contains("#name", "#website");
    assertThat(main.select("#name").attr("aria-invalid")).isEqualTo("true");
    assertThat(main.select("#name").val()).isEqualTo("x");
    assertThat(main.select("#website").val()).isEqualTo("ftp://files.example");
    assertThat(main.select("#description_fi").text()).isEqualTo("Kuvaus");
    assertThat(org(id, admin)).isEqualTo(before);
  }

  @Test
  @DisplayName("the public profile shows what the organisation offers, needs and piloted, each only when there is something")
  void publicSections() {
    User company = users.orgAdmin("company", true);
    User care = users.orgAdmin("care", true);
    User staff = users.staff("seinajoki");
    JsonObject showcase = new JsonObject().put("organisationId", company.organisationId())
        .put("title", new JsonObject().put("fi", "Etämittari").put("sv", "Fjärrmätare").put("en", "Remote meter"))
        .put("summary", new JsonObject().put("fi", "Mittaa kotona.").put("sv", "Mäter hemma.").put("en", "Measures at home."))
        .put("description", new JsonObject().put("en", "Text."))
        .put("categories", new JsonArray().add("remote-monitoring")).put("targetGroups", new JsonArray().add("older-people"))
        .put("countries", new JsonArray().add("FI")).put("languages", new JsonArray().add("fi"))
        .put("regulatoryStatus", "not-medical-device").put("evidenceLevel", "pilot");
    String showcaseId = http.post("/api/v1/showcases", company.token(), showcase).json().getString("id");
    http.post("/api/v1/showcases/" + showcaseId + "/submit", company.token(), null);
    assertThat(http.post("/api/v1/showcases/" + showcaseId + "/review", staff.token(), new JsonObject().put("decision", "approve"))
        .status()).isEqualTo(200);

    JsonObject need = new JsonObject().put("organisationId", care.organisationId())
        .put("title", new JsonObject().put("fi", "Etäseuranta kotihoitoon").put("sv", "Distansuppföljning i hemvården")
            .put("en", "Remote follow-up in home care"))
        .put("description", new JsonObject().put("fi", "Etsimme ratkaisua kotihoidon asiakkaiden etäseurantaan."))
        .put("categories", new JsonArray().add("remote-monitoring")).put("targetGroups", new JsonArray().add("older-people"))
        .put("country", "FI").put("languages", new JsonArray().add("fi"))
        .put("responsesDue", LocalDate.now().plusDays(30).toString()).put("expectedScale", "100 asiakasta");
    String needId = http.post("/api/v1/challenges", care.token(), need).json().getString("id");
    http.post("/api/v1/challenges/" + needId + "/submit", care.token(), null);
    assertThat(http.post("/api/v1/challenges/" + needId + "/review", staff.token(), new JsonObject().put("decision", "approve"))
        .status()).isEqualTo(200);

    Element companyPage = PageHtml.main(http.get("/organisations/" + company.organisationId() + "?lang=sv", null).text());
    assertThat(companyPage.select("#offers h2").text()).isEqualTo("Vad vi erbjuder");
    assertThat(companyPage.select("#offers a[href='/showcases/" + showcaseId + "']").text()).isEqualTo("Fjärrmätare");
    assertThat(companyPage.select("#needs, #pilots")).isEmpty();
    Element carePage = PageHtml.main(http.get("/organisations/" + care.organisationId() + "?lang=fi", null).text());
    assertThat(carePage.select("#needs h2").text()).isEqualTo("Mitä tarvitsemme");
    assertThat(carePage.select("#needs a[href='/challenges/" + needId + "']").text()).isEqualTo("Etäseuranta kotihoitoon");
    assertThat(carePage.select("#offers, #pilots")).isEmpty();

    String answer = http.post("/api/v1/challenges/" + needId + "/answers", company.token(), new JsonObject().put("showcaseId", showcaseId)
        .put("proposal", "Kolmen kuukauden pilotti testikodissa ja kahdessa tiimissä.")).json().getString("id");
    Http.Response pilot = http.post("/api/v1/pilots", staff.token(), new JsonObject().put("answerId", answer)
        .put("testArena", "NTC testikoti, Seinäjoki")
        .put("startsOn", LocalDate.now().plusDays(10).toString()).put("endsOn", LocalDate.now().plusDays(100).toString())
        .put("goals", new JsonObject().put("fi", "Selvitetään, vähentääkö etämittaus kotikäyntejä.")));
    assertThat(pilot.status()).as(pilot.text()).isEqualTo(201);
    String pilotPath = "/api/v1/pilots/" + pilot.json().getString("id");
    http.patch(pilotPath, staff.token(), new JsonObject().put("status", "running"));
    assertThat(PageHtml.main(http.get("/organisations/" + care.organisationId(), null).text()).select("#pilots"))
        .as("no published outcome yet").isEmpty();
    JsonObject outcome = new JsonObject()
        .put("measured", new JsonObject().put("fi", "Kotikäynnit 12 viikon ajan.").put("en", "Home visits over 12 weeks."))
        .put("result", new JsonObject().put("fi", "Kotikäynnit vähenivät 18 prosenttia.").put("en", "Home visits fell by 18 per cent."))
        .put("recommendation", new JsonObject().put("fi", "Suositellaan.").put("en", "Recommended."));
    Http.Response done = http.patch(pilotPath, staff.token(),
        new JsonObject().put("status", "completed").put("outcome", outcome).put("publishOutcome", true));
    assertThat(done.status()).as(done.text()).isEqualTo(200);
    for (User side : List.of(company, care)) {
      Element pilots = PageHtml.main(http.get("/organisations/" + side.organisationId() + "?lang=en", null).text()).selectFirst("#pilots");
      assertThat(pilots).isNotNull();
      assertThat(pilots.text()).contains("Pilots we took part in").contains("NTC testikoti, Seinäjoki")
          .contains("Home visits fell by 18 per cent.").doesNotContain("seinajoki");
    }
  }
}
