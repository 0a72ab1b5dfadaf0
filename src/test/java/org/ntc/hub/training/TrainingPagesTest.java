package org.ntc.hub.training;

import static org.ntc.hub.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

class TrainingPagesTest extends ApiTest {

  @Test
  @DisplayName("enrol from the training page, see it under my trainings, and staff see the participant with an attendance form")
  void journey() {
    User staff = users.staff("seinajoki");
    User company = users.orgAdmin("company", true);
    String showcase = http.post("/api/v1/showcases", company.token(), new JsonObject().put("organisationId", company.organisationId())
        .put("title", new JsonObject().put("fi", "Mittauspakkaus Pro")).put("summary", new JsonObject().put("fi", "Pakkaus kotimittauksiin."))
        .put("categories", new io.vertx.core.json.JsonArray().add("remote-monitoring"))).json().getString("id");
    http.post("/api/v1/showcases/" + showcase + "/submit", company.token(), null);
    http.post("/api/v1/showcases/" + showcase + "/review", staff.token(), new JsonObject().put("decision", "approve"));
    String id = http.post("/api/v1/trainings", staff.token(), TrainingRoutesTest.training(3)
        .put("showcaseIds", new io.vertx.core.json.JsonArray().add(showcase))).json().getString("id");
    http.post("/api/v1/materials", staff.token(), new JsonObject()
        .put("title", new JsonObject().put("fi", "Harjoitusmateriaali")).put("topic", "remote-monitoring").put("language", "fi")
        .put("url", "https://example.org/harjoitus.pdf").put("trainingId", id));
    assertThat(PageHtml.main(http.get("/trainings/" + id, null).text()).select("a[href^=/login]").attr("href"))
        .as("signing in to enrol comes back to the training").isEqualTo("/login?next=/trainings/" + id);
    User person = users.citizen("pages");
    var page = PageHtml.main(http.get("/trainings/" + id + "?lang=fi", person.token()).text());
    assertThat(page.text()).contains("Etämittauksen perusteet", "3 paikkaa jäljellä", "Ilmoittaudu", "Harjoitusmateriaali", "(Uumaja)",
        "Mittauspakkaus Pro");
    assertThat(page.select("a[href=/showcases/" + showcase + "]")).isNotEmpty();

    Http.Response enrolled = http.form("/trainings/" + id + "/enrol", bearer(person), MultiMap.caseInsensitiveMultiMap());
    assertThat(enrolled.status()).isEqualTo(303);
    assertThat(PageHtml.mainText(http.get("/trainings/" + id + "?lang=fi", person.token()).text()))
        .contains("2 paikkaa jäljellä", "vahvistettu");
    assertThat(PageHtml.mainText(http.get("/account?lang=sv", person.token()).text()))
        .contains("Dina utbildningar", "Grunder i distansmätning", "bekräftad");

    String participants = PageHtml.mainText(http.get("/trainings/" + id + "/participants?lang=en", staff.token()).text());
    assertThat(participants).contains("Test pages", person.email(), "Mark attended");
    assertThat(http.get("/trainings/" + id + "/participants", person.token()).status()).isEqualTo(403);
  }

  @Test
  @DisplayName("the trainings page filters by contact point, audience, language and month")
  void filters() {
    User staff = users.staff("umea");
    // A month of its own, two years ahead, so that no other test's training is listed with it.
    YearMonth month = YearMonth.now().plusYears(2);
    String startsAt = month.atDay(10) + "T09:00:00+02:00";
    http.post("/api/v1/trainings", staff.token(), TrainingRoutesTest.training(3).put("contactPoint", "umea").put("language", "sv")
        .put("startsAt", startsAt).put("endsAt", startsAt.replace("T09", "T11")));
    assertThat(PageHtml.mainText(http.get("/trainings?lang=sv&contactPoint=umea&language=sv&month=" + month, null).text()))
        .contains("Grunder i distansmätning");
    assertThat(PageHtml.mainText(http.get("/trainings?lang=sv&contactPoint=umea&language=fi&month=" + month, null).text()))
        .contains("Inga kommande utbildningar").doesNotContain("Grunder i distansmätning");
    assertThat(http.get("/trainings?month=2027-13", null).status()).isEqualTo(400);
    assertThat(http.get("/api/v1/trainings?audience=aliens", null).status()).isEqualTo(400);
  }
}
