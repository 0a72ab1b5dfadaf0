package org.ntc.hub.advice;

import static org.ntc.hub.support.AuthorisationMatrix.tokenOf;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.AuthorisationMatrix;
import org.ntc.hub.support.Users.User;

/** Every advice route, called by every role, against the status each should get. */
class AdviceAuthorisationMatrixTest extends ApiTest {
  @Test
  @DisplayName("each advice route answers each role as intended: the asker and staff only, staff alone act on the queue")
  void matrix() {
    User asker = users.citizen("asker");
    User seinajoki = users.staff("seinajoki");
    Map<String, User> people = new LinkedHashMap<>();
    people.put("anonymous", null);
    people.put("asker", asker);
    people.put("otherCitizen", users.citizen("other"));
    people.put("company", users.orgAdmin("company", true));
    people.put("staffSeinajoki", seinajoki);
    people.put("staffUmea", users.staff("umea"));
    people.put("admin", users.admin());
    JsonObject question = new JsonObject().put("topic", "Turvarannekkeet kotihoitoon")
        .put("description", "Millaisia turvarannekkeita kotihoidon asiakkaille kannattaa kokeilla?")
        .put("language", "fi").put("country", "FI");
    Supplier<String> fresh = () -> http.post("/api/v1/advice-requests", asker.token(), question).json().getString("id");
    String one = fresh.get();

    new AuthorisationMatrix(people)
        .row("list", u -> http.get("/api/v1/advice-requests", tokenOf(u)), 401, 200, 200, 200, 200, 200, 200)
        .row("ask", u -> http.post("/api/v1/advice-requests", tokenOf(u), question), 401, 201, 201, 201, 201, 201, 201)
        .row("read the asker's question", u -> http.get("/api/v1/advice-requests/" + one, tokenOf(u)),
            401, 200, 404, 404, 200, 200, 200)
        .row("assign", u -> http.post("/api/v1/advice-requests/" + fresh.get() + "/assign", tokenOf(u),
            new JsonObject().put("staffId", seinajoki.id())), 401, 403, 403, 403, 200, 200, 200)
        .row("hand over", u -> http.post("/api/v1/advice-requests/" + fresh.get() + "/handoff", tokenOf(u),
            new JsonObject().put("contactPoint", "umea").put("note", "Ruotsinkielinen asiakas")), 401, 403, 403, 403, 200, 200, 200)
        .row("write", u -> http.post("/api/v1/advice-requests/" + fresh.get() + "/messages", tokenOf(u),
            new JsonObject().put("text", "Kiitos kysymyksestä.")), 401, 201, 404, 404, 201, 201, 201)
        .row("write an internal note", u -> http.post("/api/v1/advice-requests/" + fresh.get() + "/messages", tokenOf(u),
            new JsonObject().put("text", "Sisäinen huomio").put("internal", true)), 401, 403, 404, 404, 201, 201, 201)
        .row("wait for the asker", u -> http.post("/api/v1/advice-requests/" + fresh.get() + "/wait", tokenOf(u), null),
            401, 403, 403, 403, 200, 200, 200)
        .row("close", u -> http.post("/api/v1/advice-requests/" + fresh.get() + "/close", tokenOf(u), null),
            401, 403, 403, 403, 200, 200, 200)
        .row("read an unknown question", u -> http.get("/api/v1/advice-requests/" + java.util.UUID.randomUUID(), tokenOf(u)),
            401, 404, 404, 404, 404, 404, 404)
        .assertAsContracted();
  }
}
