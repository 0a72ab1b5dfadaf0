package org.ntc.hub.training;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.io.TimezoneAssignment;
import biweekly.io.TimezoneInfo;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users.User;

/**
 * Calendar files read by a second RFC 5545 parser (biweekly), which knows nothing of the zones
 * ical4j bundles: each event's time must come out as the training's own instant.
 */
class CalendarFilesTest extends ApiTest {
  private static final int YEAR = OffsetDateTime.now().getYear() + 1;
  private static final Pattern ZONE_DEFINED = Pattern.compile("(?m)^TZID:(.+?)\\r?$");
  private static final Pattern ZONE_USED = Pattern.compile(";TZID=([^:;]+)[:;]");

  private String training(User staff, String contactPoint, String startsAt, String endsAt) {
    Http.Response created = http.post("/api/v1/trainings", staff.token(), TrainingRoutesTest.training(5)
        .put("contactPoint", contactPoint).put("startsAt", startsAt).put("endsAt", endsAt));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().getString("id");
  }

  @Test
  @DisplayName("a training's calendar file gives Seinäjoki and Umeå times at their true instant, winter and summer")
  void singleFiles() {
    User staff = users.staff("umea");
    List<String> ids = List.of(
        training(staff, "umea", YEAR + "-01-14T09:00:00+01:00", YEAR + "-01-14T11:00:00+01:00"),
        training(staff, "umea", YEAR + "-06-16T13:30:00+02:00", YEAR + "-06-16T15:00:00+02:00"),
        training(staff, "seinajoki", YEAR + "-01-14T09:00:00+02:00", YEAR + "-01-14T11:00:00+02:00"),
        training(staff, "seinajoki", YEAR + "-06-16T13:30:00+03:00", YEAR + "-06-16T15:00:00+03:00"));
    for (String id : ids) {
      Http.Response ics = http.get("/api/v1/trainings/" + id + "/calendar.ics?lang=fi", null);
      assertThat(ics.status()).as(ics.text()).isEqualTo(200);
      assertThat(ics.header("Content-Type")).startsWith("text/calendar");
      assertReadsRight(ics.text(), List.of(http.get("/api/v1/trainings/" + id, null).json()));
    }
  }

  @Test
  @DisplayName("a personal feed with trainings on both sides of the Gulf of Bothnia reads right in another parser")
  void personalFeed() {
    User staff = users.staff("seinajoki");
    List<String> ids = List.of(
        training(staff, "seinajoki", YEAR + "-12-18T09:00:00+02:00", YEAR + "-12-18T12:00:00+02:00"),
        training(staff, "umea", YEAR + "-12-18T09:00:00+01:00", YEAR + "-12-18T12:00:00+01:00"),
        training(staff, "umea", YEAR + "-07-01T10:00:00+02:00", YEAR + "-07-01T11:00:00+02:00"));
    User person = users.citizen("feed");
    for (String id : ids) {
      assertThat(http.post("/api/v1/trainings/" + id + "/enrolments", person.token(), new JsonObject()).status()).isEqualTo(201);
    }
    String url = http.post("/api/v1/me/calendar-feed", person.token(), null).json().getString("url");
    Http.Response feed = http.get(url + "?lang=sv", null);
    assertThat(feed.status()).as(feed.text()).isEqualTo(200);
    List<JsonObject> trainings = ids.stream().map(id -> http.get("/api/v1/trainings/" + id, null).json()).toList();
    assertReadsRight(feed.text(), trainings);
  }

  private static void assertReadsRight(String ics, List<JsonObject> trainings) {
    assertThat(defined(ZONE_DEFINED, ics)).as("every VTIMEZONE is one that DTSTART/DTEND name, and the other way round")
        .isEqualTo(defined(ZONE_USED, ics));
    List<List<ParseWarning>> warnings = new ArrayList<>();
    ICalendar calendar = Biweekly.parse(ics).warnings(warnings).first();
    assertThat(warnings.stream().flatMap(List::stream).map(ParseWarning::toString)).as("biweekly's warnings").isEmpty();
    assertThat(calendar.getEvents()).hasSize(trainings.size());
    TimezoneInfo zones = calendar.getTimezoneInfo();
    for (JsonObject training : trainings) {
      VEvent event = calendar.getEvents().stream()
          .filter(e -> e.getUid().getValue().equals(training.getString("id") + "@ntc-hub")).findFirst().orElseThrow();
      TimezoneAssignment zone = zones.getTimezone(event.getDateStart());
      assertThat(zone).as("DTSTART is tied to a zone, not floating").isNotNull();
      assertThat(zone.getComponent()).as("by the file's own VTIMEZONE").isNotNull();
      assertThat(zone.getComponent().getTimezoneId().getValue()).isEqualTo(training.getString("timeZone"));
      assertThat(event.getDateStart().getValue().toInstant())
          .as("start of %s in %s", training.getString("startsAt"), training.getString("timeZone"))
          .isEqualTo(Instant.from(OffsetDateTime.parse(training.getString("startsAt"))));
      assertThat(event.getDateEnd().getValue().toInstant())
          .isEqualTo(Instant.from(OffsetDateTime.parse(training.getString("endsAt"))));
    }
  }

  private static Set<String> defined(Pattern pattern, String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) found.add(matcher.group(1));
    return found;
  }
}
