package org.ntc.hub.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Users.User;

class TrainingTimesTest extends ApiTest {
  private static final int YEAR = OffsetDateTime.now().getYear() + 1;

  @Test
  @DisplayName("times on the hour keep their seconds, and one's enrolments give them in the contact point's zone as the training does")
  void myTrainingsInTheContactPointsZone() {
    User staff = users.staff("seinajoki");
    String umea = http.post("/api/v1/trainings", staff.token(), TrainingRoutesTest.training(5).put("contactPoint", "umea")
        .put("startsAt", YEAR + "-12-18T08:00:00Z").put("endsAt", YEAR + "-12-18T10:00:00Z")).json().getString("id");
    String seinajoki = http.post("/api/v1/trainings", staff.token(), TrainingRoutesTest.training(5)
        .put("startsAt", YEAR + "-06-16T06:00:00Z").put("endsAt", YEAR + "-06-16T07:30:00Z")).json().getString("id");
    JsonObject inUmea = http.get("/api/v1/trainings/" + umea, null).json();
    assertThat(inUmea.getString("startsAt")).isEqualTo(YEAR + "-12-18T09:00:00+01:00");
    assertThat(inUmea.getString("endsAt")).isEqualTo(YEAR + "-12-18T11:00:00+01:00");
    assertThat(http.get("/api/v1/trainings/" + seinajoki, null).json().getString("startsAt")).isEqualTo(YEAR + "-06-16T09:00:00+03:00");

    User person = users.citizen("mine");
    for (String id : List.of(umea, seinajoki)) {
      assertThat(http.post("/api/v1/trainings/" + id + "/enrolments", person.token(), new JsonObject()).status()).isEqualTo(201);
    }
    List<JsonObject> mine = http.get("/api/v1/me/trainings", person.token()).json().getJsonArray("items").stream()
        .map(t -> (JsonObject) t).toList();
    JsonObject umeaEnrolment = mine.stream().filter(t -> t.getString("trainingId").equals(umea)).findFirst().orElseThrow();
    assertThat(umeaEnrolment.getString("startsAt")).isEqualTo(YEAR + "-12-18T09:00:00+01:00");
    assertThat(umeaEnrolment.getString("endsAt")).isEqualTo(YEAR + "-12-18T11:00:00+01:00");
    assertThat(umeaEnrolment.getString("timeZone")).isEqualTo("Europe/Stockholm");
    assertThat(umeaEnrolment.getString("contactPoint")).isEqualTo("umea");
    JsonObject seinajokiEnrolment = mine.stream().filter(t -> t.getString("trainingId").equals(seinajoki)).findFirst().orElseThrow();
    assertThat(seinajokiEnrolment.getString("startsAt")).isEqualTo(YEAR + "-06-16T09:00:00+03:00");
    assertThat(seinajokiEnrolment.getString("timeZone")).isEqualTo("Europe/Helsinki");
  }
}
