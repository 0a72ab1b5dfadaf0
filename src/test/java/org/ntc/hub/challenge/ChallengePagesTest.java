package org.ntc.hub.challenge;

import static org.ntc.hub.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

class ChallengePagesTest extends ApiTest {

  @Test
  @DisplayName("staff approve a need from the moderation page; a company answers it from its page; the owner sees the answer")
  void pages() {
    User care = users.orgAdmin("care", true);
    User staff = users.staff("umea");
    User company = users.orgAdmin("company", true);
    String showcase = http.post("/api/v1/showcases", company.token(), new JsonObject().put("organisationId", company.organisationId())
        .put("title", new JsonObject().put("sv", "Läkemedelsautomat")).put("summary", new JsonObject().put("sv", "Påminner om läkemedel."))
        .put("description", new JsonObject().put("sv", "Text.")).put("categories", new JsonArray().add("medication-management"))
        .put("targetGroups", new JsonArray().add("older-people")).put("countries", new JsonArray().add("SE"))
        .put("languages", new JsonArray().add("sv")).put("regulatoryStatus", "mdr-class-i").put("evidenceLevel", "pilot"))
        .json().getString("id");
    http.post("/api/v1/showcases/" + showcase + "/submit", company.token(), null);
    http.post("/api/v1/showcases/" + showcase + "/review", staff.token(), new JsonObject().put("decision", "approve"));

    String id = http.post("/api/v1/challenges", care.token(), new JsonObject().put("organisationId", care.organisationId())
        .put("title", new JsonObject().put("sv", "Läkemedelspåminnelser i hemtjänsten"))
        .put("description", new JsonObject().put("sv", "Vi söker påminnelser om läkemedel för våra klienter."))
        .put("categories", new JsonArray().add("medication-management")).put("targetGroups", new JsonArray().add("older-people"))
        .put("country", "SE").put("languages", new JsonArray().add("sv"))
        .put("responsesDue", LocalDate.now().plusDays(20).toString())).json().getString("id");
    http.post("/api/v1/challenges/" + id + "/submit", care.token(), null);

    var queue = PageHtml.main(http.get("/moderation?lang=sv", staff.token()).text());
    assertThat(queue.text()).contains("Behov att granska", "Läkemedelspåminnelser i hemtjänsten");
    assertThat(queue.select("form[action=/challenges/" + id + "/review]")).hasSize(1);
    assertThat(http.get("/challenges/" + id + "?lang=sv", null).status()).as("not yet public").isEqualTo(404);
    Http.Response approved = http.form("/challenges/" + id + "/review", bearer(staff),
        MultiMap.caseInsensitiveMultiMap().add("decision", "approve").add("comment", ""));
    assertThat(approved.status()).isEqualTo(303);

    assertThat(PageHtml.mainText(http.get("/challenges?lang=sv", null).text()))
        .contains("Vårdorganisationernas behov", "Läkemedelspåminnelser i hemtjänsten");
    String page = PageHtml.mainText(http.get("/challenges/" + id + "?lang=sv", company.token()).text());
    assertThat(page).contains("Teknik som passar", "Läkemedelsautomat", "Samma kategori: Läkemedelshantering", "Svara med er teknik");
    assertThat(http.get("/challenges/" + id + "?lang=sv", null).text()).doesNotContain("Svara med er teknik");

    Http.Response tooShort = http.form("/challenges/" + id + "/answers", bearer(company),
        MultiMap.caseInsensitiveMultiMap().add("showcaseId", showcase).add("proposal", "kort"));
    assertThat(tooShort.status()).isEqualTo(400);
    assertThat(PageHtml.main(tooShort.text()).select("[aria-invalid=true]")).isNotEmpty();
    Http.Response answered = http.form("/challenges/" + id + "/answers", bearer(company),
        MultiMap.caseInsensitiveMultiMap().add("showcaseId", showcase).add("proposal", "Vi erbjuder 30 automater för en pilot i vår."));
    assertThat(answered.status()).isEqualTo(303);
    assertThat(PageHtml.mainText(http.get("/challenges/" + id + "?lang=sv", care.token()).text()))
        .contains("Vi erbjuder 30 automater för en pilot i vår.");
    assertThat(http.get("/challenges/" + id + "?lang=sv", company.token()).text()).doesNotContain("Vi erbjuder 30 automater");
  }
}
