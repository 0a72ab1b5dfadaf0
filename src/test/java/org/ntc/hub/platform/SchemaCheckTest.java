package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start skips Flyway only when the schema history is exactly what the scripts on the class path make it. */
class SchemaCheckTest {

  @Test
  @DisplayName("after Flyway migrates, the check agrees with Flyway's own checksums; a changed history sends the start back to Flyway")
  void agreesWithFlyway(@TempDir Path dir) throws Exception {
    try (Database db = Database.embedded(dir)) {
      String user = db.connectOptions().getUser();
      String password = db.connectOptions().getPassword();
      assertThat(SchemaCheck.upToDate(db.jdbcUrl(), user, password)).as("no history yet").isFalse();
      db.migrate();

      Map<String, Integer> stored = new HashMap<>();
      try (Connection c = DriverManager.getConnection(db.jdbcUrl(), user, password);
           Statement s = c.createStatement();
           ResultSet rows = s.executeQuery("SELECT script, checksum FROM flyway_schema_history WHERE type = 'SQL'")) {
        while (rows.next()) stored.put(rows.getString(1), rows.getInt(2));
      }
      assertThat(SchemaCheck.scriptChecksums()).as("the checksums Flyway stored").isEqualTo(stored).isNotEmpty();
      assertThat(SchemaCheck.upToDate(db.jdbcUrl(), user, password)).isTrue();

      try (Connection c = DriverManager.getConnection(db.jdbcUrl(), user, password); Statement s = c.createStatement()) {
        s.executeUpdate("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");
      }
      assertThat(SchemaCheck.upToDate(db.jdbcUrl(), user, password)).as("an edited script").isFalse();
    }
  }

  @Test
  @DisplayName("a failed read of the scripts is not kept: the next start reads them again")
  void failedReadIsReadAgain() {
    SchemaCheck.forget();
    var failed = SchemaCheck.readAhead(() -> {
      throw new java.io.IOException("unreadable jar");
    });
    assertThat(failed).failsWithin(java.time.Duration.ofSeconds(10));
    var again = SchemaCheck.readAhead();
    assertThat(again).isNotSameAs(failed);
    assertThat(again.join()).isEqualTo(SchemaCheck.readAhead().join()).isNotEmpty();
  }
}
