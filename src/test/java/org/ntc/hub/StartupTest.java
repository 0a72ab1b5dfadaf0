package org.ntc.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.junit5.VertxExtension;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ntc.hub.support.Eventually;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.NodeProcess;
import org.ntc.hub.support.TestApp;
import org.ntc.hub.support.TestDatabase;

/** Start-up and shutdown as an operator sees them: the process, its output, its exit code. */
@ExtendWith(VertxExtension.class)
class StartupTest {

  @Test
  @DisplayName("the process logs the ready line, serves, and on SIGTERM finishes in-flight work and exits")
  void readyLineAndSigterm(@TempDir Path data, Vertx vertx) throws Exception {
    URI db = TestDatabase.freshDatabase();
    try (NodeProcess node = NodeProcess.start(Map.of(
        "NTC_HTTP_HOST", "127.0.0.1",
        "NTC_HTTP_PORT", "0",
        "NTC_DATA_DIR", data.toString(),
        "NTC_NODE", "umea",
        "NTC_JWT_SECRET", TestApp.JWT_SECRET,
        "NTC_DB_URL", db.toString()));
         Connection lock = DriverManager.getConnection(TestDatabase.jdbcUrl(db))) {
      int port = node.awaitReady(60);
      assertThat(node.output()).anyMatch(l -> l.contains("NTC Hub ready on http://127.0.0.1:" + port + " (node umea)"));
      Http http = new Http(vertx, port);
      Http.Response health = http.get("/health", null);
      assertThat(health.status()).isEqualTo(200);
      assertThat(health.text()).contains("\"node\":\"umea\"");

      // Hold a lock the next request needs, so it is still in flight when SIGTERM arrives.
      lock.setAutoCommit(false);
      try (Statement s = lock.createStatement()) {
        s.execute("LOCK TABLE contact_point IN ACCESS EXCLUSIVE MODE");
      }
      Future<Http.Response> inFlight = http.callAsync(HttpMethod.GET, "/api/v1/contact-points", null, null);
      Eventually.holds("the request waits for the lock", Duration.ofSeconds(10), () -> TestDatabase.count(db,
          "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'contact_point' AND NOT l.granted") > 0);
      node.terminate();
      Eventually.holds("the node has stopped taking connections", Duration.ofSeconds(10), () -> refused(port));
      assertThat(inFlight.isComplete()).as("in-flight work goes on after SIGTERM").isFalse();
      lock.commit();
      assertThat(node.awaitExit(30)).isEqualTo(143);
      Http.Response answered = Http.awaitResult(inFlight);
      assertThat(answered.status()).isEqualTo(200);
      assertThat(answered.text()).contains("seinajoki", "umea");
      try (Statement s = lock.createStatement();
           ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
        rs.next();
        assertThat(rs.getInt(1)).as("connections left open by the stopped node").isZero();
      }
      assertThat(node.output()).noneMatch(l -> l.contains("SEVERE"));
    }
  }

  @Test
  @DisplayName("SIGTERM the moment the node is ready ends it cleanly: no stack trace from work still warming up or verticles still deploying")
  void sigtermRightAfterReady(@TempDir Path data) throws Exception {
    try (NodeProcess node = NodeProcess.start(Map.of(
        "NTC_HTTP_HOST", "127.0.0.1",
        "NTC_HTTP_PORT", "0",
        "NTC_DATA_DIR", data.toString(),
        "NTC_JWT_SECRET", TestApp.JWT_SECRET,
        "NTC_DB_URL", TestDatabase.freshDatabase().toString(),
        // The HTTP verticles beyond the first deploy once the node is ready: several make that take longer.
        "NTC_HTTP_INSTANCES", "4"))) {
      node.awaitReady(60);
      // Libraries, templates and HTTP verticles are still loading in the background now: stopping must not trip over them.
      node.terminate();
      assertThat(node.awaitExit(30)).isEqualTo(143);
      // Nor print what a library prints of a failure nothing handled: a connection cut off mid-work, say.
      assertThat(node.output()).noneMatch(l -> l.contains("Exception") || l.trim().startsWith("at "))
          .noneMatch(l -> l.contains("SEVERE")).noneMatch(l -> l.contains("did not start"));
    }
  }

  @Test
  @DisplayName("a node is ready only once its search knows the vocabulary, even on a new database and one HTTP verticle")
  void vocabularyBeforeReady(@TempDir Path data) throws Exception {
    URI db = TestDatabase.freshDatabase();
    try (NodeProcess node = NodeProcess.start(Map.of(
        "NTC_HTTP_HOST", "127.0.0.1",
        "NTC_HTTP_PORT", "0",
        "NTC_DATA_DIR", data.toString(),
        "NTC_JWT_SECRET", TestApp.JWT_SECRET,
        "NTC_DB_URL", db.toString(),
        "NTC_HTTP_INSTANCES", "1"))) {
      node.awaitReady(60);
      // Asked as soon as the node is ready. A new database holds no showcase: only the vocabulary can have put the
      // thesaurus's words in the word list.
      assertThat(TestDatabase.count(db, "SELECT count(*) FROM search_word WHERE word IN ('turvaranneke', 'trygghetslarm')"))
          .isEqualTo(2);
      node.terminate();
      assertThat(node.awaitExit(30)).isEqualTo(143);
    }
  }

  private static boolean refused(int port) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  @Test
  @DisplayName("a bad setting exits with status 2 and one line naming the setting")
  void badSetting(@TempDir Path data) throws Exception {
    try (NodeProcess node = NodeProcess.start(Map.of("NTC_HTTP_PORT", "eighty", "NTC_DATA_DIR", data.toString()))) {
      assertThat(node.awaitExit(30)).isEqualTo(2);
      assertThat(node.output()).filteredOn(l -> !l.startsWith("WARNING")).hasSize(1)
          .first().asString().contains("NTC_HTTP_PORT");
    }
  }

  @Test
  @DisplayName("a bootstrap admin password that fails the password policy exits with status 2 and one line naming NTC_ADMIN_PASSWORD")
  void weakAdminPassword(@TempDir Path data) throws Exception {
    try (NodeProcess node = NodeProcess.start(Map.of("NTC_ADMIN_EMAIL", "root@example.org", "NTC_ADMIN_PASSWORD", "password1",
        "NTC_DATA_DIR", data.toString()))) {
      assertThat(node.awaitExit(30)).isEqualTo(2);
      assertThat(node.output()).filteredOn(l -> !l.startsWith("WARNING")).hasSize(1)
          .first().asString().contains("NTC_ADMIN_PASSWORD").doesNotContain("password1");
    }
  }

  @Test
  @DisplayName("an unreachable database exits non-zero with a one-line reason")
  void unreachableDatabase(@TempDir Path data) throws Exception {
    try (NodeProcess node = NodeProcess.start(Map.of(
        "NTC_DB_URL", "postgresql://ntc:ntc@127.0.0.1:1/ntc",
        "NTC_DATA_DIR", data.toString(),
        "NTC_JWT_SECRET", TestApp.JWT_SECRET))) {
      assertThat(node.awaitExit(30)).isEqualTo(1);
      assertThat(node.output()).filteredOn(l -> l.contains("cannot start")).hasSize(1)
          .first().asString().contains("unreachable");
      assertThat(node.output()).noneMatch(l -> l.trim().startsWith("at "));
    }
  }
}
