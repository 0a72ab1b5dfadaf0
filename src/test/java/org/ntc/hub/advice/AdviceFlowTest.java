package org.ntc.hub.advice;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.notification.NotificationKind;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users;
import org.ntc.hub.support.Users.User;

class AdviceFlowTest extends ApiTest {
  private static JsonObject question(String country, String language) {
    return new JsonObject().put("topic", "Fallsensorer i hemmet")
        .put("description", "Vilka fallsensorer passar en kommun som vill pröva dem i hemtjänsten?")
        .put("language", language).put("country", country).put("organisationType", "public-sector");
  }

  private long notifications(User user, String kind) {
    return app.count("SELECT count(*) FROM notification WHERE account_id = '" + user.id() + "' AND kind = '" + kind + "'");
  }

  @Test
  @DisplayName("a question starts at its country's contact point, whose staff are told; the first answer is promised two working days on")
  void startsAtCountry() {
    User asker = users.citizen("asker");
    User umea = users.staff("umea");
    JsonObject swedish = http.post("/api/v1/advice-requests", asker.token(), question("SE", "sv")).json();
    assertThat(swedish.getString("contactPoint")).isEqualTo("umea");
    assertThat(swedish.getString("status")).isEqualTo("new");
    assertThat(swedish.getValue("assignee")).isNull();
    assertThat(swedish.getString("firstResponseDue")).isNotBlank();
    assertThat(notifications(umea, "advice.requested")).isEqualTo(1);
    assertThat(NotificationKind.ADVICE_REQUESTED.link(new JsonObject().put("requestId", swedish.getString("id"))))
        .isEqualTo("/ask/" + swedish.getString("id"));
    JsonObject finnish = http.post("/api/v1/advice-requests", asker.token(), question("FI", "fi")).json();
    assertThat(finnish.getString("contactPoint")).isEqualTo("seinajoki");
    assertThat(notifications(umea, "advice.requested")).isEqualTo(1);

    JsonObject mine = http.get("/api/v1/advice-requests", asker.token()).json();
    assertThat(mine.getLong("total")).isEqualTo(2);
    JsonObject queue = http.get("/api/v1/advice-requests?contactPoint=umea&status=new&pageSize=100", umea.token()).json();
    assertThat(queue.getJsonArray("items").stream().map(i -> ((JsonObject) i).getString("id")))
        .contains(swedish.getString("id")).doesNotContain(finnish.getString("id"));
  }

  @Test
  @DisplayName("staff make a question wait for the asker without writing; the asker's next message brings it back, and a closed one refuses")
  void waitForTheAsker() {
    User asker = users.citizen("asker");
    User umea = users.staff("umea");
    String path = "/api/v1/advice-requests/" + http.post("/api/v1/advice-requests", asker.token(), question("SE", "sv")).json().getString("id");
    Http.Response waiting = http.post(path + "/wait", umea.token(), null);
    assertThat(waiting.status()).as(waiting.text()).isEqualTo(200);
    assertThat(waiting.json().getString("status")).isEqualTo("waiting");
    assertThat(waiting.json().getJsonArray("messages")).isEmpty();
    assertThat(waiting.json().getValue("firstResponseAt")).as("waiting is no answer").isNull();
    assertThat(http.get("/api/v1/advice-requests?status=waiting&pageSize=100", umea.token()).json().getJsonArray("items").stream()
        .map(i -> ((JsonObject) i).getString("id"))).contains(path.substring(path.lastIndexOf('/') + 1));

    http.post(path + "/messages", asker.token(), new JsonObject().put("text", "Här är kommunens uppgifter."));
    assertThat(http.get(path, umea.token()).json().getString("status")).isEqualTo("in-progress");
    http.post(path + "/close", umea.token(), null);
    assertThat(http.post(path + "/wait", umea.token(), null).status()).isEqualTo(409);
  }

  @Test
  @DisplayName("Seinäjoki hands a Swedish question to Umeå with a note the asker never sees; Umeå answers, the asker replies, staff close")
  void handOver() {
    User asker = users.citizen("asker");
    User seinajoki = users.staff("seinajoki");
    User umea = users.staff("umea");
    String id = http.post("/api/v1/advice-requests", asker.token(), question("FI", "sv")).json().getString("id");
    String path = "/api/v1/advice-requests/" + id;

    JsonObject handed = http.post(path + "/handoff", seinajoki.token(),
        new JsonObject().put("contactPoint", "umea").put("note", "Svenskspråkig kommun: Umeå svarar bäst")).json();
    assertThat(handed.getString("contactPoint")).isEqualTo("umea");
    assertThat(handed.getString("status")).isEqualTo("new");
    assertThat(handed.getJsonArray("messages").getJsonObject(0).getBoolean("internal")).isTrue();
    assertThat(notifications(umea, "advice.handed-over")).isEqualTo(1);
    assertThat(http.get(path, asker.token()).text()).doesNotContain("Svenskspråkig kommun");

    JsonObject assigned = http.post(path + "/assign", umea.token(), new JsonObject().put("staffId", umea.id())).json();
    assertThat(assigned.getString("status")).isEqualTo("in-progress");
    assertThat(assigned.getJsonObject("assignee").getString("id")).isEqualTo(umea.id());

    http.post(path + "/messages", umea.token(), new JsonObject().put("text", "Intern: ring kommunen").put("internal", true));
    assertThat(http.get(path, asker.token()).text()).doesNotContain("ring kommunen");
    assertThat(notifications(asker, "advice.answered")).isZero();

    Http.Response answer = http.post(path + "/messages", umea.token(), new JsonObject().put("text", "Vi föreslår tre sensorer att pröva."));
    assertThat(answer.status()).isEqualTo(201);
    JsonObject seen = http.get(path, asker.token()).json();
    assertThat(seen.getString("status")).isEqualTo("waiting");
    assertThat(seen.getString("firstResponseAt")).isNotNull();
    assertThat(seen.getJsonArray("messages")).hasSize(1);
    assertThat(seen.getJsonArray("messages").getJsonObject(0).getString("text")).isEqualTo("Vi föreslår tre sensorer att pröva.");
    assertThat(notifications(asker, "advice.answered")).isEqualTo(1);
    assertThat(app.count("SELECT count(*) FROM mail_outbox WHERE template = 'notification' AND account_id = '" + asker.id()
        + "' AND payload->>'kind' = 'advice.answered' AND payload->>'comment' = 'Vi föreslår tre sensorer att pröva.'"))
        .as("the answer reaches the asker by mail too, with its text").isEqualTo(1);

    JsonObject replied = http.post(path + "/messages", asker.token(), new JsonObject().put("text", "Tack, vilka priser?")).json();
    assertThat(replied.getString("status")).isEqualTo("in-progress");
    assertThat(http.get(path, umea.token()).json().getJsonArray("messages")).hasSize(4);

    assertThat(http.post(path + "/close", umea.token(), null).json().getString("status")).isEqualTo("closed");
    assertThat(http.post(path + "/close", umea.token(), null).status()).isEqualTo(409);
    assertThat(http.post(path + "/messages", asker.token(), new JsonObject().put("text", "En till fråga")).status()).isEqualTo(409);
    assertThat(http.post(path + "/assign", umea.token(), new JsonObject().put("staffId", umea.id())).status()).isEqualTo(409);
  }

  @Test
  @DisplayName("bad input is refused with a problem naming each field, and changes nothing")
  void badInput() {
    User asker = users.citizen("asker");
    User staff = users.staff("seinajoki");
    Http.Response missing = http.post("/api/v1/advice-requests", asker.token(), new JsonObject());
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
    assertThat(missing.text()).contains("topic", "description", "language", "country");
    assertThat(http.post("/api/v1/advice-requests", asker.token(), question("DE", "de")).status()).isEqualTo(400);
    assertThat(http.post("/api/v1/advice-requests", asker.token(), question("FI", "fi").put("organisationType", "x")).status())
        .isEqualTo(400);
    assertThat(http.post("/api/v1/advice-requests", asker.token(), question("FI", "fi").put("priority", "high")).status())
        .isEqualTo(400);
    assertThat(http.get("/api/v1/advice-requests", asker.token()).json().getLong("total")).isZero();

    String id = http.post("/api/v1/advice-requests", asker.token(), question("FI", "fi")).json().getString("id");
    String path = "/api/v1/advice-requests/" + id;
    assertThat(http.post(path + "/handoff", staff.token(), new JsonObject().put("contactPoint", "seinajoki").put("note", "x"))
        .status()).isEqualTo(400);
    assertThat(http.post(path + "/handoff", staff.token(), new JsonObject().put("contactPoint", "oslo").put("note", "x"))
        .status()).isEqualTo(400);
    assertThat(http.post(path + "/handoff", staff.token(), new JsonObject().put("contactPoint", "umea")).status()).isEqualTo(400);
    assertThat(http.post(path + "/assign", staff.token(), new JsonObject().put("staffId", asker.id())).status()).isEqualTo(400);
    assertThat(http.post(path + "/assign", staff.token(), new JsonObject().put("staffId", "nobody")).status()).isEqualTo(400);
    assertThat(http.post(path + "/messages", staff.token(), new JsonObject().put("text", " ")).status()).isEqualTo(400);
    assertThat(http.post(path + "/messages", staff.token(), new JsonObject().put("text", "x").put("internal", "yes")).status())
        .isEqualTo(400);
    assertThat(http.get("/api/v1/advice-requests?status=open", staff.token()).status()).isEqualTo(400);
    JsonObject unchanged = http.get(path, staff.token()).json();
    assertThat(unchanged.getString("status")).isEqualTo("new");
    assertThat(unchanged.getString("contactPoint")).isEqualTo("seinajoki");
    assertThat(unchanged.getValue("assignee")).isNull();
    assertThat(unchanged.getJsonArray("messages")).isEmpty();
  }

  @Test
  @DisplayName("an erased account's questions go with it")
  void erased() {
    User asker = users.citizen("asker");
    User staff = users.staff("seinajoki");
    String id = http.post("/api/v1/advice-requests", asker.token(), question("FI", "fi")).json().getString("id");
    assertThat(http.call(HttpMethod.DELETE, "/api/v1/me", asker.token(), new JsonObject().put("password", Users.PASSWORD)).status())
        .isEqualTo(204);
    assertThat(http.get("/api/v1/advice-requests/" + id, staff.token()).status()).isEqualTo(404);
  }
}
