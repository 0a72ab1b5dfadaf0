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
import org.ntc.hub.support.PageHtml;

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

      // Ranking: a shared specific concept (blood pressure) beats category, country and language; each match says why.
      JsonArray matches = http.get("/api/v1/challenges/" + id + "/matches?lang=en", null).json().getJsonArray("items");
      List<String> order = matches.stream().map(m -> ((JsonObject) m).getJsonObject("showcase").getString("id")).toList();
      assertThat(order).contains(fits, wordsOnly).doesNotContain(draft);
      assertThat(order.indexOf(wordsOnly)).isLessThan(order.indexOf(fits));
      JsonObject categoryFit = matches.getJsonObject(order.indexOf(fits));
      assertThat(categoryFit.getString("why")).contains("same category: Remote monitoring", "same country", "language");
      assertThat(matches.getJsonObject(order.indexOf(wordsOnly)).getString("why")).startsWith("both are about blood pressure");

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
    JsonObject listed = http.get("/api/v1/challenges?pageSize=100", null).json().getJsonArray("items").stream()
        .map(o -> (JsonObject) o).filter(o -> o.getString("id").equals(id)).findFirst().orElseThrow();
    assertThat(listed.getLong("answers")).isEqualTo(1);
  }

  private String publishedNeed(User care, User staff) {
    String id = http.post("/api/v1/challenges", care.token(), need(care.organisationId())).json().getString("id");
    assertThat(http.post("/api/v1/challenges/" + id + "/submit", care.token(), null).status()).isEqualTo(200);
    assertThat(http.post("/api/v1/challenges/" + id + "/review", staff.token(), new JsonObject().put("decision", "approve"))
        .status()).isEqualTo(200);
    return id;
  }

  @Test
  @DisplayName("followers hear of a matching need; staff run a pilot from an answer and its published outcome is evidence on the showcase")
  void fromAnswerToPublishedPilot() throws Exception {
    User care = users.orgAdmin("care", true);
    User staff = users.staff("seinajoki");
    User otherStaff = users.staff("umea");
    User company = users.orgAdmin("company", true);
    String showcase = publishedShowcase(company, "Kotimittari", "Home meter", "remote-monitoring", "FI", "fi");

    // Following categories: the organisation's admins choose; members read.
    String follows = "/api/v1/organisations/" + company.organisationId() + "/follows";
    assertThat(http.call(io.vertx.core.http.HttpMethod.PUT, follows, care.token(),
        new JsonObject().put("categories", new JsonArray().add("remote-monitoring"))).status()).isEqualTo(403);
    assertThat(http.call(io.vertx.core.http.HttpMethod.PUT, follows, company.token(),
        new JsonObject().put("categories", new JsonArray().add("teleportation"))).status()).isEqualTo(400);
    assertThat(http.call(io.vertx.core.http.HttpMethod.PUT, follows, company.token(),
        new JsonObject().put("categories", new JsonArray().add("remote-monitoring"))).json().getJsonArray("categories"))
        .containsExactly("remote-monitoring");
    assertThat(http.get(follows, care.token()).status()).isEqualTo(403);

    String need;
    try (SseClient companyStream = SseClient.open(app.port(), "/api/v1/events/stream?topics=notification", company.token(), null)) {
      need = publishedNeed(care, staff);
      JsonObject note = companyStream.next("notification", 10).data();
      assertThat(note.getString("kind")).isEqualTo("challenge.matching");
      assertThat(note.getString("challengeId")).isEqualTo(need);
    }
    JsonArray digest = http.get("/api/v1/me/digest", company.token()).json().getJsonArray("items");
    assertThat(digest.stream().map(c -> ((JsonObject) c).getString("id"))).containsExactly(need);
    assertThat(http.get("/api/v1/me/digest", care.token()).json().getJsonArray("items")).as("follows nothing").isEmpty();
    var account = PageHtml.main(http.get("/account?lang=fi", company.token()).text());
    assertThat(account.text()).contains("Uudet tarpeet seuraamissanne luokissa");
    assertThat(account.select("a[href=/challenges/" + need + "]")).isNotEmpty();
    String answer = http.post("/api/v1/challenges/" + need + "/answers", company.token(), new JsonObject().put("showcaseId", showcase)
        .put("proposal", "Kolmen kuukauden pilotti testikodissa ja kahdessa tiimissä.")).json().getString("id");

    JsonObject pilot = new JsonObject().put("answerId", answer).put("testArena", "NTC testikoti, Seinäjoki")
        .put("startsOn", LocalDate.now().plusDays(10).toString()).put("endsOn", LocalDate.now().plusDays(100).toString())
        .put("goals", new JsonObject().put("fi", "Selvitetään, vähentääkö etämittaus kotikäyntejä.")
            .put("en", "Find out whether remote measuring reduces home visits."));
    assertThat(http.post("/api/v1/pilots", company.token(), pilot).status()).isEqualTo(403);
    assertThat(http.post("/api/v1/pilots", null, pilot).status()).isEqualTo(401);
    assertThat(http.post("/api/v1/pilots", staff.token(), pilot.copy().put("endsOn", "2020-01-01")).status()).isEqualTo(400);
    Http.Response created = http.post("/api/v1/pilots", staff.token(), pilot);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.json().getString("status")).isEqualTo("planned");
    assertThat(created.json().getString("contactPoint")).isEqualTo("seinajoki");
    assertThat(http.post("/api/v1/pilots", staff.token(), pilot).status()).isEqualTo(409);
    String pilotPath = "/api/v1/pilots/" + created.json().getString("id");

    assertThat(http.patch(pilotPath, otherStaff.token(), new JsonObject().put("status", "running")).status()).isEqualTo(403);
    assertThat(http.patch(pilotPath, company.token(), new JsonObject().put("status", "running")).status()).isEqualTo(403);
    assertThat(http.patch(pilotPath, staff.token(), new JsonObject().put("status", "running")).json().getString("status"))
        .isEqualTo("running");
    assertThat(http.patch(pilotPath, staff.token(), new JsonObject().put("publishOutcome", true)).status())
        .as("nothing to publish before it is completed and written").isEqualTo(409);
    JsonObject outcome = new JsonObject()
        .put("measured", new JsonObject().put("fi", "Kotikäyntien määrä ja asiakkaiden kokemus 12 viikon ajan.")
            .put("en", "Home visits and clients' experience over 12 weeks."))
        .put("result", new JsonObject().put("fi", "Kotikäynnit vähenivät 18 prosenttia.").put("en", "Home visits fell by 18 per cent."))
        .put("recommendation", new JsonObject().put("fi", "Suositellaan laajennettavaksi koko kotihoitoon.")
            .put("en", "Recommended for all of home care."));
    assertThat(http.patch(pilotPath, staff.token(), new JsonObject().put("outcome", new JsonObject().put("measured", "x"))).status())
        .isEqualTo(400);
    try (SseClient everyone = SseClient.open(app.port(), "/api/v1/events/stream?topics=pilot.updated", null, null)) {
      Http.Response done = http.patch(pilotPath, staff.token(),
          new JsonObject().put("status", "completed").put("outcome", outcome).put("publishOutcome", true));
      assertThat(done.status()).as(done.text()).isEqualTo(200);
      // The stream may still carry the event of the change to "running", relayed just after it opened.
      JsonObject event = everyone.next(e -> e.type().equals("pilot.updated") && "completed".equals(e.data().getString("status")), 10,
          "the completed pilot").data();
      assertThat(event.getBoolean("outcomePublished")).isTrue();
      assertThat(event.getString("showcaseId")).isEqualTo(showcase);
    }

    JsonObject evidence = http.get("/api/v1/pilots?showcaseId=" + showcase + "&lang=en", null).json().getJsonArray("items").getJsonObject(0);
    assertThat(evidence.getJsonObject("outcome").getString("result")).isEqualTo("Home visits fell by 18 per cent.");
    assertThat(evidence.getJsonObject("outcome").getString("publishedAt")).isNotNull();
    String page = PageHtml.mainText(http.get("/showcases/" + showcase + "?lang=fi", null).text());
    assertThat(page).contains("Näyttö pilotoinneista", "Kotikäynnit vähenivät 18 prosenttia.", "Julkaissut Seinäjoki",
        "NTC testikoti, Seinäjoki");
    assertThat(http.get("/api/v1/pilots?showcaseId=not-an-id", null).status()).isEqualTo(400);
  }
}
