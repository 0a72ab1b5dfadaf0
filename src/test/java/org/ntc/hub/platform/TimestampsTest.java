package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.OwnNode;
import org.ntc.hub.support.SseClient;
import org.ntc.hub.support.Users.User;

/**
 * Every timestamp the API gives is RFC 3339: seconds included even when they are zero, which
 * {@code OffsetDateTime.toString()} leaves out. The stored times are cut to the minute first, so a
 * serialiser that drops zero seconds shows up.
 */
@OwnNode("cuts every stored time to the minute")
class TimestampsTest extends ApiTest {
  private static final Pattern RFC_3339 = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
  private static final Pattern LOOKS_LIKE_A_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
  /** Tables whose times other code serialises and this test leaves as stored; their JSON is still checked. */
  private static final String NOT_CUT = "'account', 'event_log', 'showcase', 'showcase_listing', 'showcase_transition', "
      + "'showcase_image', 'showcase_contact'";
  private static final int YEAR = OffsetDateTime.now().getYear() + 1;

  private static JsonObject localised(String fi, String en) {
    return new JsonObject().put("fi", fi).put("en", en);
  }

  @Test
  @DisplayName("every timestamp in the main JSON answers and live events is RFC 3339 with seconds, even on the minute")
  void rfc3339Everywhere() throws Exception {
    User staff = users.staff("seinajoki");
    User company = users.orgAdmin("company", true);
    User care = users.orgAdmin("care", true);
    User citizen = users.citizen("times");

    String showcase = http.post("/api/v1/showcases", company.token(), new JsonObject()
        .put("organisationId", company.organisationId()).put("title", localised("Kotimittari", "Home meter"))
        .put("summary", localised("Ratkaisu arkeen.", "A solution for everyday life.")).put("description", localised("Teksti.", "Text."))
        .put("categories", new JsonArray().add("remote-monitoring")).put("targetGroups", new JsonArray().add("older-people"))
        .put("countries", new JsonArray().add("FI")).put("languages", new JsonArray().add("fi"))
        .put("regulatoryStatus", "not-medical-device").put("evidenceLevel", "pilot")).json().getString("id");
    assertThat(http.post("/api/v1/showcases/" + showcase + "/submit", company.token(), null).status()).isEqualTo(200);
    assertThat(http.post("/api/v1/showcases/" + showcase + "/review", staff.token(), new JsonObject().put("decision", "approve"))
        .status()).isEqualTo(200);

    String need = http.post("/api/v1/challenges", care.token(), new JsonObject().put("organisationId", care.organisationId())
        .put("title", localised("Verenpaineen etäseuranta", "Remote blood pressure follow-up"))
        .put("description", localised("Etsimme ratkaisua verenpaineen etäseurantaan.", "We look for remote blood pressure follow-up."))
        .put("categories", new JsonArray().add("remote-monitoring")).put("targetGroups", new JsonArray().add("older-people"))
        .put("country", "FI").put("languages", new JsonArray().add("fi"))
        .put("responsesDue", LocalDate.now().plusDays(30).toString()).put("expectedScale", "400 asiakasta")).json().getString("id");
    assertThat(http.post("/api/v1/challenges/" + need + "/submit", care.token(), null).status()).isEqualTo(200);
    assertThat(http.post("/api/v1/challenges/" + need + "/review", staff.token(), new JsonObject().put("decision", "approve"))
        .status()).isEqualTo(200);
    String answer = http.post("/api/v1/challenges/" + need + "/answers", company.token(), new JsonObject().put("showcaseId", showcase)
        .put("proposal", "Kolmen kuukauden pilotti testikodissa.")).json().getString("id");
    String pilot = http.post("/api/v1/pilots", staff.token(), new JsonObject().put("answerId", answer).put("testArena", "NTC testikoti")
        .put("startsOn", LocalDate.now().plusDays(10).toString()).put("endsOn", LocalDate.now().plusDays(100).toString())
        .put("goals", localised("Vähentääkö etämittaus kotikäyntejä?", "Does remote measuring reduce home visits?")))
        .json().getString("id");
    Http.Response completed = http.patch("/api/v1/pilots/" + pilot, staff.token(), new JsonObject().put("status", "completed")
        .put("outcome", new JsonObject().put("measured", localised("Kotikäynnit 12 viikon ajan.", "Home visits over 12 weeks."))
            .put("result", localised("Kotikäynnit vähenivät.", "Home visits fell.")).put("recommendation", localised("Laajennetaan.", "Extend.")))
        .put("publishOutcome", true));
    assertThat(completed.status()).as(completed.text()).isEqualTo(200);

    String training = http.post("/api/v1/trainings", staff.token(), new JsonObject()
        .put("title", localised("Etämittauksen perusteet", "Remote monitoring basics")).put("description", localised("Teksti.", "Text."))
        .put("format", "onsite").put("contactPoint", "umea").put("startsAt", YEAR + "-12-18T09:00:00+01:00")
        .put("endsAt", YEAR + "-12-18T12:00:00+01:00").put("enrolmentClosesAt", YEAR + "-12-11T16:00:00+01:00")
        .put("capacity", 1).put("language", "fi").put("audience", new JsonArray().add("professionals"))).json().getString("id");
    User first = users.citizen("first");
    assertThat(http.post("/api/v1/trainings/" + training + "/enrolments", first.token(), new JsonObject()).status()).isEqualTo(201);
    assertThat(http.post("/api/v1/trainings/" + training + "/enrolments", citizen.token(), new JsonObject()).status()).isEqualTo(201);
    assertThat(http.delete("/api/v1/trainings/" + training + "/enrolments/me", first.token()).status())
        .as("the citizen moves up from the waitlist and is told").isEqualTo(204);
    String material = http.post("/api/v1/materials", staff.token(), new JsonObject().put("title", localised("Opas", "Guide"))
        .put("topic", "remote-monitoring").put("language", "fi").put("url", "https://example.org/guide")
        .put("trainingId", training)).json().getString("id");
    assertThat(http.post("/api/v1/contact-points/seinajoki/duty", staff.token(), new JsonObject().put("onDuty", true)).status())
        .isEqualTo(200);

    List<String> wrong = new ArrayList<>();
    try (SseClient stream = SseClient.open(app.port(), "/api/v1/events/stream?topics=announcement.posted", null, null)) {
      assertThat(http.post("/api/v1/contact-points/seinajoki/announcements", staff.token(),
          new JsonObject().put("text", localised("Testikoti on auki.", "The test home is open."))).status()).isEqualTo(201);
      collect("event announcement.posted", stream.next("announcement.posted", 10).data(), wrong);
    }

    app.execute("""
        DO $$ DECLARE c record; BEGIN
          FOR c IN SELECT table_name, column_name FROM information_schema.columns
                   WHERE table_schema = current_schema() AND data_type = 'timestamp with time zone'
                     AND table_name NOT IN (%s)
          LOOP
            EXECUTE format('UPDATE %%I SET %%I = date_trunc(''minute'', %%I)', c.table_name, c.column_name, c.column_name);
          END LOOP;
        END $$""".formatted(NOT_CUT));

    String admin = users.admin().token();
    List<String[]> reads = List.of(
        new String[] {"/api/v1/showcases", null}, new String[] {"/api/v1/showcases/" + showcase, null},
        new String[] {"/api/v1/trainings", null}, new String[] {"/api/v1/trainings/" + training, null},
        new String[] {"/api/v1/trainings/" + training + "/enrolments", staff.token()},
        new String[] {"/api/v1/me/trainings", citizen.token()}, new String[] {"/api/v1/me/notifications", citizen.token()},
        new String[] {"/api/v1/me/notifications", care.token()}, new String[] {"/api/v1/me/export", citizen.token()},
        new String[] {"/api/v1/me/digest", company.token()},
        new String[] {"/api/v1/challenges", null}, new String[] {"/api/v1/challenges/" + need, null},
        new String[] {"/api/v1/challenges/" + need + "/answers", care.token()},
        new String[] {"/api/v1/challenges/" + need + "/matches", null},
        new String[] {"/api/v1/pilots?showcaseId=" + showcase, null},
        new String[] {"/api/v1/organisations", null}, new String[] {"/api/v1/organisations/" + company.organisationId(), null},
        new String[] {"/api/v1/organisations/" + company.organisationId() + "/members", company.token()},
        new String[] {"/api/v1/materials", null}, new String[] {"/api/v1/materials/" + material, null},
        new String[] {"/api/v1/contact-points/seinajoki/announcements", null},
        new String[] {"/api/v1/contact-points/seinajoki/duty", null},
        new String[] {"/api/v1/moderation/queue", staff.token()}, new String[] {"/api/v1/audit", admin});
    int seen = 0;
    for (String[] read : reads) {
      Http.Response response = http.get(read[0], read[1]);
      assertThat(response.status()).as(read[0] + ": " + response.text()).isEqualTo(200);
      seen += collect(read[0], response.text().startsWith("[") ? new JsonObject().put("items", response.jsonArray()) : response.json(),
          wrong);
    }
    assertThat(seen).as("timestamps looked at").isGreaterThan(30);
    assertThat(wrong).isEmpty();
  }

  /** Adds every timestamp-looking string that is not RFC 3339 to {@code wrong}; answers how many it looked at. */
  private static int collect(String where, Object json, List<String> wrong) {
    int seen = 0;
    if (json instanceof JsonObject object) {
      for (String field : object.fieldNames()) seen += collect(where + " ." + field, object.getValue(field), wrong);
    } else if (json instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) seen += collect(where + "[" + i + "]", array.getValue(i), wrong);
    } else if (json instanceof String text && LOOKS_LIKE_A_TIME.matcher(text).matches()) {
      if (!RFC_3339.matcher(text).matches()) wrong.add(where + " = " + text);
      seen++;
    }
    return seen;
  }
}
