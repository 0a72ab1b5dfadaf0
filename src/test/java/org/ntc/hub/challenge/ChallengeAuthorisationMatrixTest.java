package org.ntc.hub.challenge;

import static org.ntc.hub.support.AuthorisationMatrix.tokenOf;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.AuthorisationMatrix;
import org.ntc.hub.support.Users.User;

/** Every challenge and pilot route, called by every role, against the status each should get. */
class ChallengeAuthorisationMatrixTest extends ApiTest {
  @Test
  @DisplayName("each challenge and pilot route answers each role as intended")
  void matrix() {
    User careOwner = users.orgAdmin("care", true);
    Map<String, User> people = new LinkedHashMap<>();
    people.put("anonymous", null);
    people.put("citizen", users.citizen("citizen"));
    people.put("company", users.orgAdmin("company", true));
    people.put("careOwner", careOwner);
    people.put("otherCare", users.orgAdmin("care", true));
    people.put("staff", users.staff("seinajoki"));
    people.put("admin", users.admin());
    JsonObject need = new JsonObject().put("organisationId", careOwner.organisationId())
        .put("title", new JsonObject().put("fi", "Kaatumisten ennaltaehkäisy"))
        .put("description", new JsonObject().put("fi", "Etsimme keinoja ehkäistä kaatumisia kotona."))
        .put("categories", new JsonArray().add("safety-and-alarms")).put("targetGroups", new JsonArray().add("older-people"))
        .put("country", "FI").put("languages", new JsonArray().add("fi")).put("responsesDue", LocalDate.now().plusDays(9).toString());
    String published = http.post("/api/v1/challenges", careOwner.token(), need).json().getString("id");
    http.post("/api/v1/challenges/" + published + "/submit", careOwner.token(), null);
    http.post("/api/v1/challenges/" + published + "/review", people.get("staff").token(), new JsonObject().put("decision", "approve"));
    // A new draft for each call that acts on one.
    Supplier<String> draft = () -> http.post("/api/v1/challenges", careOwner.token(), need).json().getString("id");
    Supplier<String> publishedOne = () -> {
      String id = draft.get();
      http.post("/api/v1/challenges/" + id + "/submit", careOwner.token(), null);
      http.post("/api/v1/challenges/" + id + "/review", people.get("staff").token(), new JsonObject().put("decision", "approve"));
      return id;
    };
    JsonObject edit = new JsonObject().put("title", new JsonObject().put("fi", "Kaatumisten ehkäisy kotona"));
    JsonObject closing = new JsonObject().put("outcome", "withdrawn");

    new AuthorisationMatrix(people)
        .row("list", u -> http.get("/api/v1/challenges", tokenOf(u)), 200, 200, 200, 200, 200, 200, 200)
        .row("post a need for the owner's organisation", u -> http.post("/api/v1/challenges", tokenOf(u), need),
            401, 403, 403, 201, 403, 403, 403)
        .row("read a draft", u -> http.get("/api/v1/challenges/" + draft.get(), tokenOf(u)), 404, 404, 404, 200, 404, 200, 200)
        .row("submit a draft", u -> http.post("/api/v1/challenges/" + draft.get() + "/submit", tokenOf(u), null),
            401, 403, 403, 200, 403, 403, 403)
        .row("review", u -> http.post("/api/v1/challenges/" + published + "/review", tokenOf(u),
            new JsonObject().put("decision", "approve")), 401, 403, 403, 403, 403, 409, 409)
        .row("matches of a published need", u -> http.get("/api/v1/challenges/" + published + "/matches", tokenOf(u)),
            200, 200, 200, 200, 200, 200, 200)
        .row("read answers", u -> http.get("/api/v1/challenges/" + published + "/answers", tokenOf(u)),
            401, 403, 403, 200, 403, 200, 200)
        .row("start a pilot", u -> http.post("/api/v1/pilots", tokenOf(u), new JsonObject()), 401, 403, 403, 403, 403, 400, 400)
        .row("edit a draft", u -> http.patch("/api/v1/challenges/" + draft.get(), tokenOf(u), edit),
            401, 404, 404, 200, 404, 403, 403)
        .row("edit a published need", u -> http.patch("/api/v1/challenges/" + publishedOne.get(), tokenOf(u), edit),
            401, 403, 403, 200, 403, 403, 403)
        .row("close a draft", u -> http.post("/api/v1/challenges/" + draft.get() + "/close", tokenOf(u), closing),
            401, 404, 404, 200, 404, 200, 200)
        .row("close a published need", u -> http.post("/api/v1/challenges/" + publishedOne.get() + "/close", tokenOf(u), closing),
            401, 403, 403, 200, 403, 200, 200)
        .row("co-sign a published need for one's own organisation", u -> http.post("/api/v1/challenges/" + published + "/cosign",
            tokenOf(u), new JsonObject().put("organisationId", u == null || u.organisationId() == null
                ? java.util.UUID.randomUUID().toString() : u.organisationId()).put("scale", 10)), 401, 403, 403, 403, 200, 403, 403)
        .row("merge a published need into another", u -> http.post("/api/v1/challenges/" + publishedOne.get() + "/merge",
            tokenOf(u), new JsonObject().put("intoId", published)), 401, 403, 403, 403, 403, 200, 200)
        .row("list every pilot", u -> http.get("/api/v1/pilots", tokenOf(u)), 401, 403, 403, 403, 403, 200, 200)
        .row("list a showcase's pilots", u -> http.get("/api/v1/pilots?showcaseId=" + java.util.UUID.randomUUID(), tokenOf(u)),
            200, 200, 200, 200, 200, 200, 200)
        .row("read an unknown pilot", u -> http.get("/api/v1/pilots/" + java.util.UUID.randomUUID(), tokenOf(u)),
            404, 404, 404, 404, 404, 404, 404)
        .row("digest", u -> http.get("/api/v1/me/digest", tokenOf(u)), 401, 200, 200, 200, 200, 200, 200)
        .assertAsContracted();
  }
}
