package org.ntc.hub.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.SseClient;
import org.ntc.hub.support.Users.User;
import org.ntc.hub.support.PageHtml;

class LiveStreamTest extends ApiTest {
  private static final String STREAM = "/api/v1/events/stream";

  private Http.Response announce(User who, String contactPoint, String text) {
    return http.post("/api/v1/contact-points/" + contactPoint + "/announcements", who == null ? null : who.token(),
        new JsonObject().put("text", new JsonObject().put("fi", text + " (fi)").put("sv", text + " (sv)").put("en", text)));
  }

  @Test
  @DisplayName("the stream refuses unknown topics, bad resume ids, private topics without a token, and the queue to non-staff")
  void streamAuthorisation() throws Exception {
    User citizen = users.citizen("reader");
    try (SseClient anonymous = SseClient.open(app.port(), STREAM + "?topics=moderation.queue", null, null);
         SseClient notStaff = SseClient.open(app.port(), STREAM + "?topics=moderation.queue", citizen.token(), null);
         SseClient unknown = SseClient.open(app.port(), STREAM + "?topics=gossip", null, null);
         SseClient everythingPublic = SseClient.open(app.port(), STREAM, null, null)) {
      assertThat(anonymous.status()).isEqualTo(401);
      assertThat(notStaff.status()).isEqualTo(403);
      assertThat(unknown.status()).isEqualTo(400);
      assertThat(everythingPublic.status()).isEqualTo(200);
    }
    Http.Response bad = http.get(STREAM + "?lastEventId=seven", null);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
    assertThat(http.get(STREAM + "?topics=notification", null).status()).isEqualTo(401);
  }

  @Test
  @DisplayName("an announcement reaches open streams at once, with the node where it was posted")
  void announcementIsLive() throws Exception {
    User staff = users.staff("seinajoki");
    try (SseClient stream = SseClient.open(app.port(), STREAM + "?topics=announcement.posted", null, null)) {
      assertThat(stream.status()).isEqualTo(200);
      Http.Response posted = announce(staff, "seinajoki", "Testilaboratorio avoinna tiistaisin");
      assertThat(posted.status()).as(posted.text()).isEqualTo(201);
      SseClient.Event event = stream.next("announcement.posted", 10);
      assertThat(event.data().getString("node")).isEqualTo("seinajoki");
      assertThat(event.data().getString("contactPoint")).isEqualTo("seinajoki");
      assertThat(event.data().getJsonObject("text").getString("en")).isEqualTo("Testilaboratorio avoinna tiistaisin");
      assertThat(event.id()).isPositive();
    }
    JsonArray feed = http.get("/api/v1/contact-points/seinajoki/announcements?lang=sv", null).json().getJsonArray("items");
    assertThat(feed.getJsonObject(0).getString("text")).isEqualTo("Testilaboratorio avoinna tiistaisin (sv)");
  }

  @Test
  @DisplayName("only staff of that contact point (or an admin) announce; bad text is refused and changes nothing")
  void announcementAuthorisation() {
    User umea = users.staff("umea");
    User citizen = users.citizen("c");
    String byThem = "SELECT count(*) FROM announcement WHERE author_id IN ('" + umea.id() + "', '" + citizen.id() + "', '"
        + users.admin().id() + "')";
    long before = app.count(byThem);
    assertThat(announce(null, "umea", "Hej alla").status()).isEqualTo(401);
    assertThat(announce(citizen, "umea", "Hej alla").status()).isEqualTo(403);
    assertThat(announce(umea, "seinajoki", "Hej alla").status()).isEqualTo(403);
    assertThat(announce(umea, "vaasa", "Hej alla").status()).isEqualTo(403);
    assertThat(announce(users.admin(), "vaasa", "Hej alla").status()).isEqualTo(404);
    Http.Response empty = http.post("/api/v1/contact-points/umea/announcements", umea.token(),
        new JsonObject().put("text", new JsonObject()));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().getJsonArray("errors").getJsonObject(0).getString("field")).startsWith("text");
    assertThat(http.post("/api/v1/contact-points/umea/announcements", umea.token(),
        new JsonObject().put("text", new JsonObject().put("sv", "x".repeat(1001)))).status()).isEqualTo(400);
    assertThat(app.count(byThem)).isEqualTo(before);
    assertThat(announce(users.admin(), "umea", "Öppet hus på fredag").status()).isEqualTo(201);
    assertThat(announce(umea, "umea", "Testbädden är bokad hela veckan").status()).isEqualTo(201);
  }

  private List<String> onDuty(String contactPoint) {
    return http.get("/api/v1/contact-points/" + contactPoint + "/duty", null).json().getJsonArray("onDuty").stream()
        .map(p -> ((JsonObject) p).getString("id")).toList();
  }

  @Test
  @DisplayName("staff go on and off duty at their own contact point, and the page's list follows live")
  void duty() throws Exception {
    User staff = users.staff("umea");
    try (SseClient stream = SseClient.open(app.port(), STREAM + "?topics=contactpoint.duty", null, null)) {
      Http.Response on = http.post("/api/v1/contact-points/umea/duty", staff.token(), new JsonObject().put("onDuty", true));
      assertThat(on.status()).as(on.text()).isEqualTo(200);
      SseClient.Event event = stream.next("contactpoint.duty", 10);
      assertThat(event.data().getJsonArray("onDuty").stream().map(p -> ((JsonObject) p).getString("id")))
          .contains(staff.id());
    }
    assertThat(onDuty("umea")).containsOnlyOnce(staff.id());
    assertThat(http.post("/api/v1/contact-points/seinajoki/duty", staff.token(), new JsonObject().put("onDuty", true)).status())
        .isEqualTo(403);
    User citizen = users.citizen("x");
    assertThat(http.post("/api/v1/contact-points/umea/duty", citizen.token(), new JsonObject().put("onDuty", true))
        .status()).isEqualTo(403);
    assertThat(http.post("/api/v1/contact-points/umea/duty", staff.token(), new JsonObject().put("onDuty", "yes")).status())
        .isEqualTo(400);
    assertThat(http.post("/api/v1/contact-points/umea/duty", staff.token(), new JsonObject().put("onDuty", false)).status())
        .isEqualTo(200);
    assertThat(onDuty("umea")).doesNotContain(staff.id(), citizen.id());
    var page = PageHtml.main(http.get("/contact-points/umea?lang=sv", null).text());
    assertThat(page.text()).contains("Personal i tjänst");
    assertThat(page.select("[data-live-feed=umea]")).hasSize(1);
  }

  @Test
  @DisplayName("a reconnect with Last-Event-ID gets exactly the events it missed, in order")
  void resume() throws Exception {
    User staff = users.staff("seinajoki");
    long lastSeen;
    try (SseClient stream = SseClient.open(app.port(), STREAM + "?topics=announcement.posted", null, null)) {
      assertThat(announce(staff, "seinajoki", "Ensimmäinen").status()).isEqualTo(201);
      lastSeen = stream.next(e -> e.data().getJsonObject("text").getString("en").equals("Ensimmäinen"), 10, "the first").id();
    }
    assertThat(announce(staff, "seinajoki", "Toinen").status()).isEqualTo(201);
    assertThat(announce(staff, "seinajoki", "Kolmas").status()).isEqualTo(201);
    app.awaitEventsNumbered();
    try (SseClient resumed = SseClient.open(app.port(), STREAM + "?topics=announcement.posted", null, lastSeen)) {
      SseClient.Event second = resumed.next("announcement.posted", 10);
      SseClient.Event third = resumed.next("announcement.posted", 10);
      assertThat(List.of(second.data().getJsonObject("text").getString("en"), third.data().getJsonObject("text").getString("en")))
          .containsExactly("Toinen", "Kolmas");
      assertThat(second.id()).isGreaterThan(lastSeen);
      assertThat(third.id()).isGreaterThan(second.id());
      assertThat(announce(staff, "seinajoki", "Neljäs").status()).isEqualTo(201);
      SseClient.Event fourth = resumed.next("announcement.posted", 10);
      assertThat(fourth.data().getJsonObject("text").getString("en")).isEqualTo("Neljäs");
      assertThat(resumed.received()).isEmpty();
    }
  }

  @Test
  @DisplayName("notifications reach only their addressee, live and in the list, and only they mark them read")
  void notificationsArePrivate() throws Exception {
    User founder = users.orgAdmin("company", false);
    User other = users.citizen("other");
    User staff = users.staff("umea");
    try (SseClient mine = SseClient.open(app.port(), STREAM, founder.token(), null);
         SseClient theirs = SseClient.open(app.port(), STREAM, other.token(), null);
         SseClient staffStream = SseClient.open(app.port(), STREAM + "?topics=moderation.queue", staff.token(), null)) {
      Http.Response verified = http.post("/api/v1/organisations/" + founder.organisationId() + "/verify", staff.token(), null);
      assertThat(verified.status()).isEqualTo(200);
      SseClient.Event note = mine.next("notification", 10);
      assertThat(note.data().getString("kind")).isEqualTo("organisation.verified");
      assertThat(note.data().getString("organisationId")).isEqualTo(founder.organisationId());
      SseClient.Event queue = staffStream.next("moderation.queue", 10);
      assertThat(queue.data().getString("change")).isEqualTo("removed");
      // The public event arrives for the other person; their stream carries no private ones.
      theirs.next("organisation.verified", 10);
      assertThat(theirs.received()).noneMatch(e -> e.type().equals("notification") || e.type().equals("moderation.queue"));
    }
    JsonObject list = http.get("/api/v1/me/notifications", founder.token()).json();
    assertThat(list.getLong("unread")).isEqualTo(1);
    String id = list.getJsonArray("items").getJsonObject(0).getString("id");
    assertThat(http.get("/api/v1/me/notifications", other.token()).json().getJsonArray("items")).isEmpty();
    assertThat(http.post("/api/v1/me/notifications/" + id + "/read", other.token(), null).status()).isEqualTo(404);
    assertThat(http.post("/api/v1/me/notifications/" + id + "/read", null, null).status()).isEqualTo(401);
    assertThat(http.post("/api/v1/me/notifications/not-an-id/read", founder.token(), null).status()).isEqualTo(404);
    Http.Response read = http.post("/api/v1/me/notifications/" + id + "/read", founder.token(), null);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().getBoolean("read")).isTrue();
    assertThat(http.get("/api/v1/me/notifications", founder.token()).json().getLong("unread")).isZero();
    assertThat(http.get("/api/v1/me/notifications", null).status()).isEqualTo(401);
  }

  @Test
  @DisplayName("a submitted showcase enters staff's live queue; its approval is published to all and told to its company")
  void showcaseApproval() throws Exception {
    User owner = users.orgAdmin("company", true);
    User staff = users.staff("umea");
    JsonObject body = new JsonObject().put("organisationId", owner.organisationId())
        .put("title", new JsonObject().put("fi", "Lääkemuistuttaja").put("sv", "Läkemedelspåminnare").put("en", "Medicine reminder"))
        .put("summary", new JsonObject().put("en", "Reminds people at home to take their medicines on time."))
        .put("description", new JsonObject().put("en", "Plain text."))
        .put("categories", new JsonArray().add("remote-monitoring")).put("targetGroups", new JsonArray().add("older-people"))
        .put("countries", new JsonArray().add("FI")).put("languages", new JsonArray().add("fi"))
        .put("regulatoryStatus", "not-medical-device").put("evidenceLevel", "pilot");
    Http.Response created = http.post("/api/v1/showcases", owner.token(), body);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.json().getString("id");
    try (SseClient queue = SseClient.open(app.port(), STREAM + "?topics=moderation.queue", staff.token(), null);
         SseClient everyone = SseClient.open(app.port(), STREAM + "?topics=showcase.published", null, null);
         SseClient company = SseClient.open(app.port(), STREAM + "?topics=notification", owner.token(), null)) {
      assertThat(http.post("/api/v1/showcases/" + id + "/submit", owner.token(), null).status()).isEqualTo(200);
      JsonObject added = queue.next("moderation.queue", 10).data();
      assertThat(added.getString("showcaseId")).isEqualTo(id);
      assertThat(added.getString("change")).isEqualTo("added");
      assertThat(http.post("/api/v1/showcases/" + id + "/review", staff.token(), new JsonObject().put("decision", "approve"))
          .status()).isEqualTo(200);
      assertThat(queue.next("moderation.queue", 10).data().getString("change")).isEqualTo("removed");
      JsonObject published = everyone.next("showcase.published", 10).data();
      assertThat(published.getString("showcaseId")).isEqualTo(id);
      assertThat(published.getString("node")).isEqualTo("seinajoki");
      assertThat(company.next("notification", 10).data().getString("kind")).isEqualTo("showcase.published");
    }
  }

  @Test
  @DisplayName("an enrolment changes the seat count on every open stream; the promoted person is told")
  void seats() throws Exception {
    User staff = users.staff("seinajoki");
    OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(10).withNano(0);
    JsonObject body = new JsonObject()
        .put("title", new JsonObject().put("fi", "Etämittaus").put("sv", "Distansmätning").put("en", "Remote monitoring"))
        .put("description", new JsonObject().put("en", "Hands-on."))
        .put("format", "onsite").put("contactPoint", "seinajoki")
        .put("startsAt", start.toString()).put("endsAt", start.plusHours(3).toString())
        .put("capacity", 1).put("language", "fi").put("audience", new JsonArray().add("professionals"));
    String trainingId = http.post("/api/v1/trainings", staff.token(), body).json().getString("id");
    User first = users.citizen("first");
    User second = users.citizen("second");
    try (SseClient stream = SseClient.open(app.port(), STREAM + "?topics=training.seats", null, null);
         SseClient secondsOwn = SseClient.open(app.port(), STREAM + "?topics=notification", second.token(), null)) {
      assertThat(http.post("/api/v1/trainings/" + trainingId + "/enrolments", first.token(), new JsonObject()).status()).isEqualTo(201);
      JsonObject full = stream.next("training.seats", 10).data();
      assertThat(full.getString("trainingId")).isEqualTo(trainingId);
      assertThat(full.getLong("seatsLeft")).isZero();
      assertThat(http.post("/api/v1/trainings/" + trainingId + "/enrolments", second.token(), new JsonObject()).json().getString("status"))
          .isEqualTo("waitlisted");
      assertThat(stream.next("training.seats", 10).data().getLong("waitlistLength")).isEqualTo(1);
      assertThat(http.delete("/api/v1/trainings/" + trainingId + "/enrolments/me", first.token()).status()).isEqualTo(204);
      JsonObject after = stream.next("training.seats", 10).data();
      assertThat(after.getLong("seatsLeft")).isZero();
      assertThat(after.getLong("waitlistLength")).isZero();
      assertThat(secondsOwn.next("notification", 10).data().getString("kind")).isEqualTo("enrolment.offered");
    }
  }
}
