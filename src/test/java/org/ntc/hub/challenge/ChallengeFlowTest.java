package org.ntc.hub.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.SseClient;
import org.ntc.hub.support.Users.User;

class ChallengeFlowTest extends ApiTest {

  private static JsonObject need(String organisationId) {
    return new JsonObject().put("organisationId", organisationId)
        .put("title", new JsonObject().put("fi", "Verenpaineen etäseuranta kotihoidon asiakkaille")
            .put("en", "Remote blood pressure follow-up for home care clients"))
        .put("description", new JsonObject().put("fi", "Etsimme ratkaisua, jolla kotihoidon asiakkaiden verenpainetta seurataan etänä."))
        .put("categories", new JsonArray().add("remote-monitoring")).put("targetGroups", new JsonArray().add("older-people"))
        .put("country", "FI").put("languages", new JsonArray().add("fi"))
        .put("responsesDue", LocalDate.now().plusDays(30).toString()).put("expectedScale", "400 asiakasta, 3 tiimiä");
  }

  private String publishedShowcase(User company, String titleFi, String titleEn, String category, String country, String language) {
    JsonObject body = new JsonObject().put("organisationId", company.organisationId())
        .put("title", new JsonObject().put("fi", titleFi).put("en", titleEn))
        .put("summary", new JsonObject().put("fi", "Ratkaisu arkeen.").put("en", "A solution for everyday life."))
        .put("description", new JsonObject().put("en", "Text."))
        .put("categories", new JsonArray().add(category)).put("targetGroups", new JsonArray().add("families"))
        .put("countries", new JsonArray().add(country)).put("languages", new JsonArray().add(language))
        .put("regulatoryStatus", "not-medical-device").put("evidenceLevel", "pilot");
    String id = http.post("/api/v1/showcases", company.token(), body).json().getString("id");
    assertThat(http.post("/api/v1/showcases/" + id + "/submit", company.token(), null).status()).isEqualTo(200);
    assertThat(http.post("/api/v1/showcases/" + id + "/review", users.staff("umea").token(),
        new JsonObject().put("decision", "approve")).status()).isEqualTo(200);
    return id;
  }

  @Test
  @DisplayName("a care organisation's need goes through review, ranks fitting showcases, takes answers and shows them to its owner")
  void fromNeedToAnswers() throws Exception {
    User care = users.orgAdmin("care", true);
    User staff = users.staff("seinajoki");
    User companyA = users.orgAdmin("company", true);
    User companyB = users.orgAdmin("company", true);
    String fits = publishedShowcase(companyA, "Kotimittari", "Home meter", "remote-monitoring", "FI", "fi");
    String wordsOnly = publishedShowcase(companyB, "Verenpaineen etäseuranta kotihoidon asiakkaille", "Remote blood pressure follow-up",
        "video-consultation", "SE", "sv");
    String draft = http.post("/api/v1/showcases", companyA.token(), new JsonObject().put("organisationId", companyA.organisationId())
        .put("title", new JsonObject().put("fi", "Luonnos")).put("summary", new JsonObject().put("fi", "Luonnoksen yhteenveto."))
        .put("description", new JsonObject().put("fi", "Teksti.")).put("categories", new JsonArray().add("remote-monitoring"))
        .put("targetGroups", new JsonArray().add("older-people")).put("countries", new JsonArray().add("FI"))
        .put("languages", new JsonArray().add("fi")).put("regulatoryStatus", "not-medical-device").put("evidenceLevel", "concept"))
        .json().getString("id");

    // Who may post a need, and bad input.
    assertThat(http.post("/api/v1/challenges", null, need(care.organisationId())).status()).isEqualTo(401);
    assertThat(http.post("/api/v1/challenges", companyA.token(), need(companyA.organisationId())).status()).isEqualTo(403);
    assertThat(http.post("/api/v1/challenges", companyA.token(), need(care.organisationId())).status()).isEqualTo(403);
    User unverified = users.orgAdmin("care", false);
    assertThat(http.post("/api/v1/challenges", unverified.token(), need(unverified.organisationId())).status()).isEqualTo(403);
    Http.Response bad = http.post("/api/v1/challenges", care.token(), new JsonObject().put("organisationId", care.organisationId())
        .put("categories", new JsonArray().add("teleportation")).put("responsesDue", "yesterday"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
        .contains("title", "description", "categories", "targetGroups", "country", "responsesDue");

    Http.Response created = http.post("/api/v1/challenges", care.token(), need(care.organisationId()));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.json().getString("id");
    assertThat(created.json().getString("status")).isEqualTo("draft");
    assertThat(http.get("/api/v1/challenges/" + id, companyA.token()).status()).as("a draft is hidden").isEqualTo(404);
    assertThat(http.get("/api/v1/challenges/" + id, staff.token()).status()).isEqualTo(200);
    assertThat(http.post("/api/v1/challenges/" + id + "/submit", companyA.token(), null).status()).isEqualTo(403);
    assertThat(http.post("/api/v1/challenges/" + id + "/submit", care.token(), null).json().getString("status")).isEqualTo("pending");
    assertThat(http.post("/api/v1/challenges/" + id + "/review", care.token(), new JsonObject().put("decision", "approve")).status())
        .isEqualTo(403);
    assertThat(http.post("/api/v1/challenges/" + id + "/review", staff.token(), new JsonObject().put("decision", "request-changes"))
        .status()).as("a comment is required").isEqualTo(400);

    try (SseClient stream = SseClient.open(app.port(), "/api/v1/events/stream?topics=challenge.published", null, null);
         SseClient careStream = SseClient.open(app.port(), "/api/v1/events/stream?topics=notification", care.token(), null)) {
      assertThat(http.post("/api/v1/challenges/" + id + "/review", staff.token(), new JsonObject().put("decision", "approve"))
          .json().getString("status")).isEqualTo("published");
      assertThat(stream.next("challenge.published", 10).data().getString("challengeId")).isEqualTo(id);
      assertThat(careStream.next("notification", 10).data().getString("kind")).isEqualTo("challenge.published");

      // Ranking: category, country and language beat similar wording alone; each match says why.
      JsonArray matches = http.get("/api/v1/challenges/" + id + "/matches?lang=en", null).json().getJsonArray("items");
      List<String> order = matches.stream().map(m -> ((JsonObject) m).getJsonObject("showcase").getString("id")).toList();
      assertThat(order).contains(fits, wordsOnly).doesNotContain(draft);
      assertThat(order.indexOf(fits)).isLessThan(order.indexOf(wordsOnly));
      JsonObject best = matches.getJsonObject(order.indexOf(fits));
      assertThat(best.getString("why")).contains("same category: Remote monitoring", "same country", "language");
      assertThat(matches.getJsonObject(order.indexOf(wordsOnly)).getString("why")).isEqualTo("similar wording");

      // Answers: with one's own published showcase, once; the need's owner is told.
      JsonObject proposal = new JsonObject().put("showcaseId", fits).put("proposal", "Pilotoidaan kolmen tiimin kanssa kevään aikana.");
      assertThat(http.post("/api/v1/challenges/" + id + "/answers", companyA.token(), proposal).status()).isEqualTo(201);
      assertThat(careStream.next("notification", 10).data().getString("kind")).isEqualTo("challenge.answered");
      assertThat(http.post("/api/v1/challenges/" + id + "/answers", companyA.token(), proposal).status()).isEqualTo(409);
      assertThat(http.post("/api/v1/challenges/" + id + "/answers", companyA.token(), proposal.copy().put("showcaseId", wordsOnly))
          .status()).as("another company's showcase").isEqualTo(403);
      assertThat(http.post("/api/v1/challenges/" + id + "/answers", companyA.token(), proposal.copy().put("showcaseId", draft))
          .status()).as("a draft").isEqualTo(409);
      assertThat(http.post("/api/v1/challenges/" + id + "/answers", companyA.token(), proposal.copy().put("proposal", "lyhyt"))
          .status()).isEqualTo(400);
      assertThat(http.post("/api/v1/challenges/" + id + "/answers", null, proposal).status()).isEqualTo(401);
    }

    JsonObject answers = http.get("/api/v1/challenges/" + id + "/answers?lang=fi", care.token()).json();
    assertThat(answers.getInteger("total")).isEqualTo(1);
    assertThat(answers.getJsonArray("items").getJsonObject(0).getJsonObject("showcase").getString("title")).isEqualTo("Kotimittari");
    assertThat(http.get("/api/v1/challenges/" + id + "/answers", staff.token()).status()).isEqualTo(200);
    assertThat(http.get("/api/v1/challenges/" + id + "/answers", companyA.token()).status()).isEqualTo(403);
    assertThat(http.get("/api/v1/challenges/" + id + "/answers", null).status()).isEqualTo(401);
    JsonObject list = http.get("/api/v1/challenges", null).json();
    assertThat(list.getLong("total")).isEqualTo(1);
    assertThat(list.getJsonArray("items").getJsonObject(0).getLong("answers")).isEqualTo(1);
  }
}
