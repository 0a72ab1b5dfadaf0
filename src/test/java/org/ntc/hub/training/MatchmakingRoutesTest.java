package org.ntc.hub.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ntc.hub.support.AuthorisationMatrix.NOT_ASKED;
import static org.ntc.hub.support.AuthorisationMatrix.tokenOf;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.AuthorisationMatrix;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users.User;

/** Event kinds and a matchmaking day's profiles and one-to-one meetings, through the API. */
class MatchmakingRoutesTest extends ApiTest {

  /** A matchmaking day in Umeå ten days on, 09:00–11:00 local time, 20-minute meetings at two tables. */
  static JsonObject matchmakingDay() {
    OffsetDateTime start = OffsetDateTime.ofInstant(app.clock().instant(), ZoneOffset.UTC).plusDays(10).toLocalDate()
        .atTime(9, 0).atZone(java.time.ZoneId.of("Europe/Stockholm")).toOffsetDateTime();
    return TrainingRoutesTest.training(30).put("kind", "matchmaking").put("contactPoint", "umea")
        .put("startsAt", start.toString()).put("endsAt", start.plusHours(2).toString())
        .put("meetingMinutes", 20).put("meetingTables", 2);
  }

  private String create(JsonObject event) {
    Http.Response created = http.post("/api/v1/trainings", users.staff("umea").token(), event);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().getString("id");
  }

  private void enrol(String id, User person) {
    Http.Response enrolled = http.post("/api/v1/trainings/" + id + "/enrolments", person.token(), new JsonObject());
    assertThat(enrolled.status()).as(enrolled.text()).isEqualTo(201);
  }

  private void publish(String id, User person, String offers, String seeks) {
    Http.Response saved = http.call(io.vertx.core.http.HttpMethod.PUT, "/api/v1/trainings/" + id + "/matchmaking/profile",
        person.token(), new JsonObject().put("organisationId", person.organisationId()).put("offers", offers).put("seeks", seeks));
    assertThat(saved.status()).as(saved.text()).isEqualTo(200);
  }

  private static String slot(JsonObject day, int n) {
    return day.getJsonArray("slots").getJsonObject(n).getString("slot");
  }

  @Test
  @DisplayName("kind is stored, returned and filtered; a matchmaking day has 20-minute slots by default; bad kinds are refused")
  void kinds() {
    String workshop = create(TrainingRoutesTest.training(10).put("kind", "workshop"));
    assertThat(http.get("/api/v1/trainings/" + workshop, null).json().getString("kind")).isEqualTo("workshop");
    String plain = create(TrainingRoutesTest.training(10));
    assertThat(http.get("/api/v1/trainings/" + plain, null).json().getString("kind")).isEqualTo("training");
    JsonArray workshops = http.get("/api/v1/trainings?kind=workshop&pageSize=100", null).json().getJsonArray("items");
    assertThat(workshops.stream().map(t -> ((JsonObject) t).getString("kind"))).containsOnly("workshop");
    assertThat(workshops.stream().map(t -> ((JsonObject) t).getString("id"))).contains(workshop).doesNotContain(plain);
    assertThat(http.get("/api/v1/trainings?kind=party", null).status()).isEqualTo(400);

    JsonObject day = http.get("/api/v1/trainings/" + create(matchmakingDay().put("meetingTables", null).put("meetingMinutes", null)),
        null).json();
    assertThat(day.getInteger("meetingMinutes")).isEqualTo(20);
    assertThat(day.getInteger("meetingTables")).isEqualTo(10);

    User staff = users.staff("umea");
    long before = app.count("SELECT count(*) FROM training");
    for (JsonObject bad : List.of(TrainingRoutesTest.training(5).put("kind", "party"),
        TrainingRoutesTest.training(5).put("kind", "workshop").put("meetingTables", 3),
        matchmakingDay().put("meetingMinutes", 5), matchmakingDay().put("meetingTables", "many"))) {
      Http.Response refused = http.post("/api/v1/trainings", staff.token(), bad);
      assertThat(refused.status()).as(bad.encode()).isEqualTo(400);
      assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }
    assertThat(app.count("SELECT count(*) FROM training")).isEqualTo(before);
    assertThat(http.patch("/api/v1/trainings/" + workshop, staff.token(), new JsonObject().put("kind", "study-visit"))
        .json().getString("kind")).isEqualTo("study-visit");
  }

  @Test
  @DisplayName("two companies ask one care organisation for the same 10:00 slot at once: exactly one request is made")
  void race() {
    String id = create(matchmakingDay());
    User care = users.orgAdmin("care", true);
    User first = users.orgAdmin("company", true);
    User second = users.orgAdmin("company", true);
    for (User person : List.of(care, first, second)) {
      enrol(id, person);
      publish(id, person, "Offers of " + person.name(), "");
    }
    JsonObject day = http.get("/api/v1/trainings/" + id + "/matchmaking", care.token()).json();
    assertThat(day.getJsonArray("slots")).hasSize(6);
    assertThat(day.getJsonArray("participants")).hasSize(3);
    String ten = slot(day, 3);
    assertThat(ten).matches(".*T10:00:00\\+0[12]:00");
    for (int round = 0; round < 5; round++) {
      String at = slot(day, round == 0 ? 3 : (round + 3) % 6);
      List<Future<Http.Response>> both = List.of(first, second).stream().map(company -> http.postAsync("/api/v1/trainings/" + id
          + "/meetings", company.token(), new JsonObject().put("withOrganisationId", care.organisationId()).put("slot", at))).toList();
      List<Integer> statuses = both.stream().map(Http::awaitResult).map(Http.Response::status).sorted().toList();
      assertThat(statuses).as("round " + round).containsExactly(201, 409);
    }
    assertThat(app.count("SELECT count(*) FROM meeting WHERE training_id = '" + id + "'")).isEqualTo(5);

    JsonObject incoming = http.get("/api/v1/trainings/" + id + "/meetings", care.token()).json().getJsonArray("items").stream()
        .map(JsonObject.class::cast).filter(m -> m.getString("slot").equals(ten)).findFirst().orElseThrow();
    assertThat(incoming.getString("direction")).isEqualTo("in");
    Http.Response byAsker = http.post("/api/v1/trainings/" + id + "/meetings/" + incoming.getString("id") + "/accept",
        incoming.getString("organisationId").equals(first.organisationId()) ? first.token() : second.token(), null);
    assertThat(byAsker.status()).as("only the side asked accepts").isEqualTo(403);
    Http.Response accepted = http.post("/api/v1/trainings/" + id + "/meetings/" + incoming.getString("id") + "/accept",
        care.token(), null);
    assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
    assertThat(accepted.json().getString("status")).isEqualTo("accepted");
    assertThat(accepted.json().getInteger("table")).isEqualTo(1);
    assertThat(http.post("/api/v1/trainings/" + id + "/meetings/" + incoming.getString("id") + "/accept", care.token(), null)
        .status()).as("twice").isEqualTo(409);
    assertThat(app.count("SELECT count(*) FROM notification WHERE kind = 'meeting.accepted'"
        + " AND account_id = '" + (incoming.getString("organisationId").equals(first.organisationId()) ? first.id() : second.id()) + "'"))
        .isEqualTo(1);
    assertThat(app.count("SELECT count(*) FROM notification WHERE kind = 'meeting.requested' AND account_id = '" + care.id() + "'"))
        .isEqualTo(5);
    List<JsonObject> schedule = http.get("/api/v1/trainings/" + id + "/meetings", care.token()).json().getJsonArray("items")
        .stream().map(JsonObject.class::cast).filter(m -> m.getString("status").equals("accepted")).toList();
    assertThat(schedule).hasSize(1);
  }

  @Test
  @DisplayName("accepting fills tables; declining frees the slot; a person is never in two meetings at once; bad input changes nothing")
  void tablesAndRefusals() {
    String id = create(matchmakingDay().put("meetingTables", 1));
    User care = users.orgAdmin("care", true);
    User otherCare = users.orgAdmin("care", true);
    User company = users.orgAdmin("company", true);
    User late = users.orgAdmin("company", true);
    for (User person : List.of(care, otherCare, company, late)) {
      enrol(id, person);
      publish(id, person, "", "Seeks partners");
    }
    JsonObject day = http.get("/api/v1/trainings/" + id + "/matchmaking", care.token()).json();
    String nine = slot(day, 0);
    String a = http.post("/api/v1/trainings/" + id + "/meetings", company.token(),
        new JsonObject().put("withOrganisationId", care.organisationId()).put("slot", nine)).json().getString("id");
    String b = http.post("/api/v1/trainings/" + id + "/meetings", late.token(),
        new JsonObject().put("withOrganisationId", otherCare.organisationId()).put("slot", nine)).json().getString("id");
    assertThat(http.post("/api/v1/trainings/" + id + "/meetings/" + a + "/accept", care.token(), null).status()).isEqualTo(200);
    Http.Response noTable = http.post("/api/v1/trainings/" + id + "/meetings/" + b + "/accept", otherCare.token(), null);
    assertThat(noTable.status()).as("the one table is taken").isEqualTo(409);
    assertThat(http.post("/api/v1/trainings/" + id + "/meetings/" + b + "/decline", otherCare.token(), null).json()
        .getString("status")).isEqualTo("declined");
    assertThat(app.count("SELECT count(*) FROM notification WHERE kind = 'meeting.declined' AND account_id = '" + late.id() + "'"))
        .isEqualTo(1);
    Http.Response again = http.post("/api/v1/trainings/" + id + "/meetings", late.token(),
        new JsonObject().put("withOrganisationId", otherCare.organisationId()).put("slot", nine));
    assertThat(again.status()).as("a declined request frees the slot").isEqualTo(201);

    long meetings = app.count("SELECT count(*) FROM meeting WHERE training_id = '" + id + "'");
    for (JsonObject bad : List.of(new JsonObject(), new JsonObject().put("withOrganisationId", care.organisationId()),
        new JsonObject().put("withOrganisationId", care.organisationId()).put("slot", "10 o'clock"),
        new JsonObject().put("withOrganisationId", care.organisationId()).put("slot", slot(day, 0).replace(":00:00", ":05:00")),
        new JsonObject().put("withOrganisationId", company.organisationId()).put("slot", slot(day, 2)),
        new JsonObject().put("withOrganisationId", "not-a-uuid").put("slot", slot(day, 2)),
        new JsonObject().put("withOrganisationId", care.organisationId()).put("slot", slot(day, 2)).put("extra", 1))) {
      Http.Response refused = http.post("/api/v1/trainings/" + id + "/meetings", company.token(), bad);
      assertThat(refused.status()).as(bad.encode()).isEqualTo(400);
      assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }
    assertThat(http.post("/api/v1/trainings/" + id + "/meetings", company.token(),
        new JsonObject().put("withOrganisationId", otherCare.organisationId()).put("slot", nine)).status())
        .as("the company already meets someone at nine").isEqualTo(409);
    assertThat(app.count("SELECT count(*) FROM meeting WHERE training_id = '" + id + "'")).isEqualTo(meetings);
    assertThat(http.call(io.vertx.core.http.HttpMethod.PUT, "/api/v1/trainings/" + id + "/matchmaking/profile", company.token(),
        new JsonObject().put("organisationId", care.organisationId()).put("offers", "Not ours")).status()).isEqualTo(400);
    assertThat(http.call(io.vertx.core.http.HttpMethod.PUT, "/api/v1/trainings/" + id + "/matchmaking/profile", company.token(),
        new JsonObject().put("organisationId", company.organisationId())).status()).isEqualTo(400);
    assertThat(app.count("SELECT count(*) FROM meeting_busy b JOIN meeting m ON m.id = b.meeting_id WHERE m.status NOT IN ('requested', 'accepted')"))
        .as("closed requests hold no slot").isZero();
  }

  @Test
  @DisplayName("who may do what: only participants with a confirmed seat take part; only the side asked answers")
  void authorisation() {
    String id = create(matchmakingDay());
    String plain = create(TrainingRoutesTest.training(10));
    User care = users.orgAdmin("care", true);
    User company = users.orgAdmin("company", true);
    for (User person : List.of(care, company)) {
      enrol(id, person);
      publish(id, person, "Something", "Something else");
    }
    User outsider = users.orgAdmin("company", true);
    User staff = users.staff("umea");
    String nine = http.get("/api/v1/trainings/" + id + "/matchmaking", care.token()).json().getJsonArray("slots").getJsonObject(0)
        .getString("slot");
    String meeting = http.post("/api/v1/trainings/" + id + "/meetings", company.token(),
        new JsonObject().put("withOrganisationId", care.organisationId()).put("slot", nine)).json().getString("id");
    Map<String, User> people = new LinkedHashMap<>();
    people.put("anonymous", null);
    people.put("outsider", outsider);
    people.put("staff", staff);
    people.put("asker", company);
    people.put("asked", care);
    JsonObject request = new JsonObject().put("withOrganisationId", care.organisationId()).put("slot", nine);
    new AuthorisationMatrix(people)
        .row("GET matchmaking", p -> http.get("/api/v1/trainings/" + id + "/matchmaking", tokenOf(p)), 401, 403, 403, 200, 200)
        .row("GET matchmaking of a plain training", p -> http.get("/api/v1/trainings/" + plain + "/matchmaking", tokenOf(p)),
            401, 404, 404, 404, 404)
        .row("GET meetings", p -> http.get("/api/v1/trainings/" + id + "/meetings", tokenOf(p)), 401, 403, 403, 200, 200)
        .row("PUT profile", p -> http.call(io.vertx.core.http.HttpMethod.PUT, "/api/v1/trainings/" + id + "/matchmaking/profile",
            tokenOf(p), new JsonObject().put("organisationId", p == null || p.organisationId() == null
                ? care.organisationId() : p.organisationId()).put("offers", "x")), 401, 403, 403, 200, 200)
        .row("POST meetings", p -> http.post("/api/v1/trainings/" + id + "/meetings", tokenOf(p), request), 401, 403, 403, 409, NOT_ASKED)
        .row("accept", p -> http.post("/api/v1/trainings/" + id + "/meetings/" + meeting + "/accept", tokenOf(p), null),
            401, 403, 403, 403, NOT_ASKED)
        .row("decline", p -> http.post("/api/v1/trainings/" + id + "/meetings/" + meeting + "/decline", tokenOf(p), null),
            401, 403, 403, 403, NOT_ASKED)
        .row("withdraw", p -> http.post("/api/v1/trainings/" + id + "/meetings/" + meeting + "/withdraw", tokenOf(p), null),
            401, 403, 403, NOT_ASKED, 403)
        .row("accept as asked", p -> http.post("/api/v1/trainings/" + id + "/meetings/" + meeting + "/accept", tokenOf(p), null),
            NOT_ASKED, NOT_ASKED, NOT_ASKED, NOT_ASKED, 200)
        .assertAsContracted();
  }
}
