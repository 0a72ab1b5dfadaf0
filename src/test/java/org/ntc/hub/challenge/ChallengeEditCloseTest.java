package org.ntc.hub.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users.User;

class ChallengeEditCloseTest extends ApiTest {
  private NeedFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new NeedFixtures(http, users);
  }

  private static JsonObject title(String en) {
    return new JsonObject().put("title", new JsonObject().put("en", en));
  }

  @Test
  @DisplayName("PATCH: the organisation's members edit; others are refused; editing a published need sends it back to review")
  void edit() {
    User care = users.orgMember("care");
    User other = users.orgAdmin("care", true);
    User staff = users.staff("seinajoki");
    String draft = fixtures.draftNeed(care);
    String published = fixtures.publishedNeed(care, staff);
    String path = "/api/v1/challenges/" + published;

    assertThat(http.patch(path, null, title("Reminders")).status()).isEqualTo(401);
    assertThat(http.patch(path, other.token(), title("Reminders")).status()).isEqualTo(403);
    assertThat(http.patch("/api/v1/challenges/" + draft, other.token(), title("Reminders")).status()).as("hidden draft").isEqualTo(404);
    assertThat(http.patch(path, staff.token(), title("Reminders")).status()).isEqualTo(403);
    assertThat(http.patch(path, care.token(), title("R")).status()).isEqualTo(400);
    assertThat(http.patch(path, care.token(), new JsonObject().put("organisationId", other.organisationId())).status()).isEqualTo(400);
    assertThat(http.patch(path, care.token(), new JsonObject().put("responsesDue", "2020-01-01")).status()).isEqualTo(400);
    assertThat(http.patch(path, care.token(), new JsonObject().put("colour", "red")).status()).isEqualTo(400);
    assertThat(http.get(path, null).json().getString("status")).as("nothing changed").isEqualTo("published");

    Http.Response same = http.patch(path, care.token(), new JsonObject());
    assertThat(same.status()).isEqualTo(200);
    assertThat(same.json().getString("status")).as("an empty edit changes nothing").isEqualTo("published");

    Http.Response edited = http.patch(path + "?lang=en", care.token(), title("Medication reminders at home")
        .put("expectedScale", "120 clients"));
    assertThat(edited.status()).as(edited.text()).isEqualTo(200);
    assertThat(edited.json().getString("title")).isEqualTo("Medication reminders at home");
    assertThat(edited.json().getString("expectedScale")).isEqualTo("120 clients");
    assertThat(edited.json().getJsonObject("descriptionI18n").getString("fi")).as("unnamed fields keep their value")
        .isEqualTo("Etsimme ratkaisua, joka muistuttaa lääkkeistä kotona.");
    assertThat(edited.json().getString("status")).isEqualTo("pending");
    assertThat(http.get(path, null).status()).as("hidden while reviewed again").isEqualTo(404);
    assertThat(http.get("/api/v1/moderation/queue", staff.token()).text()).contains(published);
    assertThat(http.post(path + "/review", staff.token(), new JsonObject().put("decision", "approve")).json().getString("status"))
        .isEqualTo("published");
    assertThat(http.get(path + "?lang=en", null).json().getString("title")).isEqualTo("Medication reminders at home");

    Http.Response draftEdit = http.patch("/api/v1/challenges/" + draft, care.token(), new JsonObject().put("expectedScale", null));
    assertThat(draftEdit.json().getString("status")).as("a draft stays a draft").isEqualTo("draft");
  }

  @Test
  @DisplayName("close: members and staff close a need with its outcome; it stays readable; a second close and later edits conflict")
  void close() {
    User care = users.orgMember("care");
    User other = users.orgAdmin("care", true);
    User staff = users.staff("umea");
    User company = users.orgAdmin("company", true);
    String need = fixtures.publishedNeed(care, staff);
    String byStaff = fixtures.publishedNeed(care, staff);
    String draft = fixtures.draftNeed(care);
    String path = "/api/v1/challenges/" + need;
    JsonObject closing = new JsonObject().put("outcome", "solution-found").put("note", "We bought a dispenser service.");

    assertThat(http.post(path + "/close", null, closing).status()).isEqualTo(401);
    assertThat(http.post(path + "/close", other.token(), closing).status()).isEqualTo(403);
    assertThat(http.post(path + "/close", company.token(), closing).status()).isEqualTo(403);
    assertThat(http.post("/api/v1/challenges/" + draft + "/close", other.token(), closing).status()).isEqualTo(404);
    assertThat(http.post(path + "/close", care.token(), null).status()).as("how it ended is required").isEqualTo(400);
    assertThat(http.post(path + "/close", care.token(), new JsonObject().put("outcome", "done")).status()).isEqualTo(400);
    assertThat(http.post(path + "/close", care.token(), closing.copy().put("note", "x".repeat(2001))).status()).isEqualTo(400);

    String answered = fixtures.publishedShowcase(company);
    fixtures.answer(need, company, answered);
    Http.Response closed = http.post(path + "/close", care.token(), closing);
    assertThat(closed.status()).as(closed.text()).isEqualTo(200);
    assertThat(closed.json().getString("status")).isEqualTo("closed");
    assertThat(closed.json().getJsonObject("closed").getString("outcome")).isEqualTo("solution-found");
    assertThat(closed.json().getJsonObject("closed").getString("closedAt")).matches("\\d{4}-\\d\\d-\\d\\dT.*[+-]\\d\\d:\\d\\d|.*Z");
    assertThat(http.post(path + "/close", care.token(), closing).status()).isEqualTo(409);
    assertThat(http.get("/api/v1/me/notifications", company.token()).text()).as("the answering company hears of it")
        .contains("challenge.closed", need);
    assertThat(http.patch(path, care.token(), title("Again")).status()).isEqualTo(409);
    JsonObject seen = http.get(path, null).json();
    assertThat(seen.getString("status")).as("a closed need that was public stays readable").isEqualTo("closed");
    assertThat(seen.getJsonObject("closed").getString("note")).isEqualTo("We bought a dispenser service.");
    assertThat(http.get("/api/v1/challenges", null).text()).doesNotContain(need);
    String showcase = fixtures.publishedShowcase(company);
    assertThat(http.post(path + "/answers", company.token(), new JsonObject().put("showcaseId", showcase)
        .put("proposal", "Tarjoamme 20 automaattia pilottiin.")).status()).isEqualTo(409);

    assertThat(http.post("/api/v1/challenges/" + byStaff + "/close", staff.token(), new JsonObject().put("outcome", "withdrawn"))
        .status()).isEqualTo(200);
    Http.Response draftClosed = http.post("/api/v1/challenges/" + draft + "/close", care.token(), new JsonObject().put("outcome", "withdrawn"));
    assertThat(draftClosed.status()).isEqualTo(200);
    assertThat(http.get("/api/v1/challenges/" + draft, null).status()).as("never public, so not public once closed").isEqualTo(404);
  }
}
