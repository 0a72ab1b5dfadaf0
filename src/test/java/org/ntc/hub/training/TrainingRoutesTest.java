package org.ntc.hub.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

class TrainingRoutesTest extends ApiTest {

  static JsonObject training(int capacity) {
    OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(10).withNano(0);
    return new JsonObject()
        .put("title", new JsonObject().put("fi", "Etämittauksen perusteet").put("sv", "Grunder i distansmätning").put("en", "Remote monitoring basics"))
        .put("description", new JsonObject().put("en", "Hands-on with the **kit**."))
        .put("format", "onsite").put("contactPoint", "seinajoki")
        .put("startsAt", start.toString()).put("endsAt", start.plusHours(3).toString())
        .put("capacity", capacity).put("language", "fi").put("audience", new JsonArray().add("professionals"));
  }

  /** Lets {@code moment} pass on the node's clock at once, instead of waiting for it. */
  static void letPass(OffsetDateTime moment) {
    app.clock().passes(moment);
  }

  private static String encode(OffsetDateTime time) {
    return URLEncoder.encode(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time), StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("staff publish a training; bad times, capacities and contact points are refused field by field")
  void createAndValidate() {
    User staff = users.staff("seinajoki");
    Http.Response created = http.post("/api/v1/trainings", staff.token(), training(12));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.json().getString("status")).isEqualTo("published");
    assertThat(created.json().getLong("seatsLeft")).isEqualTo(12);
    assertThat(created.json().getString("startsAt")).as("shown in the contact point's zone").matches(".*\\+0[23]:00");
    OffsetDateTime startsAt = OffsetDateTime.parse(created.json().getString("startsAt"));
    JsonObject listed = http.get("/api/v1/trainings?contactPoint=seinajoki&from=" + encode(startsAt) + "&to="
        + encode(startsAt.plusSeconds(1)), null).json();
    assertThat(listed.getJsonArray("items").stream().map(t -> (JsonObject) t)
        .filter(t -> t.getString("id").equals(created.json().getString("id"))).findFirst().orElseThrow()
        .getLong("waitlistLength")).isZero();

    String createdByStaff = "SELECT count(*) FROM training WHERE created_by = '" + staff.id() + "'";
    long before = app.count(createdByStaff);
    JsonObject bad = training(0).put("contactPoint", "vaasa").put("endsAt", OffsetDateTime.now().plusDays(1).toString())
        .put("format", "telepathy");
    Http.Response refused = http.post("/api/v1/trainings", staff.token(), bad);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
        .contains("capacity", "contactPoint", "endsAt", "format");
    assertThat(http.post("/api/v1/trainings", staff.token(), training(5).put("startsAt", "2020-01-01T09:00:00+02:00")
        .put("endsAt", "2020-01-01T10:00:00+02:00")).status()).isEqualTo(400);
    assertThat(http.post("/api/v1/trainings", staff.token(), training(-3)).status()).isEqualTo(400);
    assertThat(app.count(createdByStaff)).isEqualTo(before);
    assertThat(http.post("/api/v1/trainings", users.citizen("c").token(), training(5)).status()).isEqualTo(403);
    assertThat(http.post("/api/v1/trainings", null, training(5)).status()).isEqualTo(401);
  }

  @Test
  @DisplayName("50 simultaneous enrolments for 5 seats: exactly 5 confirmed, 45 waitlisted in arrival order")
  void noOverbooking() {
    User staff = users.staff("umea");
    String id = http.post("/api/v1/trainings", staff.token(), training(5)).json().getString("id");
    List<User> people = new ArrayList<>();
    for (int i = 0; i < 50; i++) people.add(users.citizen("rush"));
    List<Future<Http.Response>> all = new ArrayList<>();
    for (User person : people) all.add(http.postAsync("/api/v1/trainings/" + id + "/enrolments", person.token(), new JsonObject()));
    List<Http.Response> responses = all.stream().map(Http::awaitResult).toList();
    assertThat(responses).allSatisfy(r -> assertThat(r.status()).isEqualTo(201));
    assertThat(responses.stream().filter(r -> r.json().getString("status").equals("confirmed"))).hasSize(5);
    List<Long> positions = responses.stream().filter(r -> r.json().getString("status").equals("waitlisted"))
        .map(r -> r.json().getLong("position")).sorted().toList();
    assertThat(positions).hasSize(45).containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 45).boxed().toList());
    assertThat(app.count("SELECT count(*) FROM enrolment WHERE training_id = '" + id + "' AND status = 'confirmed'")).isEqualTo(5);
    JsonObject training = http.get("/api/v1/trainings/" + id, null).json();
    assertThat(training.getLong("seatsLeft")).isZero();
    assertThat(training.getLong("waitlistLength")).isEqualTo(45);
    // Each enrolment wrote its event with the counts it left, in the same transaction: all fifty
    // distinct, none lost, the last one the final state.
    String seats = "FROM event_log WHERE type = 'training.seats' AND payload->>'trainingId' = '" + id + "'";
    assertThat(app.count("SELECT count(*) " + seats)).isEqualTo(50);
    assertThat(app.count("SELECT count(DISTINCT (payload->>'seatsLeft', payload->>'waitlistLength')) " + seats)).isEqualTo(50);
    assertThat(app.count("SELECT count(*) " + seats + " AND (payload->>'seatsLeft')::int = 0 AND (payload->>'waitlistLength')::int = 45"))
        .isEqualTo(1);
    assertThat(app.count(KEPT_COUNTS_WRONG)).as("every pool's kept counts are its enrolments'").isZero();

    User confirmed = people.get(responses.indexOf(responses.stream().filter(r -> r.json().getString("status").equals("confirmed"))
        .findFirst().orElseThrow()));
    User first = people.get(responses.indexOf(responses.stream().filter(r -> r.json().getLong("position", 0L) == 1L)
        .findFirst().orElseThrow()));
    assertThat(http.delete("/api/v1/trainings/" + id + "/enrolments/me", confirmed.token()).status()).isEqualTo(204);
    assertThat(http.get("/api/v1/trainings/" + id, first.token()).json().getJsonObject("myEnrolment").getString("status"))
        .as("the first on the waitlist is offered the seat").isEqualTo("offered");
    assertThat(app.count("SELECT count(*) FROM enrolment WHERE training_id = '" + id + "' AND status IN ('confirmed', 'offered')"))
        .isEqualTo(5);
    assertThat(http.get("/api/v1/trainings/" + id, null).json().getLong("waitlistLength")).isEqualTo(44);
    assertThat(app.count("SELECT count(*) FROM notification WHERE account_id = '" + first.id() + "'")).isEqualTo(1);

    assertThat(http.post("/api/v1/trainings/" + id + "/enrolments", first.token(), new JsonObject()).status())
        .as("double enrolment").isEqualTo(409);
    assertThat(http.delete("/api/v1/trainings/" + id + "/enrolments/me", users.citizen("never").token()).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/trainings/" + id + "/enrolments", staff.token()).json().getInteger("total")).isEqualTo(49);
    assertThat(http.get("/api/v1/trainings/" + id + "/enrolments", first.token()).status()).isEqualTo(403);
    assertThat(http.get("/api/v1/trainings/" + id + "/enrolments", null).status()).isEqualTo(401);
    assertThat(app.count(KEPT_COUNTS_WRONG)).as("every pool's kept counts are its enrolments'").isZero();
  }

  /** Pools whose kept seat counts differ from their enrolments'. */
  static final String KEPT_COUNTS_WRONG = """
      SELECT count(*) FROM training_seat_pool p, LATERAL (
        SELECT count(*) FILTER (WHERE e.status = 'confirmed') AS confirmed, count(*) FILTER (WHERE e.status = 'offered') AS offered,
               count(*) FILTER (WHERE e.status = 'waitlisted') AS waitlisted
        FROM enrolment e WHERE e.training_id = p.training_id AND e.site = p.site) k
      WHERE (p.confirmed, p.offered, p.waitlisted) IS DISTINCT FROM (k.confirmed::int, k.offered::int, k.waitlisted::int)""";

  @Test
  @DisplayName("hybrid seat pools fill independently; enrolment names its site")
  void hybridPools() {
    User staff = users.staff("seinajoki");
    JsonObject hybrid = training(1).put("format", "hybrid").put("joinLink", "https://meet.example.org/room-7");
    hybrid.remove("capacity");
    hybrid.put("seatPools", new JsonArray()
        .add(new JsonObject().put("site", "seinajoki").put("capacity", 1))
        .add(new JsonObject().put("site", "umea").put("capacity", 1))
        .add(new JsonObject().put("site", "online").put("capacity", 2)));
    Http.Response created = http.post("/api/v1/trainings", staff.token(), hybrid);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String path = "/api/v1/trainings/" + created.json().getString("id") + "/enrolments";
    assertThat(http.post(path, users.citizen("a").token(), new JsonObject()).status()).as("site required").isEqualTo(400);
    assertThat(http.post(path, users.citizen("a").token(), new JsonObject().put("site", "umea")).json().getString("status")).isEqualTo("confirmed");
    User waiting = users.citizen("b");
    assertThat(http.post(path, waiting.token(), new JsonObject().put("site", "umea")).json().getString("status")).isEqualTo("waitlisted");
    String trainingPath = "/api/v1/trainings/" + created.json().getString("id");
    assertThat(http.get(trainingPath, waiting.token()).json().containsKey("joinLink")).as("not for the waitlisted").isFalse();
    assertThat(http.get(trainingPath, null).json().containsKey("joinLink")).as("not for visitors").isFalse();
    User online = users.citizen("c");
    assertThat(http.post(path, online.token(), new JsonObject().put("site", "online")).json().getString("status")).isEqualTo("confirmed");
    assertThat(http.get(trainingPath, online.token()).json().getString("joinLink")).isEqualTo("https://meet.example.org/room-7");
    JsonArray pools = http.get("/api/v1/trainings/" + created.json().getString("id"), null).json().getJsonArray("seatPools");
    assertThat(pools.stream().map(p -> (JsonObject) p).filter(p -> p.getString("site").equals("umea")).findFirst().orElseThrow()
        .getLong("waitlistLength")).isEqualTo(1);
    assertThat(pools.stream().map(p -> (JsonObject) p).filter(p -> p.getString("site").equals("online")).findFirst().orElseThrow()
        .getLong("seatsLeft")).isEqualTo(1);
    assertThat(pools.stream().map(p -> (JsonObject) p).filter(p -> p.getString("site").equals("seinajoki")).findFirst().orElseThrow()
        .getLong("seatsLeft")).isEqualTo(1);
  }

  @Test
  @DisplayName("once it has started, staff mark attendance; an attendee downloads a certificate, others cannot")
  void attendanceAndCertificate() throws Exception {
    User staff = users.staff("seinajoki");
    User attendee = users.citizen("attendee");
    User absent = users.citizen("absent");
    OffsetDateTime start = app.clock().now().plusSeconds(2);
    JsonObject soon = training(5).put("startsAt", start.toString()).put("endsAt", start.plusHours(1).toString());
    String id = http.post("/api/v1/trainings", staff.token(), soon).json().getString("id");
    http.post("/api/v1/trainings/" + id + "/enrolments", attendee.token(), new JsonObject());
    http.post("/api/v1/trainings/" + id + "/enrolments", absent.token(), new JsonObject());
    JsonObject mark = new JsonObject().put("accountId", attendee.id()).put("attended", true);
    assertThat(http.post("/api/v1/trainings/" + id + "/attendance", staff.token(), mark).status()).as("not started yet").isEqualTo(409);
    letPass(start);
    assertThat(http.post("/api/v1/trainings/" + id + "/attendance", attendee.token(), mark).status()).isEqualTo(403);
    assertThat(http.post("/api/v1/trainings/" + id + "/attendance", staff.token(), mark).status()).isEqualTo(200);
    assertThat(http.post("/api/v1/trainings/" + id + "/attendance", staff.token(), mark.copy().put("attended", "yes")).status())
        .isEqualTo(400);
    Http.Response pdf = http.get("/api/v1/trainings/" + id + "/certificate.pdf?lang=fi", attendee.token());
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
    assertThat(pdf.body().getString(0, 5)).isEqualTo("%PDF-");
    assertThat(http.get("/api/v1/trainings/" + id + "/certificate.pdf", absent.token()).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/trainings/" + id + "/certificate.pdf", null).status()).isEqualTo(401);
    JsonObject mine = http.get("/api/v1/me/trainings", attendee.token()).json();
    assertThat(mine.getJsonArray("items").getJsonObject(0).getBoolean("attended")).isTrue();
    assertThat(http.get("/api/v1/trainings/" + id + "/enrolments", staff.token()).json().getJsonArray("items").stream()
        .map(e -> (JsonObject) e).filter(e -> e.getBoolean("attended")).count()).isEqualTo(1);
  }

  @Test
  @DisplayName("a personal calendar feed lists one's trainings and stops working when rotated or revoked")
  void personalFeed() throws Exception {
    User staff = users.staff("umea");
    String id = http.post("/api/v1/trainings", staff.token(), training(5).put("contactPoint", "umea")).json().getString("id");
    User person = users.citizen("feed");
    http.post("/api/v1/trainings/" + id + "/enrolments", person.token(), new JsonObject());
    assertThat(http.post("/api/v1/me/calendar-feed", null, null).status()).isEqualTo(401);
    String url = http.post("/api/v1/me/calendar-feed", person.token(), null).json().getString("url");
    Http.Response feed = http.get(url, null);
    assertThat(feed.status()).isEqualTo(200);
    Calendar calendar = new CalendarBuilder().build(new StringReader(feed.text()));
    assertThat(calendar.getComponents("VEVENT")).hasSize(1);
    assertThat(feed.text()).contains("TZID=Europe/Stockholm", id + "@ntc-hub");
    assertThat(app.dumpContains(url.substring(10, url.length() - 4))).as("the secret is stored only as a hash").isFalse();
    String rotated = http.post("/api/v1/me/calendar-feed", person.token(), null).json().getString("url");
    assertThat(http.get(url, null).status()).isEqualTo(404);
    assertThat(http.get(rotated, null).status()).isEqualTo(200);
    assertThat(http.delete("/api/v1/me/calendar-feed", person.token()).status()).isEqualTo(204);
    assertThat(http.get(rotated, null).status()).isEqualTo(404);
  }

  @Test
  @DisplayName("enrolment closes at its deadline")
  void deadline() throws Exception {
    User staff = users.staff("seinajoki");
    User late = users.citizen("late");
    OffsetDateTime closes = app.clock().now().plusSeconds(1);
    String id = http.post("/api/v1/trainings", staff.token(), training(5).put("enrolmentClosesAt", closes.toString()))
        .json().getString("id");
    letPass(closes);
    assertThat(http.post("/api/v1/trainings/" + id + "/enrolments", late.token(), new JsonObject()).status()).isEqualTo(409);
  }

  @Test
  @DisplayName("calendar.ics parses with ical4j and keeps local time across the daylight-saving change")
  void calendar() throws Exception {
    User staff = users.staff("seinajoki");
    int year = OffsetDateTime.now().getYear() + 1;
    JsonObject before = training(5).put("startsAt", year + "-03-26T09:00:00+02:00").put("endsAt", year + "-03-26T11:00:00+02:00");
    JsonObject after = training(5).put("startsAt", year + "-04-02T09:00:00+03:00").put("endsAt", year + "-04-02T11:00:00+03:00");
    for (JsonObject t : List.of(before, after)) {
      String id = http.post("/api/v1/trainings", staff.token(), t).json().getString("id");
      Http.Response ics = http.get("/api/v1/trainings/" + id + "/calendar.ics?lang=sv", null);
      assertThat(ics.status()).isEqualTo(200);
      assertThat(ics.header("Content-Type")).startsWith("text/calendar");
      Calendar calendar = new CalendarBuilder().build(new StringReader(ics.text()));
      VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
      assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(id + "@ntc-hub");
      assertThat(event.getSummary().getValue()).isEqualTo("Grunder i distansmätning");
      assertThat(ics.text()).contains("DTSTART;TZID=Europe/Helsinki:" + (t == before ? year + "0326" : year + "0402") + "T090000")
          .contains("BEGIN:VTIMEZONE");
    }
  }

  @Test
  @DisplayName("a member's training waits for staff review before it is public")
  void moderated() {
    User member = users.orgMember("care");
    Http.Response created = http.post("/api/v1/trainings", member.token(), training(8).put("organisationId", member.organisationId()));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.json().getString("status")).isEqualTo("pending");
    String id = created.json().getString("id");
    assertThat(http.get("/api/v1/trainings/" + id, null).status()).isEqualTo(404);
    User staff = users.staff("umea");
    assertThat(http.get("/api/v1/moderation/queue", staff.token()).json().getJsonArray("trainings").stream()
        .map(t -> ((JsonObject) t).getString("id"))).contains(id);
    var queue = PageHtml.main(http.get("/moderation?lang=fi", staff.token()).text());
    assertThat(queue.selectFirst("h2:containsOwn(Koulutukset) + ol.queue").select("form[action=/trainings/" + id + "/review]")).hasSize(1);
    assertThat(http.post("/api/v1/trainings/" + id + "/review", member.token(), new JsonObject().put("decision", "approve"))
        .status()).isEqualTo(403);
    assertThat(http.post("/api/v1/trainings/" + id + "/review", staff.token(), new JsonObject().put("decision", "approve"))
        .json().getString("status")).isEqualTo("published");
    assertThat(http.get("/api/v1/trainings/" + id, null).status()).isEqualTo(200);
    assertThat(PageHtml.mainText(http.get("/trainings/" + id + "?lang=fi", null).text())).contains("Etämittauksen perusteet", "8 paikkaa jäljellä");
  }
}
