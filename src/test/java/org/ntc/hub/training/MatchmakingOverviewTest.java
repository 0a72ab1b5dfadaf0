package org.ntc.hub.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

/** Staff and the organiser see a matchmaking day's whole schedule: slots, tables and who meets whom. */
class MatchmakingOverviewTest extends ApiTest {

  private String create(JsonObject event) {
    Http.Response created = http.post("/api/v1/trainings", users.staff("umea").token(), event);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().getString("id");
  }

  private void takePart(String id, User person) {
    assertThat(http.post("/api/v1/trainings/" + id + "/enrolments", person.token(), new JsonObject()).status()).isEqualTo(201);
    assertThat(http.call(HttpMethod.PUT, "/api/v1/trainings/" + id + "/matchmaking/profile", person.token(),
        new JsonObject().put("organisationId", person.organisationId()).put("offers", "Sensors").put("seeks", "Pilot sites")).status())
        .isEqualTo(200);
  }

  private String ask(String id, User from, User with, String slot) {
    Http.Response asked = http.post("/api/v1/trainings/" + id + "/meetings", from.token(),
        new JsonObject().put("withOrganisationId", with.organisationId()).put("slot", slot));
    assertThat(asked.status()).as(asked.text()).isEqualTo(201);
    return asked.json().getString("id");
  }

  private static String name(Http http, User user) {
    return http.get("/api/v1/organisations/" + user.organisationId(), user.token()).json().getString("name");
  }

  @Test
  @DisplayName("the overview lists every slot's meetings with table and both organisations, open requests apart, for staff only; participants and others are refused")
  void overview() {
    String id = create(MatchmakingRoutesTest.matchmakingDay());
    User care = users.orgAdmin("care", true);
    User otherCare = users.orgAdmin("care", true);
    User company = users.orgAdmin("company", true);
    User second = users.orgAdmin("company", true);
    for (User person : List.of(care, otherCare, company, second)) takePart(id, person);
    JsonObject day = http.get("/api/v1/trainings/" + id + "/matchmaking", care.token()).json();
    String nine = day.getJsonArray("slots").getJsonObject(0).getString("slot");
    String ten = day.getJsonArray("slots").getJsonObject(3).getString("slot");
    String a = ask(id, company, care, nine);
    String b = ask(id, second, otherCare, nine);
    ask(id, company, otherCare, ten);
    assertThat(http.post("/api/v1/trainings/" + id + "/meetings/" + a + "/accept", care.token(), null).status()).isEqualTo(200);
    assertThat(http.post("/api/v1/trainings/" + id + "/meetings/" + b + "/accept", otherCare.token(), null).status()).isEqualTo(200);

    Http.Response seen = http.get("/api/v1/trainings/" + id + "/matchmaking/overview?lang=en", users.staff("seinajoki").token());
    assertThat(seen.status()).as(seen.text()).isEqualTo(200);
    JsonObject overview = seen.json();
    assertThat(overview.getLong("accepted")).isEqualTo(2);
    assertThat(overview.getLong("requested")).isEqualTo(1);
    assertThat(overview.getJsonArray("participants")).hasSize(4);
    JsonArray slots = overview.getJsonArray("slots");
    assertThat(slots).hasSize(6);
    JsonArray atNine = slots.getJsonObject(0).getJsonArray("meetings");
    assertThat(atNine.stream().map(m -> ((JsonObject) m).getInteger("table"))).containsExactly(1, 2);
    assertThat(atNine.getJsonObject(0).getString("withOrganisationId")).isEqualTo(care.organisationId());
    assertThat(atNine.getJsonObject(0).getString("organisationId")).isEqualTo(company.organisationId());
    assertThat(slots.getJsonObject(0).getLong("tablesLeft")).isZero();
    JsonObject open = slots.getJsonObject(3).getJsonArray("meetings").getJsonObject(0);
    assertThat(open.getString("status")).isEqualTo("requested");
    assertThat(open.containsKey("table")).isFalse();

    assertThat(http.get("/api/v1/trainings/" + id + "/matchmaking/overview", care.token()).status())
        .as("a participant sees only their own meetings").isEqualTo(403);
    assertThat(http.get("/api/v1/trainings/" + id + "/matchmaking/overview", users.citizen("outsider").token()).status()).isEqualTo(403);
    assertThat(http.get("/api/v1/trainings/" + id + "/matchmaking/overview", null).status()).isEqualTo(401);
    String plain = create(TrainingRoutesTest.training(10));
    assertThat(http.get("/api/v1/trainings/" + plain + "/matchmaking/overview", users.staff("umea").token()).status()).isEqualTo(404);
  }

  @Test
  @DisplayName("the overview page shows staff the day's schedule in each language, linked from the event page; a participant is refused")
  void page() {
    String id = create(MatchmakingRoutesTest.matchmakingDay());
    User care = users.orgAdmin("care", true);
    User company = users.orgAdmin("company", true);
    takePart(id, care);
    takePart(id, company);
    User staff = users.staff("umea");
    Element empty = PageHtml.main(http.get("/trainings/" + id + "/matchmaking/overview?lang=en", staff.token()).text());
    assertThat(empty.select("#overview-empty").text()).isEqualTo("No meetings requested yet.");

    String nine = http.get("/api/v1/trainings/" + id + "/matchmaking", care.token()).json().getJsonArray("slots").getJsonObject(0)
        .getString("slot");
    String meeting = ask(id, company, care, nine);
    assertThat(http.post("/api/v1/trainings/" + id + "/meetings/" + meeting + "/accept", care.token(), null).status()).isEqualTo(200);

    Element en = PageHtml.main(http.get("/trainings/" + id + "/matchmaking/overview?lang=en", staff.token()).text());
    assertThat(en.select("h1").text()).isEqualTo("The day's meetings");
    Elements rows = en.select("#overview tbody tr");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).select("th").text()).contains("9:00");
    assertThat(rows.get(0).select("td").eachText()).containsExactly("1", name(http, company), name(http, care), "accepted");
    assertThat(en.select("#overview-summary").text()).isEqualTo("1 meetings agreed between 2 participating organisations.");
    Element sv = PageHtml.main(http.get("/trainings/" + id + "/matchmaking/overview?lang=sv", staff.token()).text());
    assertThat(sv.select("h1").text()).isEqualTo("Dagens möten");
    assertThat(sv.select("#overview tbody td").eachText()).contains(name(http, care));
    Element fi = PageHtml.main(http.get("/trainings/" + id + "/matchmaking/overview?lang=fi", staff.token()).text());
    assertThat(fi.select("h1").text()).isEqualTo("Päivän tapaamiset");

    assertThat(PageHtml.main(http.get("/trainings/" + id + "?lang=en", staff.token()).text()).select("#matchmaking-overview").attr("href"))
        .isEqualTo("/trainings/" + id + "/matchmaking/overview");
    assertThat(PageHtml.main(http.get("/trainings/" + id + "?lang=en", care.token()).text()).select("#matchmaking-overview")).isEmpty();
    assertThat(http.get("/trainings/" + id + "/matchmaking/overview?lang=en", care.token()).status()).isEqualTo(403);
  }
}
