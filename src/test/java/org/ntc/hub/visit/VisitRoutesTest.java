package org.ntc.hub.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ntc.hub.support.AuthorisationMatrix.NOT_ASKED;
import static org.ntc.hub.support.AuthorisationMatrix.tokenOf;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.AuthorisationMatrix;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users.User;

class VisitRoutesTest extends ApiTest {
  private static final AtomicInteger DAY = new AtomicInteger(20);

  /** A slot of its own day in the weeks ahead, so that no other test's slot shares its listing window. */
  static JsonObject slot(String kind, int capacity) {
    OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(2)).truncatedTo(ChronoUnit.DAYS).plusDays(DAY.incrementAndGet())
        .withHour(10);
    JsonObject slot = new JsonObject().put("kind", kind).put("startsAt", start.toString()).put("endsAt", start.plusMinutes(90).toString())
        .put("capacity", capacity).put("languages", new JsonArray().add("fi").add("en"))
        .put("description", new JsonObject().put("en", "Meet the devices with a guide").put("fi", "Tutustu laitteisiin oppaan kanssa"));
    if (kind.equals("virtual")) slot.put("meetingLink", "https://meet.example.org/study-" + DAY.get());
    return slot;
  }

  static String create(Http http, User staff, String contactPoint, JsonObject slot) {
    Http.Response created = http.post("/api/v1/contact-points/" + contactPoint + "/slots", staff.token(), slot);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().getString("id");
  }

  private JsonObject listed(String contactPoint, String slotId, String token) {
    JsonArray items = http.get("/api/v1/contact-points/" + contactPoint + "/slots?pageSize=100&to="
        + OffsetDateTime.now().plusYears(1).toLocalDate(), token).json().getJsonArray("items");
    return items.stream().map(JsonObject.class::cast).filter(s -> s.getString("id").equals(slotId)).findFirst().orElse(null);
  }

  private static JsonObject booking(String slotId) {
    return new JsonObject().put("slotId", slotId);
  }

  @Test
  @DisplayName("many people racing for the last place: exactly one gets it, and the slot never holds more than its capacity")
  void lastPlaceRace() {
    User staff = users.staff("seinajoki");
    String id = create(http, staff, "seinajoki", slot("showroom", 3));
    for (int i = 0; i < 2; i++) {
      assertThat(http.post("/api/v1/bookings", users.citizen("early").token(), booking(id)).status()).isEqualTo(201);
    }
    List<User> racers = new ArrayList<>();
    for (int i = 0; i < 24; i++) racers.add(users.citizen("racer"));
    List<Future<Http.Response>> all = new ArrayList<>();
    for (User racer : racers) all.add(http.postAsync("/api/v1/bookings", racer.token(), booking(id)));
    List<Http.Response> answers = all.stream().map(Http::awaitResult).toList();
    assertThat(answers.stream().filter(r -> r.status() == 201)).hasSize(1);
    assertThat(answers.stream().filter(r -> r.status() == 409)).hasSize(23)
        .allSatisfy(r -> assertThat(r.json().getString("detail")).isEqualTo("The visit is full"));
    assertThat(app.count("SELECT count(*) FROM visit_booking WHERE slot_id = '" + id + "' AND status = 'confirmed'")).isEqualTo(3);
    JsonObject full = listed("seinajoki", id, null);
    assertThat(full.getInteger("booked")).isEqualTo(3);
    assertThat(full.getInteger("placesLeft")).isZero();
  }

  @Test
  @DisplayName("a cancelled booking frees its place for the next person; booking twice is refused with 409")
  void cancellationFreesThePlace() {
    User staff = users.staff("umea");
    String id = create(http, staff, "umea", slot("test-home", 1));
    User first = users.citizen("first");
    User second = users.citizen("second");
    Http.Response booked = http.post("/api/v1/bookings", first.token(), booking(id));
    assertThat(booked.status()).isEqualTo(201);
    assertThat(booked.json().getString("status")).isEqualTo("confirmed");
    assertThat(http.post("/api/v1/bookings", first.token(), booking(id)).status()).as("twice").isEqualTo(409);
    assertThat(http.post("/api/v1/bookings", second.token(), booking(id)).status()).as("full").isEqualTo(409);
    assertThat(http.delete("/api/v1/bookings/" + booked.json().getString("id"), first.token()).status()).isEqualTo(204);
    assertThat(http.delete("/api/v1/bookings/" + booked.json().getString("id"), first.token()).status()).as("again").isEqualTo(409);
    assertThat(listed("umea", id, null).getInteger("placesLeft")).isEqualTo(1);
    assertThat(http.post("/api/v1/bookings", second.token(), booking(id)).status()).isEqualTo(201);
    assertThat(http.get("/api/v1/me/bookings", first.token()).json().getJsonArray("items").stream()
        .map(JsonObject.class::cast).map(b -> b.getString("slotId"))).doesNotContain(id);
    assertThat(http.get("/api/v1/me/notifications", second.token()).text()).contains("visit.booked");
  }

  @Test
  @DisplayName("a virtual visit's meeting link reaches only the people booked on it and staff: never the listing")
  void meetingLinkOnlyForBookers() {
    User staff = users.staff("seinajoki");
    JsonObject virtual = slot("virtual", 5);
    String link = virtual.getString("meetingLink");
    Http.Response created = http.post("/api/v1/contact-points/seinajoki/slots", staff.token(), virtual);
    assertThat(created.json().getString("meetingLink")).as("staff see it").isEqualTo(link);
    String id = created.json().getString("id");
    User booker = users.citizen("booker");
    User other = users.citizen("other");
    Http.Response booked = http.post("/api/v1/bookings", booker.token(), booking(id));
    assertThat(booked.json().getJsonObject("slot").getString("meetingLink")).isEqualTo(link);
    for (String token : new String[] {null, other.token(), booker.token(), staff.token()}) {
      assertThat(http.get("/api/v1/contact-points/seinajoki/slots?pageSize=100&to=" + OffsetDateTime.now().plusYears(1).toLocalDate(),
          token).text()).doesNotContain(link);
    }
    assertThat(listed("seinajoki", id, booker.token()).getBoolean("bookedByMe")).isTrue();
    assertThat(listed("seinajoki", id, other.token()).getBoolean("bookedByMe")).isFalse();
    assertThat(http.get("/api/v1/me/bookings", booker.token()).text()).contains(link);
    assertThat(http.get("/api/v1/me/bookings", other.token()).text()).doesNotContain(link);

    String url = http.post("/api/v1/me/calendar-feed", booker.token(), null).json().getString("url");
    String feed = http.get(url + "?lang=en", null).text();
    assertThat(feed).contains("Virtual study visit", "BEGIN:VEVENT", "TZID=Europe/Helsinki");
    assertThat(feed.replace("\r\n ", "")).contains(link);
    String otherUrl = http.post("/api/v1/me/calendar-feed", other.token(), null).json().getString("url");
    assertThat(http.get(otherUrl, null).text().replace("\r\n ", "")).doesNotContain(link);
  }

  @Test
  @DisplayName("a cancelled slot tells its bookers and frees them; an erased account gives its place back")
  void slotCancelledAndAccountErased() {
    User staff = users.staff("seinajoki");
    String cancelled = create(http, staff, "seinajoki", slot("test-home", 3));
    User booker = users.citizen("told");
    assertThat(http.post("/api/v1/bookings", booker.token(), booking(cancelled)).status()).isEqualTo(201);
    assertThat(http.delete("/api/v1/slots/" + cancelled, staff.token()).status()).isEqualTo(204);
    assertThat(http.get("/api/v1/me/notifications", booker.token()).text()).contains("visit.cancelled");
    assertThat(http.get("/api/v1/me/bookings", booker.token()).text()).doesNotContain(cancelled);
    assertThat(listed("seinajoki", cancelled, null)).as("no longer listed").isNull();

    String kept = create(http, staff, "seinajoki", slot("showroom", 1));
    User leaving = users.citizen("leaving");
    assertThat(http.post("/api/v1/bookings", leaving.token(), booking(kept)).status()).isEqualTo(201);
    assertThat(http.call(io.vertx.core.http.HttpMethod.DELETE, "/api/v1/me", leaving.token(),
        new JsonObject().put("password", org.ntc.hub.support.Users.PASSWORD)).status()).isEqualTo(204);
    assertThat(listed("seinajoki", kept, null).getInteger("placesLeft")).isEqualTo(1);
  }

  @Test
  @DisplayName("who may list, publish, book and cancel")
  void whoMayDoWhat() {
    User staffHere = users.staff("seinajoki");
    User staffThere = users.staff("umea");
    User citizen = users.citizen("matrix");
    User booker = users.citizen("matrix-booker");
    String id = create(http, staffHere, "seinajoki", slot("showroom", 50));
    String byBooker = http.post("/api/v1/bookings", booker.token(), booking(id)).json().getString("id");
    String second = create(http, staffHere, "seinajoki", slot("showroom", 50));
    String cancelledByStaff = http.post("/api/v1/bookings", booker.token(), booking(second)).json().getString("id");
    String doomed = create(http, staffHere, "seinajoki", slot("showroom", 50));
    Map<String, User> roles = new LinkedHashMap<>();
    roles.put("anonymous", null);
    roles.put("citizen", citizen);
    roles.put("staff of the other contact point", staffThere);
    roles.put("booker", booker);
    roles.put("staff of this contact point", staffHere);
    new AuthorisationMatrix(roles)
        .row("GET slots", p -> http.get("/api/v1/contact-points/seinajoki/slots", tokenOf(p)), 200, 200, 200, 200, 200)
        .row("POST slots", p -> http.post("/api/v1/contact-points/seinajoki/slots", tokenOf(p), slot("showroom", 2)),
            401, 403, 403, 403, 201)
        .row("GET my bookings", p -> http.get("/api/v1/me/bookings", tokenOf(p)), 401, 200, 200, 200, 200)
        .row("POST booking", p -> http.post("/api/v1/bookings", tokenOf(p), booking(id)), 401, 201, 201, 409, 201)
        .row("DELETE booking (own)", p -> http.delete("/api/v1/bookings/" + byBooker, tokenOf(p)), 401, 404, 403, 204, NOT_ASKED)
        .row("DELETE booking (staff)", p -> http.delete("/api/v1/bookings/" + cancelledByStaff, tokenOf(p)),
            401, 404, 403, NOT_ASKED, 204)
        .row("DELETE slot", p -> http.delete("/api/v1/slots/" + doomed, tokenOf(p)), 401, 403, 403, 403, 204)
        .assertAsContracted();
    assertThat(http.get("/api/v1/me/notifications", booker.token()).text()).contains("visit.booked");
  }

  @Test
  @DisplayName("bad input is refused with a problem naming the field, and nothing changes")
  void badInput() {
    User staff = users.staff("umea");
    long before = app.count("SELECT count(*) FROM visit_slot WHERE created_by = '" + staff.id() + "'");
    String path = "/api/v1/contact-points/umea/slots";
    Map<String, JsonObject> bad = new LinkedHashMap<>();
    bad.put("kind", slot("showroom", 2).put("kind", "sauna"));
    bad.put("startsAt", slot("showroom", 2).put("startsAt", "2020-01-01T10:00:00+02:00"));
    bad.put("endsAt", slot("showroom", 2).put("endsAt", "yesterday"));
    bad.put("capacity", slot("showroom", 0));
    bad.put("languages", slot("showroom", 2).put("languages", new JsonArray()));
    bad.put("meetingLink", slot("virtual", 2).put("meetingLink", "javascript:alert(1)"));
    bad.put("colour", slot("showroom", 2).put("colour", "red"));
    bad.forEach((field, body) -> {
      Http.Response refused = http.post(path, staff.token(), body);
      assertThat(refused.status()).as(field).isEqualTo(400);
      assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
      assertThat(refused.json().getJsonArray("errors").encode()).as(field).contains("\"" + field);
    });
    JsonObject showroomWithLink = slot("showroom", 2).put("meetingLink", "https://meet.example.org/x");
    assertThat(http.post(path, staff.token(), showroomWithLink).status()).isEqualTo(400);
    JsonObject virtualWithout = slot("virtual", 2);
    virtualWithout.remove("meetingLink");
    assertThat(http.post(path, staff.token(), virtualWithout).status()).isEqualTo(400);
    assertThat(app.count("SELECT count(*) FROM visit_slot WHERE created_by = '" + staff.id() + "'")).isEqualTo(before);

    User person = users.citizen("bad");
    assertThat(http.post("/api/v1/bookings", person.token(), new JsonObject()).status()).isEqualTo(400);
    assertThat(http.post("/api/v1/bookings", person.token(), booking("not-an-id")).status()).isEqualTo(400);
    assertThat(http.post("/api/v1/bookings", person.token(), booking("00000000-0000-4000-8000-000000000000")).status()).isEqualTo(404);
    assertThat(http.delete("/api/v1/bookings/nonsense", person.token()).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/contact-points/atlantis/slots", null).status()).isEqualTo(404);
    assertThat(http.get("/api/v1/contact-points/umea/slots?from=soon", null).status()).isEqualTo(400);
    assertThat(http.get("/api/v1/contact-points/umea/slots?from=2027-03-02&to=2027-03-01", null).status()).isEqualTo(400);
    assertThat(http.get("/api/v1/contact-points/umea/slots?from=2027-01-01&to=2029-01-01", null).status()).isEqualTo(400);

    String id = create(http, staff, "umea", slot("showroom", 2));
    assertThat(http.delete("/api/v1/slots/" + id, staff.token()).status()).isEqualTo(204);
    assertThat(http.delete("/api/v1/slots/" + id, staff.token()).status()).isEqualTo(409);
    Http.Response cancelled = http.post("/api/v1/bookings", person.token(), booking(id));
    assertThat(cancelled.status()).isEqualTo(409);
    assertThat(app.count("SELECT count(*) FROM visit_booking WHERE account_id = '" + person.id() + "'")).isZero();
  }
}
