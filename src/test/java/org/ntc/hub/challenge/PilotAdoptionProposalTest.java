package org.ntc.hub.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
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

/** A pilot that completes proposes an adoption record to the care organisation that ran it. */
class PilotAdoptionProposalTest extends ApiTest {

  private static List<JsonObject> notifications(Http http, User user) {
    return http.get("/api/v1/me/notifications?pageSize=100&lang=en", user.token()).json().getJsonArray("items").stream()
        .map(JsonObject.class::cast).toList();
  }

  @Test
  @DisplayName("completing a pilot asks the care organisation's members to record use on a form prefilled from the pilot, and the record names the pilot")
  void completedPilotProposesAdoption() {
    NeedFixtures fixtures = new NeedFixtures(http, users);
    User nurse = users.orgMember("care");
    User company = users.orgAdmin("company", true);
    User staff = users.staff("seinajoki");
    String showcase = fixtures.publishedShowcase(company);
    String pilot = fixtures.pilot(fixtures.answer(fixtures.publishedNeed(nurse, staff), company, showcase), staff);
    assertThat(http.patch("/api/v1/pilots/" + pilot, staff.token(), new JsonObject().put("status", "running")).status()).isEqualTo(200);
    assertThat(notifications(http, nurse)).noneMatch(n -> n.getString("kind").equals("adoption.proposed"));

    Http.Response completed = http.patch("/api/v1/pilots/" + pilot, staff.token(), new JsonObject().put("status", "completed"));
    assertThat(completed.status()).as(completed.text()).isEqualTo(200);
    JsonObject proposal = notifications(http, nurse).stream().filter(n -> n.getString("kind").equals("adoption.proposed"))
        .findFirst().orElseThrow();
    String link = "/showcases/" + showcase + "/adoption?pilot=" + pilot;
    assertThat(proposal.getString("link")).isEqualTo(link);
    assertThat(proposal.getString("text")).contains("Medicine dispenser");
    assertThat(notifications(http, company)).as("the company is not asked").noneMatch(n -> n.getString("kind").equals("adoption.proposed"));

    MultiMap cookie = MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + nurse.token());
    Element form = PageHtml.main(http.raw(HttpMethod.GET, link + "&lang=fi", cookie, null).text());
    assertThat(form.select("#adoption-from-pilot")).hasSize(1);
    assertThat(form.select("select#status option[selected]").val()).isEqualTo("spreading");
    assertThat(form.select("input[name=pilotId]").val()).isEqualTo(pilot);
    String since = form.select("input#since").val();
    assertThat(LocalDate.parse(since)).isBeforeOrEqualTo(LocalDate.now().plusDays(1));

    Http.Response saved = http.form("/showcases/" + showcase + "/adoption", cookie, MultiMap.caseInsensitiveMultiMap()
        .add("_csrf", http.csrfOf(nurse.token())).add("organisationId", nurse.organisationId()).add("pilotId", pilot)
        .add("region", "fi-etela-pohjanmaa").add("status", "spreading").add("since", since));
    assertThat(saved.status()).as(saved.text()).isEqualTo(303);
    JsonObject record = http.get("/api/v1/adoptions?showcaseId=" + showcase, null).json().getJsonArray("items").getJsonObject(0);
    assertThat(record.getString("pilotId")).isEqualTo(pilot);
    assertThat(record.getString("status")).isEqualTo("spreading");

    Element other = PageHtml.main(http.raw(HttpMethod.GET, link, MultiMap.caseInsensitiveMultiMap()
        .add("Cookie", "ntc_token=" + users.orgMember("care").token()), null).text());
    assertThat(other.select("input[name=pilotId]")).as("another organisation's form ignores the pilot").isEmpty();
  }
}
