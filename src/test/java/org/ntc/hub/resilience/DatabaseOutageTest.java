package org.ntc.hub.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ntc.hub.support.Eventually;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.StoppablePostgres;
import org.ntc.hub.support.TestApp;
import org.ntc.hub.support.Users.User;
import org.ntc.hub.support.Users;

/**
 * The database goes away while people enrol and browse: requests answer 503 with
 * Retry-After (never 500), health is DOWN within 5 s, everything recovers within 10 s of the
 * database returning without a restart, and no enrolment that was confirmed to its sender,
 * nor the event it raised, is lost.
 */
@ExtendWith(VertxExtension.class)
class DatabaseOutageTest {
  static final Duration OUTAGE = Duration.ofMillis(1_500);

  record Outcome(String what, int status, boolean retryAfter) {}

  @Test
  @DisplayName("under load, a database outage answers 503 and loses nothing that was confirmed")
  void outageUnderLoad(@TempDir Path dir, Vertx vertx) throws Exception {
    EmbeddedPostgres pg = StoppablePostgres.start(dir, 0);
    int pgPort = pg.getPort();
    try (TestApp app = TestApp.start(Map.of("NTC_DB_URL", StoppablePostgres.url(pg)))) {
      Http http = new Http(vertx, app.port());
      Users users = new Users(http);
      String staff = users.staff("seinajoki").token();
      OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(5).withNano(0);
      String trainingId = http.post("/api/v1/trainings", staff, new JsonObject()
          .put("title", new JsonObject().put("en", "Outage drill")).put("description", new JsonObject().put("en", "Drill."))
          .put("format", "online").put("contactPoint", "seinajoki").put("startsAt", start.toString())
          .put("endsAt", start.plusHours(1).toString()).put("capacity", 500).put("language", "en")
          .put("audience", new JsonArray().add("professionals"))).json().getString("id");
      List<User> people = new ArrayList<>();
      for (int i = 0; i < 40; i++) people.add(users.citizen("load"));

      Map<String, Integer> enrolled = new ConcurrentHashMap<>();
      List<Outcome> outcomes = new CopyOnWriteArrayList<>();
      AtomicBoolean stop = new AtomicBoolean();
      Thread load = new Thread(() -> {
        int next = 0;
        while (!stop.get()) {
          if (next < people.size()) {
            User person = people.get(next);
            Http.Response r = http.post("/api/v1/trainings/" + trainingId + "/enrolments", person.token(), new JsonObject());
            outcomes.add(new Outcome("enrol", r.status(), r.header("Retry-After") != null));
            if (r.status() == 201) {
              enrolled.put(person.id(), r.status());
              next++;
            } else if (r.status() == 409) {
              next++; // it had committed although its answer was lost: still enrolled, no duplicate
            }
          }
          Http.Response browse = http.get("/api/v1/showcases?q=kotihoito", null);
          outcomes.add(new Outcome("browse", browse.status(), browse.header("Retry-After") != null));
          try {
            Thread.sleep(40);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "load");
      load.start();
      Eventually.holds("8 enrolments before the outage", Duration.ofSeconds(60), () -> enrolled.size() >= 8);

      pg.close();
      Eventually.holds("health DOWN within 5 s", Duration.ofSeconds(5), () -> http.get("/health", null).status() == 503);
      // The outage lasts a moment while the load goes on.
      Thread.sleep(OUTAGE.toMillis());

      pg = StoppablePostgres.start(dir, pgPort);
      long back = System.nanoTime();
      Eventually.holds("health UP again", Duration.ofSeconds(10), () -> http.get("/health", null).status() == 200);
      long enrolledWhenBack = enrolled.size();
      Eventually.holds("an enrolment again", Duration.ofSeconds(10), () -> enrolled.size() > enrolledWhenBack);
      assertThat((System.nanoTime() - back) / 1e9).as("seconds until serving again").isLessThanOrEqualTo(10);
      Eventually.holds("everyone enrolled", Duration.ofSeconds(30), () -> enrolled.size() >= people.size());
      stop.set(true);
      load.join(10_000);

      Set<Integer> statuses = outcomes.stream().map(Outcome::status).collect(Collectors.toSet());
      assertThat(statuses).as("every answer during the outage").isSubsetOf(200, 201, 409, 503);
      assertThat(outcomes).as("503 answers").anyMatch(o -> o.status() == 503);
      assertThat(outcomes).filteredOn(o -> o.status() == 503).allMatch(Outcome::retryAfter);

      JsonArray list = http.get("/api/v1/trainings/" + trainingId + "/enrolments?pageSize=100", staff).json().getJsonArray("items");
      Set<String> stored = list.stream().map(e -> ((JsonObject) e).getJsonObject("person").getString("id")).collect(Collectors.toSet());
      assertThat(stored).as("every confirmed enrolment is stored").containsAll(enrolled.keySet());

      // Every enrolment raised its seat event, and the relay numbered all of them once the database was back.
      try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres", "postgres", "")) {
        Eventually.holds("every event numbered", Duration.ofSeconds(5), () -> {
          try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM event_log WHERE seq IS NULL")) {
            rs.next();
            return rs.getLong(1) == 0;
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
        ResultSet seats = c.createStatement().executeQuery(
            "SELECT count(*) FROM event_log WHERE type = 'training.seats' AND payload->>'trainingId' = '" + trainingId + "'");
        seats.next();
        assertThat(seats.getLong(1)).isGreaterThanOrEqualTo(stored.size());
      }
    } finally {
      pg.close();
    }
  }
}
