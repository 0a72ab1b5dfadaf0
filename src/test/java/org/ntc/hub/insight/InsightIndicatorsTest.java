package org.ntc.hub.insight;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.OwnNode;
import org.ntc.hub.support.Users;

/** {@code GET /api/v1/indicators} and {@code …/indicators.csv}: the figures, the public aggregate and staff's detail, bad input. */
@OwnNode("asserts exact counts over a fixed year of activity")
class InsightIndicatorsTest extends ApiTest {
  private static final String YEAR = "from=2025-01-01&to=2025-12-31";

  @BeforeAll
  static void seed() {
    InsightCorpus.seed(app::execute);
    app.reloadReferenceData();
  }

  private JsonObject indicators(String query, Users.User who) {
    Http.Response response = http.get("/api/v1/indicators?" + query, who == null ? null : who.token());
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.json();
  }

  private static Map<String, Long> totals(JsonObject answer) {
    return answer.getJsonArray("indicators").stream().map(JsonObject.class::cast)
        .collect(Collectors.toMap(i -> i.getString("indicator"), i -> i.getLong("total")));
  }

  private static long month(JsonObject answer, String indicator, String month) {
    return answer.getJsonArray("indicators").stream().map(JsonObject.class::cast)
        .filter(i -> i.getString("indicator").equals(indicator)).findFirst().orElseThrow()
        .getJsonArray("perMonth").stream().map(JsonObject.class::cast).filter(m -> m.getString("month").equals(month))
        .findFirst().orElseThrow().getLong("count");
  }

  @Test
  @DisplayName("anyone gets the year's figures per indicator and month, without any contact point's detail")
  void publicAggregate() {
    JsonObject answer = indicators(YEAR, null);
    assertThat(totals(answer)).containsAllEntriesOf(Map.of("organisations", 4L, "showcases", 2L, "trainings", 2L,
        "participants", 4L, "attendance", 2L, "needs", 1L, "answers", 1L, "pilots", 1L, "adoptions", 2L, "library", 1L));
    assertThat(answer.getJsonArray("months")).hasSize(12);
    assertThat(month(answer, "participants", "2025-03")).isEqualTo(3);
    assertThat(month(answer, "pilots", "2025-04")).isEqualTo(1);
    assertThat(month(answer, "adoptions", "2025-06")).isEqualTo(1);
    assertThat(month(answer, "trainings", "2025-04")).isZero();
    assertThat(answer.getJsonArray("organisationsByTypeAndCountry").stream().map(JsonObject.class::cast)
        .map(o -> o.getString("type") + "/" + o.getString("country") + "=" + o.getLong("count")))
        .containsExactlyInAnyOrder("care/FI=1", "company/FI=1", "care/SE=1", "company/SE=1");
    assertThat(answer.containsKey("byContactPoint")).isFalse();
    assertThat(indicators(YEAR, users.orgMember("company")).containsKey("byContactPoint")).isFalse();
  }

  @Test
  @DisplayName("a country narrows every figure to it")
  void country() {
    JsonObject sweden = indicators(YEAR + "&country=SE", null);
    assertThat(totals(sweden)).containsAllEntriesOf(Map.of("organisations", 2L, "showcases", 1L, "trainings", 1L,
        "participants", 1L, "attendance", 1L, "needs", 0L, "answers", 0L, "pilots", 0L, "adoptions", 1L, "library", 0L));
    assertThat(sweden.getJsonObject("period").getString("country")).isEqualTo("SE");
  }

  @Test
  @DisplayName("staff get the figures per contact point and may narrow to one; anyone else asking for one is refused")
  void staffDetail() {
    Users.User staff = users.staff("umea");
    JsonObject all = indicators(YEAR, staff);
    JsonArray detail = all.getJsonArray("byContactPoint");
    JsonObject seinajoki = detail.stream().map(JsonObject.class::cast).filter(c -> c.getString("contactPoint").equals("seinajoki"))
        .findFirst().orElseThrow().getJsonObject("counts");
    assertThat(seinajoki.getMap()).containsAllEntriesOf(Map.of("trainings", 1, "participants", 3, "attendance", 1, "pilots", 1));
    JsonObject one = indicators(YEAR + "&contactPoint=seinajoki", staff);
    assertThat(totals(one)).containsAllEntriesOf(Map.of("trainings", 1L, "participants", 3L, "pilots", 1L, "organisations", 2L));
    assertThat(one.getJsonArray("byContactPoint")).hasSize(1);
    for (Users.User who : List.of(users.citizen("curious"), users.orgMember("care"))) {
      assertThat(http.get("/api/v1/indicators?" + YEAR + "&contactPoint=seinajoki", who.token()).status()).isEqualTo(403);
      assertThat(http.get("/api/v1/indicators.csv?" + YEAR + "&contactPoint=seinajoki", who.token()).status()).isEqualTo(403);
    }
    assertThat(http.get("/api/v1/indicators?" + YEAR + "&contactPoint=seinajoki", null).status()).isEqualTo(403);
  }

  @Test
  @DisplayName("bad periods, countries and contact points are a 400 problem, never a 500")
  void badInput() {
    Users.User staff = users.staff("seinajoki");
    for (String bad : List.of("from=2025-12-31&to=2025-01-01", "from=2019-01-01&to=2025-01-02", "from=2025-13-01",
        "from=yesterday", "to=2025-02-30", "country=NO", "country=fi", "contactPoint=oslo", "country=SE&contactPoint=seinajoki",
        "from=%zz")) {
      for (String path : List.of("/api/v1/indicators?", "/api/v1/indicators.csv?")) {
        Http.Response response = http.get(path + bad, staff.token());
        assertThat(response.status()).as(path + bad).isEqualTo(400);
        assertThat(response.header("Content-Type")).as(path + bad).startsWith("application/problem+json");
      }
    }
    assertThat(http.get("/api/v1/indicators?from=2020-01-01&to=2024-12-31", null).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("the CSV has a header, a row per indicator and month, RFC 4180 quoting and no cell a spreadsheet runs")
  void csv() {
    Http.Response publicCsv = http.get("/api/v1/indicators.csv?" + YEAR + "&lang=en", null);
    assertThat(publicCsv.status()).isEqualTo(200);
    assertThat(publicCsv.header("Content-Type")).startsWith("text/csv");
    List<String> lines = List.of(publicCsv.text().split("\r\n"));
    assertThat(lines.get(0)).isEqualTo("indicator,label,contact_point,period,count");
    assertThat(lines).contains("participants,Participants,,2025-03,3", "pilots,Pilots started,,2025-01-01/2025-12-31,1",
        "organisations,\"Company, Finland\",,2025-01-01/2025-12-31,1");
    assertThat(lines).noneMatch(l -> l.contains("Vaasa"));
    Http.Response staffCsv = http.get("/api/v1/indicators.csv?" + YEAR + "&lang=en", users.staff("seinajoki").token());
    assertThat(staffCsv.text()).contains("trainings,Trainings held,NTC contact point Seinäjoki", "pilots,Pilots started,\"'=Vaasa, \"\"West\"\"\",");
  }
}
