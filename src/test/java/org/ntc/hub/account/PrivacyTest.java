package org.ntc.hub.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.TestApp;
import org.ntc.hub.support.Users;

/**
 * No password, token or erased person's email in the database or the logs. The class starts a
 * node of its own, so that it reads that node's log from its first line.
 */
@ExtendWith(VertxExtension.class)
class PrivacyTest {
  static final List<String> LOG = new CopyOnWriteArrayList<>();
  static final Handler CAPTURE = new Handler() {
    private final SimpleFormatter formatter = new SimpleFormatter();

    @Override
    public void publish(LogRecord record) {
      LOG.add(formatter.format(record));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  static TestApp app;

  @BeforeAll
  static void start() {
    Logger.getLogger("").addHandler(CAPTURE);
    CAPTURE.setLevel(Level.ALL);
    app = TestApp.start();
  }

  @AfterAll
  static void stop() {
    app.close();
    Logger.getLogger("").removeHandler(CAPTURE);
  }

  @Test
  @DisplayName("passwords, tokens and an erased person's email appear neither in the database nor in the logs")
  void nothingLeaks(Vertx vertx) {
    Http http = new Http(vertx, app.port());
    Users users = new Users(http);
    Users.User person = users.orgMember("care");
    http.post("/api/v1/auth/login", null, new JsonObject().put("email", person.email()).put("password", "a wrong password here"));
    http.post("/api/v1/auth/register", null, new JsonObject().put("email", person.email()).put("password", Users.PASSWORD).put("name", "x"));
    // A marker no vocabulary holds (the search thesaurus stores words such as kotisairaala).
    String expertise = "Kotisairaalan yöhoidon kehittäjä " + java.util.UUID.randomUUID();
    http.patch("/api/v1/me", person.token(), new JsonObject().put("expertise", expertise));
    http.get("/api/v1/me/export", person.token());
    assertThat(http.call(io.vertx.core.http.HttpMethod.DELETE, "/api/v1/me", person.token(),
        new JsonObject().put("password", Users.PASSWORD)).status()).isEqualTo(204);

    assertThat(app.dumpContains(Users.PASSWORD)).as("a clear-text password in the database").isFalse();
    assertThat(app.dumpContains("a wrong password here")).isFalse();
    assertThat(app.dumpContains(person.token().split("\\.")[2])).as("a token signature in the database").isFalse();
    assertThat(app.dumpContains(person.email())).as("the erased email in the database").isFalse();
    assertThat(app.dumpContains(expertise)).as("the erased profile in the database").isFalse();
    assertThat(app.count("SELECT count(*) FROM account WHERE password_hash IS NOT NULL AND password_hash NOT LIKE '$argon2id$%'"))
        .as("every stored password is an argon2id hash").isZero();

    String logs = String.join("\n", LOG);
    assertThat(LOG).isNotEmpty();
    assertThat(logs).doesNotContain(Users.PASSWORD).doesNotContain(person.email())
        .doesNotContain(person.token()).doesNotContain("a wrong password here");
  }
}
