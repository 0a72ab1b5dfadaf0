package org.ntc.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ntc.hub.support.TestApp;

/** The zero-setup default: an embedded PostgreSQL under NTC_DATA_DIR that keeps its data. */
class EmbeddedRestartTest {

  @Test
  @DisplayName("restarting on the same data directory keeps the data and does not load demo content twice")
  void restartKeepsDataAndDemoOnce(@TempDir Path data) throws Exception {
    Map<String, String> env = Map.of(
        "NTC_HTTP_HOST", "127.0.0.1",
        "NTC_HTTP_PORT", "0",
        "NTC_DATA_DIR", data.toString(),
        "NTC_DEMO", "true",
        "NTC_JWT_SECRET", TestApp.JWT_SECRET,
        "NTC_CONFIG", Path.of("src/test/resources/empty.properties").toAbsolutePath().toString());
    long firstDemoRows;
    try (App first = App.start(AppConfig.from(env))) {
      firstDemoRows = count(first, "SELECT count(*) FROM demo_content");
      assertThat(firstDemoRows).isPositive();
      assertThat(count(first, "SELECT count(*) FROM contact_point WHERE introduction <> '{}'::jsonb")).isEqualTo(2);
      execute(first, "CREATE TABLE restart_marker (id int); INSERT INTO restart_marker VALUES (42)");
    }
    try (App second = App.start(AppConfig.from(env))) {
      assertThat(count(second, "SELECT count(*) FROM demo_content")).isEqualTo(firstDemoRows);
      assertThat(count(second, "SELECT count(*) FROM contact_point")).isEqualTo(2);
      assertThat(count(second, "SELECT id FROM restart_marker")).isEqualTo(42);
    }
  }

  private static long count(App app, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(app.database().jdbcUrl(), "postgres", app.database().connectOptions().getPassword());
         Statement s = c.createStatement();
         ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void execute(App app, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(app.database().jdbcUrl(), "postgres", app.database().connectOptions().getPassword());
         Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
