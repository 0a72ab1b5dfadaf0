package org.ntc.hub.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users.User;

/** Organisers edit, reschedule and cancel trainings: who may, what is refused, who is told, what calendars say. */
class TrainingChangesTest extends ApiTest {

  /** A training ten days after the node's now, whatever other tests did to its clock. */
  static JsonObject training(int capacity) {
    OffsetDateTime start = OffsetDateTime.ofInstant(app.clock().instant(), ZoneOffset.UTC).plusDays(10).withNano(0).withSecond(0);
    return TrainingRoutesTest.training(capacity).put("startsAt", start.toString()).put("endsAt", start.plusHours(3).toString());
  }

  private String create(User by, JsonObject body) {
    Http.Response created = http.post("/api/v1/trainings", by.token(), body);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().getString("id");
  }

  private long notifications(User person, String kind, String id) {
    return app.count("SELECT count(*) FROM notification WHERE account_id = '" + person.id() + "' AND kind = '" + kind
        + "' AND payload->>'trainingId' = '" + id + "'");
  }

  private String ics(String id) {
    Http.Response file = http.get("/api/v1/trainings/" + id + "/calendar.ics", null);
    assertThat(file.status()).isEqualTo(200);
    return file.text().replace("\r\n ", "");
  }

  @Test
  @DisplayName("only staff and the organising organisation's members edit or cancel: anonymous 401, others 403, a hidden one 404")
  void whoMay() {
    User staff = users.staff("seinajoki");
    String id = create(staff, training(5));
    JsonObject change = new JsonObject().put("room", "Lab 2");
    assertThat(http.patch("/api/v1/trainings/" + id, null, change).status()).isEqualTo(401);
    assertThat(http.post("/api/v1/trainings/" + id + "/cancel", null, new JsonObject().put("reason", "Trainer ill")).status())
        .isEqualTo(401);
    User outsider = users.orgMember("company");
    assertThat(http.patch("/api/v1/trainings/" + id, outsider.token(), change).status()).isEqualTo(403);
    assertThat(http.post("/api/v1/trainings/" + id + "/cancel", outsider.token(), new JsonObject().put("reason", "Nope")).status())
        .isEqualTo(403);
    assertThat(http.patch("/api/v1/trainings/" + id, users.citizen("c").token(), change).status()).isEqualTo(403);

    User member = users.orgMember("care");
    String pending = create(member, training(5).put("organisationId", member.organisationId()));
    assertThat(http.patch("/api/v1/trainings/" + pending, outsider.token(), change).status())
        .as("a pending training of another organisation is hidden").isEqualTo(404);
    Http.Response byMember = http.patch("/api/v1/trainings/" + pending, member.token(), change.copy().put("trainer", "Dr. Aino Niemi"));
    assertThat(byMember.status()).as(byMember.text()).isEqualTo(200);
    assertThat(byMember.json().getString("room")).isEqualTo("Lab 2");
    assertThat(byMember.json().getString("trainer")).isEqualTo("Dr. Aino Niemi");
    assertThat(byMember.json().getString("status")).isEqualTo("pending");

    Http.Response byStaff = http.patch("/api/v1/trainings/" + id, staff.token(), change);
    assertThat(byStaff.status()).as(byStaff.text()).isEqualTo(200);
    assertThat(byStaff.json().getInteger("sequence")).isEqualTo(1);
    assertThat(http.patch("/api/v1/trainings/" + id, staff.token(), change).json().getInteger("sequence"))
        .as("the same values again are no change").isEqualTo(1);
    assertThat(http.raw(io.vertx.core.http.HttpMethod.PATCH, "/api/v1/trainings/" + id,
        io.vertx.core.MultiMap.caseInsensitiveMultiMap().add("Authorization", "Bearer " + staff.token()), null).status())
        .as("an empty body changes nothing").isEqualTo(200);
  }

  @Test
  @DisplayName("bad edits are refused field by field and change nothing")
  void badInput() {
    User staff = users.staff("umea");
    String id = create(staff, training(5));
    String row = "SELECT count(*) FROM training WHERE id = '" + id + "' AND sequence = 0 AND title->>'en' = 'Remote monitoring basics'";
    assertThat(app.count(row)).isEqualTo(1);
    Http.Response refused = http.patch("/api/v1/trainings/" + id, staff.token(), new JsonObject()
        .put("title", new JsonObject().put("en", "x")).put("capacity", 0).put("format", "telepathy").put("colour", "red")
        .put("joinLink", "javascript:alert(1)"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")))
        .contains("title.en", "capacity", "format", "colour", "joinLink");
    OffsetDateTime start = OffsetDateTime.parse(http.get("/api/v1/trainings/" + id, null).json().getString("startsAt"));
    Http.Response backwards = http.patch("/api/v1/trainings/" + id, staff.token(),
        new JsonObject().put("endsAt", start.minusHours(1).toString()));
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("endsAt");
    Http.Response past = http.patch("/api/v1/trainings/" + id, staff.token(), new JsonObject()
        .put("startsAt", "2020-01-01T09:00:00+02:00").put("endsAt", "2020-01-01T10:00:00+02:00"));
    assertThat(past.status()).isEqualTo(400);
    assertThat(http.patch("/api/v1/trainings/" + id, staff.token(), new JsonObject().put("seatPools", new JsonArray()
        .add(new JsonObject().put("site", "umea").put("capacity", 3)))).status()).as("a plain training has no site pools").isEqualTo(400);
    assertThat(http.post("/api/v1/trainings/" + id + "/cancel", staff.token(), new JsonObject()).status())
        .as("a cancellation needs its reason").isEqualTo(400);
    assertThat(http.post("/api/v1/trainings/" + id + "/cancel", staff.token(), new JsonObject().put("reason", " ")).status())
        .isEqualTo(400);
    assertThat(app.count(row)).isEqualTo(1);
  }

  @Test
  @DisplayName("seats never drop below those confirmed (409); more seats confirm the waitlist at once, who are told")
  void capacity() {
    User staff = users.staff("seinajoki");
    String id = create(staff, training(2));
    List<User> people = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      User person = users.citizen("seat");
      people.add(person);
      assertThat(http.post("/api/v1/trainings/" + id + "/enrolments", person.token(), new JsonObject()).status()).isEqualTo(201);
    }
    Http.Response lower = http.patch("/api/v1/trainings/" + id, staff.token(), new JsonObject().put("capacity", 1));
    assertThat(lower.status()).isEqualTo(409);
    assertThat(lower.json().getString("detail")).contains("below the 2 seats already confirmed");
    Http.Response raised = http.patch("/api/v1/trainings/" + id, staff.token(), new JsonObject().put("capacity", 3));
    assertThat(raised.status()).as(raised.text()).isEqualTo(200);
    assertThat(raised.json().getInteger("capacity")).isEqualTo(3);
    assertThat(raised.json().getLong("seatsLeft")).isZero();
    assertThat(raised.json().getLong("waitlistLength")).isEqualTo(1);
    assertThat(http.get("/api/v1/trainings/" + id, people.get(2).token()).json().getJsonObject("myEnrolment").getString("status"))
        .as("the first on the waitlist is confirmed").isEqualTo("confirmed");
    assertThat(http.get("/api/v1/trainings/" + id, people.get(3).token()).json().getJsonObject("myEnrolment").getString("status"))
        .isEqualTo("waitlisted");
    assertThat(notifications(people.get(2), "enrolment.confirmed", id)).isEqualTo(1);
    assertThat(notifications(people.get(3), "enrolment.confirmed", id)).isZero();
    assertThat(app.count("SELECT count(*) FROM enrolment WHERE training_id = '" + id + "' AND status = 'confirmed'")).isEqualTo(3);
    assertThat(http.patch("/api/v1/trainings/" + id, staff.token(), new JsonObject().put("capacity", 3)).status())
        .as("down to exactly the confirmed count is fine").isEqualTo(200);
  }

  @Test
  @DisplayName("hybrid pools resize per site; a pool never shrinks below its confirmed seats")
  void hybridPools() {
    User staff = users.staff("umea");
    JsonObject hybrid = training(1).put("format", "hybrid");
    hybrid.remove("capacity");
    hybrid.put("seatPools", new JsonArray().add(new JsonObject().put("site", "umea").put("capacity", 1))
        .add(new JsonObject().put("site", "online").put("capacity", 5)));
    String id = create(staff, hybrid);
    User first = users.citizen("room");
    User second = users.citizen("room");
    http.post("/api/v1/trainings/" + id + "/enrolments", first.token(), new JsonObject().put("site", "umea"));
    http.post("/api/v1/trainings/" + id + "/enrolments", second.token(), new JsonObject().put("site", "umea"));
    assertThat(http.patch("/api/v1/trainings/" + id, staff.token(), new JsonObject().put("capacity", 4)).status()).isEqualTo(400);
    assertThat(http.patch("/api/v1/trainings/" + id, staff.token(), new JsonObject().put("format", "onsite")).status())
        .as("seats per site stay hybrid").isEqualTo(400);
    Http.Response grown = http.patch("/api/v1/trainings/" + id, staff.token(), new JsonObject().put("seatPools", new JsonArray()
        .add(new JsonObject().put("site", "umea").put("capacity", 2))));
    assertThat(grown.status()).as(grown.text()).isEqualTo(200);
    assertThat(http.get("/api/v1/trainings/" + id, second.token()).json().getJsonObject("myEnrolment").getString("status"))
        .isEqualTo("confirmed");
    assertThat(http.patch("/api/v1/trainings/" + id, staff.token(), new JsonObject().put("seatPools", new JsonArray()
        .add(new JsonObject().put("site", "umea").put("capacity", 1)))).status()).isEqualTo(409);
  }

  @Test
  @DisplayName("a reschedule tells everyone enrolled or waiting and counts up the calendar's SEQUENCE; a new start keeps the length")
  void reschedule() {
    User staff = users.staff("seinajoki");
    String id = create(staff, training(1));
    User confirmed = users.citizen("moved");
    User waiting = users.citizen("moved");
    User left = users.citizen("moved");
    for (User person : List.of(confirmed, waiting, left)) {
      http.post("/api/v1/trainings/" + id + "/enrolments", person.token(), new JsonObject());
    }
    http.delete("/api/v1/trainings/" + id + "/enrolments/me", left.token());
    assertThat(ics(id)).contains("SEQUENCE:0").contains("STATUS:CONFIRMED");
    JsonObject before = http.get("/api/v1/trainings/" + id, null).json();
    OffsetDateTime start = OffsetDateTime.parse(before.getString("startsAt"));
    Http.Response moved = http.patch("/api/v1/trainings/" + id, staff.token(), new JsonObject()
        .put("startsAt", start.plusDays(1).toString()).put("streetAddress", "Kampusranta 9, Seinäjoki"));
    assertThat(moved.status()).as(moved.text()).isEqualTo(200);
    assertThat(OffsetDateTime.parse(moved.json().getString("endsAt")).toInstant())
        .isEqualTo(OffsetDateTime.parse(before.getString("endsAt")).plusDays(1).toInstant());
    assertThat(OffsetDateTime.parse(moved.json().getString("enrolmentClosesAt")).toInstant())
        .as("a deadline that was the start moves with it").isEqualTo(start.plusDays(1).toInstant());
    assertThat(notifications(confirmed, "training.changed", id)).isEqualTo(1);
    assertThat(notifications(waiting, "training.changed", id)).isEqualTo(1);
    assertThat(notifications(left, "training.changed", id)).as("one who left is not told").isZero();
    assertThat(app.count("SELECT count(*) FROM event_log WHERE type = 'training.changed' AND payload->>'trainingId' = '" + id
        + "' AND payload->>'change' = 'rescheduled'")).isEqualTo(1);
    String file = ics(id);
    assertThat(file).contains("SEQUENCE:1").contains("Kampusranta 9");
  }

  @Test
  @DisplayName("a cancelled training: participants told why, calendars say STATUS:CANCELLED, enrolment 409, gone from the list")
  void cancel() {
    User staff = users.staff("umea");
    String id = create(staff, training(3));
    User person = users.citizen("called-off");
    http.post("/api/v1/trainings/" + id + "/enrolments", person.token(), new JsonObject());
    String feed = http.post("/api/v1/me/calendar-feed", person.token(), null).json().getString("url");
    Http.Response cancelled = http.post("/api/v1/trainings/" + id + "/cancel", staff.token(),
        new JsonObject().put("reason", "The trainer is ill; a new date follows."));
    assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
    assertThat(cancelled.json().getString("status")).isEqualTo("cancelled");
    assertThat(cancelled.json().getString("cancelReason")).isEqualTo("The trainer is ill; a new date follows.");
    assertThat(notifications(person, "training.cancelled", id)).isEqualTo(1);
    assertThat(app.count("SELECT count(*) FROM notification WHERE account_id = '" + person.id()
        + "' AND payload->>'reason' = 'The trainer is ill; a new date follows.'")).isEqualTo(1);
    String file = ics(id);
    assertThat(file).contains("STATUS:CANCELLED").contains("SEQUENCE:1");
    String path = feed.substring(feed.indexOf("/calendar/"));
    assertThat(http.get(path, null).text()).as("the person's feed keeps it, marked cancelled").contains("STATUS:CANCELLED");

    JsonObject shown = http.get("/api/v1/trainings/" + id, null).json();
    assertThat(shown.getString("status")).as("still readable by anyone").isEqualTo("cancelled");
    assertThat(http.post("/api/v1/trainings/" + id + "/enrolments", users.citizen("late").token(), new JsonObject()).status())
        .isEqualTo(409);
    assertThat(http.post("/api/v1/trainings/" + id + "/cancel", staff.token(), new JsonObject().put("reason", "Again")).status())
        .isEqualTo(409);
    assertThat(http.patch("/api/v1/trainings/" + id, staff.token(), new JsonObject().put("room", "B")).status()).isEqualTo(409);
    OffsetDateTime start = OffsetDateTime.parse(shown.getString("startsAt"));
    JsonArray listed = http.get("/api/v1/trainings?from=" + java.net.URLEncoder.encode(start.minusMinutes(1).toString(),
        java.nio.charset.StandardCharsets.UTF_8), null).json().getJsonArray("items");
    assertThat(listed.stream().map(t -> ((JsonObject) t).getString("id"))).doesNotContain(id);
    JsonArray mine = http.get("/api/v1/me/trainings", person.token()).json().getJsonArray("items");
    assertThat(mine.stream().map(t -> (JsonObject) t).filter(t -> t.getString("trainingId").equals(id)).findFirst().orElseThrow()
        .getString("trainingStatus")).isEqualTo("cancelled");
  }

  @Test
  @DisplayName("seats grow while 30 people enrol at once: confirmed never exceeds capacity, the waitlist keeps arrival order")
  void growingUnderLoad() {
    User staff = users.staff("seinajoki");
    String id = create(staff, training(5));
    List<User> people = new ArrayList<>();
    for (int i = 0; i < 30; i++) people.add(users.citizen("crowd"));
    List<io.vertx.core.Future<Http.Response>> all = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      all.add(http.postAsync("/api/v1/trainings/" + id + "/enrolments", people.get(i).token(), new JsonObject()));
      if (i % 10 == 5) all.add(http.callAsync(io.vertx.core.http.HttpMethod.PATCH, "/api/v1/trainings/" + id, staff.token(),
          new JsonObject().put("capacity", 5 + i)));
    }
    all.forEach(Http::awaitResult);
    String confirmed = "SELECT count(*) FROM enrolment WHERE training_id = '" + id + "' AND status = 'confirmed'";
    String waiting = "SELECT count(*) FROM enrolment WHERE training_id = '" + id + "' AND status = 'waitlisted'";
    int capacity = http.get("/api/v1/trainings/" + id, null).json().getInteger("capacity");
    assertThat(app.count(confirmed)).as("never more than the seats").isEqualTo(Math.min(30, capacity));
    assertThat(app.count(waiting)).isEqualTo(30 - Math.min(30, capacity));
    assertThat(http.patch("/api/v1/trainings/" + id, staff.token(), new JsonObject().put("capacity", 30)).status()).isEqualTo(200);
    assertThat(app.count(confirmed)).isEqualTo(30);
    assertThat(app.count(waiting)).isZero();
    Http.Response shrink = http.patch("/api/v1/trainings/" + id, staff.token(), new JsonObject().put("capacity", 29));
    assertThat(shrink.status()).isEqualTo(409);
  }
}
