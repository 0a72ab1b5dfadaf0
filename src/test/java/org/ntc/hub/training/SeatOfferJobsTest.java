package org.ntc.hub.training;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.sqlclient.Pool;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ntc.hub.notification.NotificationRepository;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.platform.Database;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.Times;
import org.ntc.hub.realtime.EventLog;
import org.ntc.hub.support.Eventually;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.TestApp;
import org.ntc.hub.support.Users;
import org.ntc.hub.support.Users.User;

/**
 * The scheduled work on a node of its own (its clock moves a day ahead, its jobs run every 200 ms,
 * its mail goes to an in-process SMTP server): offers lapse and pass on, the day before a training
 * its participants are reminded with the calendar file attached, and capacity holds whatever runs at once.
 */
@ExtendWith(VertxExtension.class)
class SeatOfferJobsTest {
  private static final String PUBLIC = "https://hub.ntc.example";
  private static final String JOIN = "https://meet.example.org/room-42";
  private static GreenMail smtp;
  private static TestApp app;
  private Http http;
  private Users users;

  @BeforeAll
  static void start() {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    app = TestApp.start(Map.of("NTC_SMTP_URL", "smtp://127.0.0.1:" + smtp.getSmtp().getPort(), "NTC_PUBLIC_URL", PUBLIC,
        "NTC_SCHEDULE_MILLIS", "200", "NTC_MAIL_RETRY_MILLIS", "200"));
  }

  @AfterAll
  static void stop() {
    app.close();
    smtp.stop();
  }

  @BeforeEach
  void client(Vertx vertx) {
    http = new Http(vertx, app.port());
    users = new Users(http);
  }

  private String training(User staff, JsonObject body, User... people) {
    Http.Response created = http.post("/api/v1/trainings", staff.token(), body);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.json().getString("id");
    for (User person : people) {
      assertThat(http.post("/api/v1/trainings/" + id + "/enrolments", person.token(), new JsonObject()).status()).isEqualTo(201);
    }
    return id;
  }

  private JsonObject in(int days, int capacity) {
    OffsetDateTime start = app.clock().now().plusDays(days).withNano(0);
    return TrainingRoutesTest.training(capacity).put("startsAt", start.toString()).put("endsAt", start.plusHours(2).toString())
        .put("enrolmentClosesAt", start.minusHours(1).toString());
  }

  private String status(String id, User person) {
    JsonObject mine = http.get("/api/v1/trainings/" + id, person.token()).json().getJsonObject("myEnrolment");
    return mine == null ? "none" : mine.getString("status");
  }

  @Test
  @DisplayName("an offer not accepted in time passes to the next waiting, whose own day starts then; both are told, the offer mail says the deadline")
  void lapsedOfferPassesOn() {
    User staff = users.staff("seinajoki");
    User seated = users.citizen("seated");
    User first = users.citizen("first");
    User second = users.citizen("second");
    app.execute("UPDATE account SET locale = 'fi', email_verified_at = now() WHERE id = '" + first.id() + "'");
    String id = training(staff, in(5, 1), seated, first, second);
    http.delete("/api/v1/trainings/" + id + "/enrolments/me", seated.token());
    assertThat(status(id, first)).isEqualTo("offered");
    OffsetDateTime deadline = OffsetDateTime.parse(http.get("/api/v1/trainings/" + id, first.token()).json()
        .getJsonObject("myEnrolment").getString("offerExpiresAt"));
    String text = Eventually.value("the offer's mail", Duration.ofSeconds(15), () -> mailText(first.email(), "vapautui"),
        Optional::isPresent).orElseThrow();
    assertThat(text).contains("vapautui sinulle paikka", Times.shown(deadline, ZoneId.of("Europe/Helsinki"), "fi"),
        PUBLIC + "/trainings/" + id);

    app.clock().passes(deadline);
    Eventually.holds("the offer passes on", Duration.ofSeconds(15), () -> status(id, second).equals("offered"));
    assertThat(status(id, first)).isEqualTo("none");
    assertThat(app.count("SELECT count(*) FROM notification WHERE kind = 'enrolment.offer-lapsed' AND account_id = '" + first.id() + "'"))
        .isEqualTo(1);
    OffsetDateTime next = OffsetDateTime.parse(http.get("/api/v1/trainings/" + id, second.token()).json()
        .getJsonObject("myEnrolment").getString("offerExpiresAt"));
    assertThat(next).isAfter(deadline.plusHours(23));
    assertThat(http.post("/api/v1/trainings/" + id + "/enrolments/me/accept", first.token(), null).status()).isEqualTo(409);
    assertThat(http.get("/api/v1/trainings/" + id, null).json().getLong("seatsLeft")).isZero();

    app.execute("UPDATE account SET email_verified_at = now() WHERE id = '" + second.id() + "'");
    assertThat(http.post("/api/v1/trainings/" + id + "/enrolments/me/accept", second.token(), null).status()).isEqualTo(200);
    MimeMessage confirmed = Eventually.value("the confirmation", Duration.ofSeconds(15), () -> mail(second.email(), "is confirmed"),
        Optional::isPresent).orElseThrow();
    VEvent event = event(calendarOf(confirmed), "REQUEST");
    assertThat(event.getUrl().getValue()).isEqualTo(PUBLIC + "/trainings/" + id);
    assertThat(event.getSequence().getValue()).isZero();
  }

  @Test
  @DisplayName("the day before, a confirmed online participant is reminded once, with training.ics (METHOD:REQUEST, SEQUENCE, URL, join link)")
  void reminderWithCalendar() throws Exception {
    User staff = users.staff("umea");
    User person = users.citizen("reminded");
    User waiting = users.citizen("waiting");
    OffsetDateTime start = app.clock().now().plusHours(30).withNano(0);
    JsonObject online = TrainingRoutesTest.training(1).put("format", "online").put("contactPoint", "umea").put("joinLink", JOIN)
        .put("startsAt", start.toString()).put("endsAt", start.plusHours(1).toString()).put("enrolmentClosesAt", start.minusHours(2).toString());
    app.execute("UPDATE account SET email_verified_at = now() WHERE id IN ('" + person.id() + "', '" + waiting.id() + "')");
    String id = training(staff, online, person, waiting);
    String renamed = http.patch("/api/v1/trainings/" + id, staff.token(), new JsonObject().put("trainer", "Eva Berg")).text();
    assertThat(renamed).contains("Eva Berg");
    MimeMessage changed = Eventually.value("the change's mail", Duration.ofSeconds(15), () -> mail(person.email(), "changed"),
        Optional::isPresent).orElseThrow();
    VEvent changedEvent = event(calendarOf(changed), "REQUEST");
    assertThat(changedEvent.getSequence().getValue()).isEqualTo(1);

    Http.Response publicFile = http.get("/api/v1/trainings/" + id + "/calendar.ics", null);
    assertThat(publicFile.text()).as("never in the public file").doesNotContain(JOIN);
    assertThat(Biweekly.parse(publicFile.text()).first().getEvents().get(0).getUrl().getValue()).isEqualTo(PUBLIC + "/trainings/" + id);
    String feed = http.post("/api/v1/me/calendar-feed", person.token(), null).json().getString("url");
    assertThat(http.get(feed, null).text().replace("\r\n ", "")).as("in the participant's own feed").contains(JOIN);
    String waitingFeed = http.post("/api/v1/me/calendar-feed", waiting.token(), null).json().getString("url");
    assertThat(http.get(waitingFeed, null).text().replace("\r\n ", "")).as("not for the waiting").doesNotContain(JOIN);

    app.clock().passes(start.minusHours(23));
    MimeMessage reminder = Eventually.value("the reminder", Duration.ofSeconds(15), () -> mail(person.email(), "Reminder"),
        Optional::isPresent).orElseThrow();
    Part file = attachment(reminder).orElseThrow();
    assertThat(file.getContentType()).contains("text/calendar").containsIgnoringCase("method=REQUEST");
    VEvent event = event(calendarOf(reminder), "REQUEST");
    assertThat(event.getSequence().getValue()).isEqualTo(1);
    assertThat(event.getUrl().getValue()).isEqualTo(PUBLIC + "/trainings/" + id);
    assertThat(event.getDescription().getValue()).contains(JOIN);
    assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(start.toInstant());
    assertThat(event.getOrganizer().getEmail()).isEqualTo("no-reply@localhost");
    assertThat(event.getAttendees()).extracting(a -> a.getEmail()).containsExactly(person.email());
    Thread.sleep(1_000);
    assertThat(app.count("SELECT count(*) FROM notification WHERE kind = 'training.reminder' AND account_id = '" + person.id() + "'"))
        .as("reminded once").isEqualTo(1);
    assertThat(app.count("SELECT count(*) FROM notification WHERE kind = 'training.reminder' AND account_id = '" + waiting.id() + "'"))
        .as("only the confirmed").isZero();

    assertThat(http.post("/api/v1/trainings/" + id + "/cancel", staff.token(), new JsonObject().put("reason", "The trainer is ill"))
        .status()).isEqualTo(200);
    MimeMessage cancelled = Eventually.value("the cancellation's mail", Duration.ofSeconds(15), () -> mail(person.email(), "cancelled"),
        Optional::isPresent).orElseThrow();
    assertThat(attachment(cancelled).orElseThrow().getContentType()).containsIgnoringCase("method=CANCEL");
    VEvent off = event(calendarOf(cancelled), "CANCEL");
    assertThat(off.getStatus().getValue()).isEqualTo("CANCELLED");
    assertThat(off.getSequence().getValue()).isEqualTo(2);
  }

  @Test
  @DisplayName("in a hybrid training the join link is in the calendar file of the online participant only, not of the one in the room")
  void hybridJoinLink() {
    User staff = users.staff("seinajoki");
    User room = users.citizen("room");
    User online = users.citizen("online");
    app.execute("UPDATE account SET email_verified_at = now() WHERE id IN ('" + room.id() + "', '" + online.id() + "')");
    JsonObject hybrid = in(9, 1).put("format", "hybrid").put("joinLink", JOIN);
    hybrid.remove("capacity");
    hybrid.put("seatPools", new io.vertx.core.json.JsonArray().add(new JsonObject().put("site", "seinajoki").put("capacity", 1))
        .add(new JsonObject().put("site", "online").put("capacity", 1)));
    String id = training(staff, hybrid);
    assertThat(http.post("/api/v1/trainings/" + id + "/enrolments", room.token(), new JsonObject().put("site", "seinajoki")).status())
        .isEqualTo(201);
    assertThat(http.post("/api/v1/trainings/" + id + "/enrolments", online.token(), new JsonObject().put("site", "online")).status())
        .isEqualTo(201);
    assertThat(http.patch("/api/v1/trainings/" + id, staff.token(), new JsonObject().put("room", "Showroom")).status()).isEqualTo(200);
    MimeMessage toRoom = Eventually.value("the room's mail", Duration.ofSeconds(15), () -> mail(room.email(), "changed"),
        Optional::isPresent).orElseThrow();
    MimeMessage toOnline = Eventually.value("the online mail", Duration.ofSeconds(15), () -> mail(online.email(), "changed"),
        Optional::isPresent).orElseThrow();
    VEvent roomEvent = event(calendarOf(toRoom), "REQUEST");
    assertThat(roomEvent.getDescription() == null ? "" : roomEvent.getDescription().getValue()).doesNotContain(JOIN);
    assertThat(event(calendarOf(toOnline), "REQUEST").getDescription().getValue()).contains(JOIN);
  }

  @Test
  @DisplayName("cancellations, enrolments, accepts and lapsing offers at once on one training: seats confirmed or offered never exceed capacity")
  void capacityHoldsUnderConcurrency() {
    User staff = users.staff("seinajoki");
    int capacity = 4;
    List<User> seated = new ArrayList<>();
    List<User> waiting = new ArrayList<>();
    for (int i = 0; i < capacity; i++) seated.add(users.citizen("seat" + i));
    for (int i = 0; i < 16; i++) waiting.add(users.citizen("wait" + i));
    List<User> everyone = new ArrayList<>(seated);
    everyone.addAll(waiting);
    String id = training(staff, in(7, capacity), everyone.toArray(User[]::new));
    String taken = "SELECT count(*) FROM enrolment WHERE training_id = '" + id + "' AND status IN ('confirmed', 'offered')";
    List<User> newcomers = new ArrayList<>();
    for (int round = 0; round < 6; round++) {
      List<Future<Http.Response>> all = new ArrayList<>();
      for (User person : everyone) {
        all.add(http.callAsync(io.vertx.core.http.HttpMethod.POST, "/api/v1/trainings/" + id + "/enrolments/me/accept", person.token(), null));
      }
      all.add(http.callAsync(io.vertx.core.http.HttpMethod.DELETE, "/api/v1/trainings/" + id + "/enrolments/me",
          everyone.get(round).token(), null));
      all.add(http.callAsync(io.vertx.core.http.HttpMethod.DELETE, "/api/v1/trainings/" + id + "/enrolments/me",
          everyone.get(everyone.size() - 1 - round).token(), null));
      for (int i = 0; i < 3; i++) {
        User newcomer = users.citizen("new" + round + i);
        newcomers.add(newcomer);
        all.add(http.postAsync("/api/v1/trainings/" + id + "/enrolments", newcomer.token(), new JsonObject()));
      }
      if (round % 2 == 1) {
        app.execute("UPDATE enrolment SET offer_expires_at = now() - interval '1 second' WHERE training_id = '" + id
            + "' AND status = 'offered'");
      }
      List<Http.Response> answers = all.stream().map(Http::awaitResult).toList();
      assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.text()).isIn(200, 201, 204, 404, 409));
      assertThat(app.count(taken)).as("round " + round).isLessThanOrEqualTo(capacity);
    }
    Eventually.holds("lapsed offers pass on", Duration.ofSeconds(15), () -> app.count("SELECT count(*) FROM enrolment WHERE training_id = '"
        + id + "' AND status = 'offered' AND offer_expires_at <= now()") == 0);
    assertThat(app.count(taken)).as("every seat is held or offered while people wait").isEqualTo(capacity);
    JsonObject training = http.get("/api/v1/trainings/" + id, null).json();
    assertThat(training.getLong("seatsLeft")).isZero();
    assertThat(training.getLong("waitlistLength"))
        .isEqualTo(app.count("SELECT count(*) FROM enrolment WHERE training_id = '" + id + "' AND status = 'waitlisted'"));
    assertThat(app.count("SELECT count(*) FROM (SELECT account_id FROM enrolment WHERE training_id = '" + id
        + "' AND status <> 'cancelled' GROUP BY account_id HAVING count(*) > 1) twice")).isZero();
    assertThat(app.count(TrainingRoutesTest.KEPT_COUNTS_WRONG)).as("every pool's kept counts are its enrolments'").isZero();
  }

  @Test
  @DisplayName("offers lapsing (on several connections) while many enrol at once: no seat is given twice, and each pool's kept counts stay its enrolments'")
  void offersLapseWhileManyEnrol(Vertx vertx) {
    User staff = users.staff("seinajoki");
    int capacity = 3;
    List<User> seated = new ArrayList<>();
    List<User> waiting = new ArrayList<>();
    for (int i = 0; i < capacity; i++) seated.add(users.citizen("held" + i));
    for (int i = 0; i < capacity; i++) waiting.add(users.citizen("queued" + i));
    List<User> first = new ArrayList<>(seated);
    first.addAll(waiting);
    String id = training(staff, in(6, capacity), first.toArray(User[]::new));
    for (User person : seated) assertThat(http.delete("/api/v1/trainings/" + id + "/enrolments/me", person.token()).status()).isEqualTo(204);
    String offered = "SELECT count(*) FROM enrolment WHERE training_id = '" + id + "' AND status = 'offered'";
    String taken = "SELECT count(*) FROM enrolment WHERE training_id = '" + id + "' AND status IN ('confirmed', 'offered')";
    assertThat(app.count(offered)).as("each freed seat is offered to one waiting").isEqualTo(capacity);

    Pool pool = Db.pool(vertx, Database.external(app.dbUrl()).connectOptions());
    try {
      SeatOffers offers = new SeatOffers(new TrainingRepository(pool), new EventLog(pool, "lapsing"),
          new NotificationService(new NotificationRepository(pool, "lapsing")), app.clock());
      for (int round = 0; round < 4; round++) {
        List<User> late = new ArrayList<>();
        for (int i = 0; i < 6; i++) late.add(users.citizen("late" + round + i));
        app.execute("UPDATE enrolment SET offer_expires_at = now() - interval '1 second' WHERE training_id = '" + id
            + "' AND status = 'offered'");
        List<Future<Http.Response>> enrolling = new ArrayList<>();
        List<Future<Integer>> lapsing = new ArrayList<>();
        for (int i = 0; i < late.size(); i++) {
          enrolling.add(http.postAsync("/api/v1/trainings/" + id + "/enrolments", late.get(i).token(), new JsonObject()));
          if (i % 2 == 0) lapsing.add(offers.lapseDue());
        }
        assertThat(enrolling.stream().map(Http::awaitResult).toList()).allSatisfy(r -> assertThat(r.status()).as(r.text()).isEqualTo(201));
        Http.awaitResult(Future.all(lapsing));
        assertThat(app.count(taken)).as("round " + round).isLessThanOrEqualTo(capacity);
        assertThat(app.count(TrainingRoutesTest.KEPT_COUNTS_WRONG)).as("round " + round + ": kept counts are the enrolments'").isZero();
      }
      Eventually.holds("lapsed offers pass on", Duration.ofSeconds(15), () -> app.count(offered + " AND offer_expires_at <= now()") == 0);
    } finally {
      pool.close();
    }
    assertThat(app.count(taken)).as("every seat is held or offered while people wait").isEqualTo(capacity);
    for (User person : waiting) assertThat(status(id, person)).as("their offers lapsed").isEqualTo("none");
    JsonObject training = http.get("/api/v1/trainings/" + id, null).json();
    assertThat(training.getLong("seatsLeft")).isZero();
    assertThat(training.getLong("waitlistLength"))
        .isEqualTo(app.count("SELECT count(*) FROM enrolment WHERE training_id = '" + id + "' AND status = 'waitlisted'"));
    assertThat(app.count(TrainingRoutesTest.KEPT_COUNTS_WRONG)).as("every pool's kept counts are its enrolments'").isZero();
  }

  private Optional<MimeMessage> mail(String to, String subjectPart) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(to) && subject(m).contains(subjectPart)).findFirst();
  }

  private Optional<String> mailText(String to, String subjectPart) {
    return mail(to, subjectPart).map(SeatOfferJobsTest::text);
  }

  private static VEvent event(String ics, String method) {
    ICalendar calendar = Biweekly.parse(ics).first();
    assertThat(calendar.getMethod().getValue()).isEqualTo(method);
    return calendar.getEvents().get(0);
  }

  private static String calendarOf(MimeMessage mail) {
    try {
      Part part = attachment(mail).orElseThrow();
      assertThat(part.getFileName()).isEqualTo("training.ics");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      part.getDataHandler().writeTo(out);
      return out.toString(StandardCharsets.UTF_8);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<Part> attachment(MimeMessage mail) {
    try {
      return find(mail);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<Part> find(Part part) throws Exception {
    if ("training.ics".equals(part.getFileName())) return Optional.of(part);
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        Optional<Part> found = find(child);
        if (found.isPresent()) return found;
      }
    }
    return Optional.empty();
  }

  private static String text(Part part) {
    try {
      if (part.isMimeType("text/plain") && part.getFileName() == null) return (String) part.getContent();
      if (part.getContent() instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          String found = text(multipart.getBodyPart(i));
          if (found != null) return found;
        }
      }
      return null;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return String.valueOf(message.getSubject());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String to(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
