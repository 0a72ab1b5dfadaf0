package org.ntc.hub.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

/** The matchmaking pages of a matchmaking day, and event kinds on the trainings pages, as a browser without JavaScript uses them. */
class MatchmakingPagesTest extends ApiTest {

  private static MultiMap cookie(User user) {
    return MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + user.token());
  }

  private Http.Response page(String path, User user) {
    return http.raw(HttpMethod.GET, path, user == null ? MultiMap.caseInsensitiveMultiMap() : cookie(user), null);
  }

  private Http.Response post(String path, User user, String csrf, MultiMap fields) {
    return http.form(path, cookie(user), fields.add("_csrf", csrf));
  }

  private String create(JsonObject event) {
    Http.Response created = http.post("/api/v1/trainings", users.staff("umea").token(), event);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().getString("id");
  }

  private void enrol(String id, User person) {
    assertThat(http.post("/api/v1/trainings/" + id + "/enrolments", person.token(), new JsonObject()).status()).isEqualTo(201);
  }

  @Test
  @DisplayName("/trainings names each event's kind in words, filters by it, and the form offers it")
  void kinds() {
    String id = create(MatchmakingRoutesTest.matchmakingDay());
    Element list = PageHtml.main(page("/trainings?kind=matchmaking&lang=sv&pageSize=100", null).text());
    assertThat(list.select("select#kind option[selected]").val()).isEqualTo("matchmaking");
    assertThat(list.select("a[href=/trainings/" + id + "]")).hasSize(1);
    assertThat(list.text()).contains("Matchmakingdag").doesNotContain("matchmaking ·");
    Element show = PageHtml.main(page("/trainings/" + id + "?lang=fi", null).text());
    assertThat(show.select("dl.facts").text()).contains("Matchmaking-päivä");
    assertThat(show.select("a[href=/trainings/" + id + "/matchmaking]")).hasSize(1);
    Element form = PageHtml.main(page("/trainings/new?lang=en", users.staff("umea")).text());
    assertThat(form.select("select#kind option").eachText()).containsExactly("Training", "Workshop", "Matchmaking day", "Study visit");
    assertThat(form.select("input#meetingMinutes").val()).isEqualTo("20");
  }

  @Test
  @DisplayName("participants publish a profile, ask for a slot, the second asker is refused, the asked accepts and both see the schedule")
  void matchmaking() {
    String id = create(MatchmakingRoutesTest.matchmakingDay());
    String base = "/trainings/" + id + "/matchmaking";
    User care = users.orgAdmin("care", true);
    User company = users.orgAdmin("company", true);
    User rival = users.orgAdmin("company", true);
    for (User person : List.of(care, company, rival)) enrol(id, person);

    assertThat(page(base, null).status()).as("sign in first").isEqualTo(303);
    Http.Response outsider = page(base + "?lang=en", users.orgAdmin("company", true));
    assertThat(outsider.status()).isEqualTo(403);
    assertThat(PageHtml.main(outsider.text()).text()).contains("confirmed seat");

    for (User person : List.of(care, company, rival)) {
      Http.Response form = page(base + "?lang=en", person);
      assertThat(form.status()).isEqualTo(200);
      Element main = PageHtml.main(form.text());
      assertThat(main.select("h1").text()).isEqualTo("Matchmaking");
      assertThat(main.select("select#organisationId option").val()).isEqualTo(person.organisationId());
      if (person == care) {
        long profiles = app.count("SELECT count(*) FROM matchmaking_profile WHERE training_id = '" + id + "'");
        Http.Response refused = post(base + "/profile", person, Http.csrfField(form), MultiMap.caseInsensitiveMultiMap()
            .add("organisationId", person.organisationId()).add("offers", "").add("seeks", ""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(PageHtml.main(refused.text()).select(".error-summary a[href=#offers]")).hasSize(1);
        assertThat(app.count("SELECT count(*) FROM matchmaking_profile WHERE training_id = '" + id + "'")).isEqualTo(profiles);
      }
      Http.Response saved = post(base + "/profile", person, Http.csrfField(form), MultiMap.caseInsensitiveMultiMap()
          .add("organisationId", person.organisationId()).add("offers", "Home-care teams at three units").add("seeks", "Fall detection"));
      assertThat(saved.status()).as(saved.text()).isEqualTo(303);
    }

    Http.Response companyPage = page(base + "?lang=en", company);
    Element main = PageHtml.main(companyPage.text());
    assertThat(main.select("#participants .card")).hasSize(3);
    Element slot = main.select("select#slot-" + care.organisationId()).first();
    assertThat(slot).isNotNull();
    assertThat(slot.select("option")).hasSize(6);
    Element ten = slot.select("option").get(3);
    assertThat(ten.text()).startsWith("10:00–10:20").contains("2 tables free");
    assertThat(main.select("select#slot-" + company.organisationId())).as("no request to oneself").isEmpty();
    MultiMap request = MultiMap.caseInsensitiveMultiMap().add("withOrganisationId", care.organisationId()).add("slot", ten.val());
    Http.Response asked = post(base + "/meetings", company, Http.csrfField(companyPage), request);
    assertThat(asked.status()).as(asked.text()).isEqualTo(303);

    Http.Response rivalPage = page(base + "?lang=fi", rival);
    Http.Response refused = post(base + "/meetings?lang=fi", rival, Http.csrfField(rivalPage),
        MultiMap.caseInsensitiveMultiMap().add("withOrganisationId", care.organisationId()).add("slot", ten.val()));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(PageHtml.main(refused.text()).select(".notice.error").text()).contains("Aika on jo varattu");
    Http.Response bad = post(base + "/meetings?lang=en", rival, Http.csrfField(rivalPage),
        MultiMap.caseInsensitiveMultiMap().add("withOrganisationId", care.organisationId()).add("slot", "teatime"));
    assertThat(bad.status()).isEqualTo(409);
    assertThat(PageHtml.main(bad.text()).select(".notice.error").text()).contains("Choose an organisation taking part");
    assertThat(app.count("SELECT count(*) FROM meeting WHERE training_id = '" + id + "'")).isEqualTo(1);

    Http.Response carePage = page(base + "?lang=sv", care);
    Element incoming = PageHtml.main(carePage.text()).select("#incoming").first();
    assertThat(incoming.text()).contains("10:00–10:20").contains("väntar på svar");
    String accept = incoming.select("form[action$=/accept]").attr("action");
    Http.Response accepted = post(accept, care, Http.csrfField(carePage), MultiMap.caseInsensitiveMultiMap());
    assertThat(accepted.status()).as(accepted.text()).isEqualTo(303);

    Element schedule = PageHtml.main(page(base + "/schedule?lang=sv", care).text());
    assertThat(schedule.select("h1").text()).isEqualTo("Mina möten");
    assertThat(schedule.select("table.schedule tbody tr")).hasSize(1);
    assertThat(schedule.select("table.schedule tbody tr").text()).contains("10:00–10:20").contains("1")
        .contains(http.get("/api/v1/trainings/" + id + "/meetings", care.token()).json().getJsonArray("items").getJsonObject(0)
            .getString("organisation"));
    assertThat(schedule.text()).doesNotContain("Europe/").doesNotContain("accepted").doesNotContain(id.substring(0, 8) + "-");
    Element companySchedule = PageHtml.main(page(base + "/schedule?lang=en", company).text());
    assertThat(companySchedule.select("table.schedule tbody tr")).hasSize(1);
    Element rivalSchedule = PageHtml.main(page(base + "/schedule?lang=en", rival).text());
    assertThat(rivalSchedule.select("table.schedule")).isEmpty();
    assertThat(rivalSchedule.text()).contains("No meetings agreed yet.");
  }
}
