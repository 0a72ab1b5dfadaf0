package org.ntc.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ntc.hub.support.Eventually;
import org.ntc.hub.support.NodeProcess;
import org.ntc.hub.support.TestApp;
import org.ntc.hub.support.TestDatabase;

/** Start-up and shutdown as an operator sees them: the process, its output, its exit code. */
class StartupTest {
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  @DisplayName("the process logs the ready line, serves, and on SIGTERM finishes in-flight work and exits")
  void readyLineAndSigterm(@TempDir Path data) throws Exception {
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
      HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"node\":\"umea\"");

      // Hold a lock the next request needs, so it is still in flight when SIGTERM arrives.
      lock.setAutoCommit(false);
      try (Statement s = lock.createStatement()) {
        s.execute("LOCK TABLE contact_point IN ACCESS EXCLUSIVE MODE");
      }
      CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/contact-points")).build(),
          HttpResponse.BodyHandlers.ofString());
      Eventually.holds("the request waits for the lock", Duration.ofSeconds(10), () -> TestDatabase.count(db,
          "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'contact_point' AND NOT l.granted") > 0);
      node.terminate();
      Eventually.holds("the node has stopped taking connections", Duration.ofSeconds(10), () -> refused(port));
      assertThat(inFlight).as("in-flight work goes on after SIGTERM").isNotDone();
      lock.commit();
      assertThat(node.awaitExit(30)).isEqualTo(143);
      assertThat(inFlight.get().statusCode()).isEqualTo(200);
      assertThat(inFlight.get().body()).contains("seinajoki", "umea");
      try (Statement s = lock.createStatement();
           java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
        rs.next();
        assertThat(rs.getInt(1)).as("connections left open by the stopped node").isZero();
      }
      assertThat(node.output()).noneMatch(l -> l.contains("SEVERE"));
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
