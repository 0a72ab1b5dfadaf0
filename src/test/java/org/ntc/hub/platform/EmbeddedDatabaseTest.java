package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database lets in only the account that runs NTC Hub, with the password it generated. */
class EmbeddedDatabaseTest {

  @Test
  @DisplayName("a new embedded database asks every connection for the generated password, and its folders are the owner's alone")
  void newDatabaseRequiresPassword(@TempDir Path dir) throws Exception {
    try (Database db = Database.embedded(dir)) {
      assertLockedDown(dir, db);
    }
  }

  @Test
  @DisplayName("a data directory made when every local user was trusted requires the password from its next start on")
  void olderTrustingDatabaseIsLockedDown(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("postgres");
    try (EmbeddedPostgres trusting = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
        .setOverrideWorkingDirectory(Files.createDirectories(dir.resolve("pg-runtime")).toFile())
        .setServerConfig("listen_addresses", "127.0.0.1").setRegisterShutdownHook(false).start()) {
      assertThat(Files.readString(data.resolve("pg_hba.conf"))).contains("trust");
    }
    try (Database db = Database.embedded(dir)) {
      assertLockedDown(dir, db);
    }
  }

  private static void assertLockedDown(Path dir, Database db) throws Exception {
    String password = Files.readString(dir.resolve(Database.PASSWORD_FILE)).strip();
    assertThat(password).hasSizeGreaterThanOrEqualTo(40);
    assertThat(db.connectOptions().getPassword()).isEqualTo(password);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(Database.PASSWORD_FILE))))
        .isEqualTo("rw-------");
    for (String folder : new String[] {".", "pg-runtime", "pg-socket", "postgres"}) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(folder))))
          .as(folder).isEqualTo("rwx------");
    }
    assertThat(Files.readString(dir.resolve("postgres/pg_hba.conf")).lines().filter(l -> !l.startsWith("#")))
        .noneMatch(l -> l.contains("trust"));
    assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "postgres", null).close())
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "postgres", "guess").close())
        .isInstanceOf(SQLException.class);
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", password)) {
      assertThat(c.isValid(2)).isTrue();
    }
  }
}
