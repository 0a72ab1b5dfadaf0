package org.ntc.hub.challenge;

import static org.ntc.hub.support.AuthorisationMatrix.tokenOf;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.AuthorisationMatrix;
import org.ntc.hub.support.Users.User;

/**
 * Every route of the knowledge side (the library, evaluations after MAST, claims, gaps in the
 * market, the one search), called by every role, against the status each should get.
 */
class KnowledgeAuthorisationMatrixTest extends ApiTest {
  private static JsonObject entry(String organisationId) {
    return new JsonObject().put("kind", "method").put("organisationId", organisationId)
        .put("title", new JsonObject().put("fi", "Lääkeannostelijan käyttöönotto vaihe vaiheelta"))
        .put("summary", new JsonObject().put("fi", "Näin kotihoito ottaa annostelijat käyttöön."))
        .put("steps", new JsonObject().put("fi", "1. Valitse asiakkaat. 2. Kouluta hoitajat."))
        .put("categories", new JsonArray(List.of("medication-management"))).put("countries", new JsonArray(List.of("FI")));
  }

  @Test
  @DisplayName("each library, evaluation, claim, gap and search route answers each role as intended")
  void matrix() {
    NeedFixtures fixtures = new NeedFixtures(http, users);
    User careOwner = users.orgAdmin("care", true);
    User staff = users.staff("seinajoki");
    Map<String, User> people = new LinkedHashMap<>();
    people.put("anonymous", null);
    people.put("citizen", users.citizen("citizen"));
    people.put("company", users.orgAdmin("company", true));
    people.put("careOwner", careOwner);
    people.put("otherCare", users.orgAdmin("care", true));
    people.put("staff", staff);
    people.put("admin", users.admin());

    Supplier<String> draft = () -> http.post("/api/v1/library", careOwner.token(), entry(careOwner.organisationId()))
        .json().getString("id");
    Supplier<String> pending = () -> {
      String id = draft.get();
      http.post("/api/v1/library/" + id + "/submit", careOwner.token(), null);
      return id;
    };
    String published = pending.get();
    http.post("/api/v1/library/" + published + "/review", staff.token(), new JsonObject().put("decision", "approve"));

    User company = users.orgAdmin("company", true);
    String showcase = fixtures.publishedShowcase(company);
    String pilot = fixtures.pilot(fixtures.answer(fixtures.publishedNeed(users.orgMember("care"), staff), company, showcase), staff);
    JsonObject verify = new JsonObject().put("expiresAt", LocalDate.now().plusYears(1).toString());

    new AuthorisationMatrix(people)
        .row("list the library", u -> http.get("/api/v1/library", tokenOf(u)), 200, 200, 200, 200, 200, 200, 200)
        .row("read a published entry", u -> http.get("/api/v1/library/" + published, tokenOf(u)), 200, 200, 200, 200, 200, 200, 200)
        .row("read a draft", u -> http.get("/api/v1/library/" + draft.get(), tokenOf(u)), 404, 404, 404, 200, 404, 200, 200)
        .row("write an entry for the owner's organisation", u -> http.post("/api/v1/library", tokenOf(u),
            entry(careOwner.organisationId())), 401, 403, 403, 201, 403, 403, 403)
        .row("edit a draft", u -> http.patch("/api/v1/library/" + draft.get(), tokenOf(u),
            new JsonObject().put("title", new JsonObject().put("fi", "Uusi otsikko"))), 401, 404, 404, 200, 404, 200, 200)
        .row("submit a draft", u -> http.post("/api/v1/library/" + draft.get() + "/submit", tokenOf(u), null),
            401, 404, 404, 200, 404, 200, 200)
        .row("review a pending entry", u -> http.post("/api/v1/library/" + pending.get() + "/review", tokenOf(u),
            new JsonObject().put("decision", "approve")), 401, 403, 403, 403, 403, 200, 200)
        .row("evaluate a pilot", u -> http.call(HttpMethod.PUT, "/api/v1/pilots/" + pilot + "/evaluation", tokenOf(u),
            PilotEvaluationTest.evaluation()), 401, 403, 403, 403, 403, 200, 200)
        .row("verify a claim", u -> http.post("/api/v1/showcases/" + showcase + "/claims/regulatory/verify", tokenOf(u), verify),
            401, 403, 403, 403, 403, 200, 200)
        .row("gaps in the market", u -> http.get("/api/v1/challenges/gaps", tokenOf(u)), 401, 403, 403, 403, 403, 200, 200)
        .row("search", u -> http.get("/api/v1/search?q=kotihoito", tokenOf(u)), 200, 200, 200, 200, 200, 200, 200)
        .assertAsContracted();
  }
}
