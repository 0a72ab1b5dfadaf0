package org.ntc.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users.User;
import io.vertx.core.json.JsonArray;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Bad input of every shape gets a clear 4xx problem with the security headers, never a 500, and changes nothing. */
class BadInputTest extends ApiTest {

  @Test
  @DisplayName("an action takes no body, or an empty one, with or without a JSON media type")
  void actionsTakeAnEmptyBody() {
    User staff = users.staff("seinajoki");
    String training = http.post("/api/v1/trainings", staff.token(), training()).json().getString("id");
    for (String type : new String[] {null, "application/json", "text/plain"}) {
      User person = users.citizen("empty-body");
      MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Authorization", "Bearer " + person.token());
      if (type != null) headers.add("Content-Type", type);
      Http.Response enrolled = http.raw(HttpMethod.POST, "/api/v1/trainings/" + training + "/enrolments", headers, "");
      assertThat(enrolled.status()).as(type + ": " + enrolled.text()).isEqualTo(201);
    }
    User company = users.orgAdmin("company", false);
    Http.Response verified = http.raw(HttpMethod.POST, "/api/v1/organisations/" + company.organisationId() + "/verify",
        MultiMap.caseInsensitiveMultiMap().add("Authorization", "Bearer " + users.admin().token())
            .add("Content-Type", "application/json"), "");
    assertThat(verified.status()).as(verified.text()).isEqualTo(200);
  }

  @Test
  @DisplayName("sign-in, registration and creations with an empty JSON body name the fields they miss")
  void creationsWithAnEmptyBody() {
    User company = users.orgAdmin("company", true);
    for (String path : List.of("/api/v1/auth/login", "/api/v1/auth/register", "/api/v1/showcases", "/api/v1/trainings",
        "/api/v1/organisations", "/api/v1/challenges", "/api/v1/contact-points/seinajoki/announcements")) {
      for (String body : new String[] {"", "{}"}) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Content-Type", "application/json");
        if (!path.contains("/auth/")) headers.add("Authorization", "Bearer " + users.admin().token());
        Http.Response answer = http.raw(HttpMethod.POST, path, headers, body);
        assertThat(answer.status()).as(path + " " + body + ": " + answer.text()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.json().getJsonArray("errors")).as(path).isNotEmpty();
      }
    }
    assertThat(app.count("SELECT count(*) FROM showcase WHERE organisation_id = '" + company.organisationId() + "'")).isZero();
  }

  @Test
  @DisplayName("localised text of nulls, empty or blank strings counts as missing: nothing empty is published")
  void nullLocalisedTextIsMissing() {
    User staff = users.staff("seinajoki");
    User company = users.orgAdmin("company", true);
    String announcementsBy = "SELECT count(*) FROM announcement WHERE author_id = '" + staff.id() + "'";
    String trainingsBy = "SELECT count(*) FROM training WHERE created_by = '" + staff.id() + "'";
    String showcasesOf = "SELECT count(*) FROM showcase WHERE organisation_id = '" + company.organisationId() + "'";
    long announcements = app.count(announcementsBy);
    long trainings = app.count(trainingsBy);
    long showcases = app.count(showcasesOf);
    for (JsonObject empty : List.of(new JsonObject().putNull("sv"), new JsonObject().put("fi", "").putNull("en"),
        new JsonObject().put("sv", "   "), new JsonObject())) {
      Http.Response announcement = http.post("/api/v1/contact-points/seinajoki/announcements", staff.token(),
          new JsonObject().put("text", empty));
      assertThat(announcement.status()).as(empty.encode() + " " + announcement.text()).isEqualTo(400);
      assertThat(announcement.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("text");
      Http.Response training = http.post("/api/v1/trainings", staff.token(), training().put("title", empty));
      assertThat(training.status()).as(training.text()).isEqualTo(400);
      Http.Response draft = http.post("/api/v1/showcases", company.token(), new JsonObject()
          .put("organisationId", company.organisationId()).put("title", empty).put("summary", empty));
      assertThat(draft.status()).as(draft.text()).isEqualTo(400);
    }
    assertThat(app.count(announcementsBy)).isEqualTo(announcements);
    assertThat(app.count(trainingsBy)).isEqualTo(trainings);
    assertThat(app.count(showcasesOf)).isEqualTo(showcases);
  }

  @Test
  @DisplayName("a request without a Host, with an invalid one, or with headers the decoder refuses gets a 4xx with the security headers")
  void malformedRequestHeaders() throws IOException {
    for (String request : List.of(
        "GET / HTTP/1.1\r\n\r\n",
        "GET /api/v1/showcases HTTP/1.1\r\nHost: a b c\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: <script>\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: localhost\r\nX-Bad: " + "x".repeat(20_000) + "\r\n\r\n",
        "GET /" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: localhost\r\nBad Header Name: x\r\n\r\n",
        "BREW / HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "GET /api/v1/showcases/%zz HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "GET /showcases/%2 HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "GET /api/v1/showcases?q=%zz HTTP/1.1\r\nHost: localhost\r\n\r\n")) {
      String answer = exchange(request);
      String statusLine = answer.lines().findFirst().orElse("");
      assertThat(statusLine).as(request.lines().findFirst().orElse("")).matches("HTTP/1.[01] 4\\d\\d .*");
      String headers = answer.toLowerCase();
      assertThat(headers).as(statusLine).contains("content-security-policy: ").contains("x-content-type-options: nosniff")
          .contains("x-frame-options: deny");
    }
  }

  @Test
  @DisplayName("a client that sends its request headers too slowly is cut off")
  void slowHeadersAreCutOff() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write("GET / HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      long started = System.nanoTime();
      int read;
      try {
        // Dribble a header byte now and then, as a slow-loris client does; the server must not wait forever.
        while (true) {
          out.write("X-Slow: a\r\n".getBytes(StandardCharsets.US_ASCII));
          out.flush();
          socket.getInputStream().available();
          Thread.sleep(1000);
          if ((System.nanoTime() - started) / 1_000_000_000 > 25) break;
        }
        read = socket.getInputStream().read();
      } catch (IOException | InterruptedException closed) {
        read = -1;
      }
      assertThat(read).as("the connection was closed").isEqualTo(-1);
      assertThat((System.nanoTime() - started) / 1_000_000_000).isLessThan(25);
    }
  }

  @Test
  @DisplayName("a kept-alive connection that sends no next request is cut off like a slow one")
  void idleKeptAliveConnectionIsCutOff() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      StringBuilder head = new StringBuilder();
      while (!head.toString().endsWith("\r\n\r\n")) head.append((char) in.read());
      assertThat(head.toString()).startsWith("HTTP/1.1 200");
      String length = head.toString().lines().filter(line -> line.toLowerCase().startsWith("content-length:"))
          .findFirst().orElseThrow().substring("content-length:".length()).trim();
      in.readNBytes(Integer.parseInt(length));
      long answered = System.nanoTime();
      int read;
      try {
        read = in.read();
      } catch (IOException closed) {
        read = -1;
      }
      long waited = (System.nanoTime() - answered) / 1_000_000_000;
      assertThat(read).as("the connection was closed").isEqualTo(-1);
      assertThat(waited).isGreaterThanOrEqualTo(14).isLessThan(25);
    }
  }

  private static JsonObject training() {
    OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(10).withNano(0);
    return new JsonObject().put("title", new JsonObject().put("en", "Remote monitoring basics"))
        .put("format", "onsite").put("contactPoint", "seinajoki")
        .put("startsAt", start.toString()).put("endsAt", start.plusHours(3).toString())
        .put("capacity", 5).put("language", "fi").put("audience", new JsonArray().add("professionals"));
  }

  private String exchange(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
          answer.write(buffer, 0, n);
          if (answer.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) break;
        }
      } catch (IOException reset) {
        // the server may close right after answering
      }
      return answer.toString(StandardCharsets.ISO_8859_1);
    }
  }
}
