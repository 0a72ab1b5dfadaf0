package org.ntc.hub.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL for the whole test run; every test class gets a database of its
 * own in it, so classes never see each other's rows.
 */
public final class TestDatabase {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres server;

  private TestDatabase() {}

  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        Path dir = Files.createTempDirectory("ntc-test-pg");
        server = EmbeddedPostgres.builder()
            .setOverrideWorkingDirectory(dir.resolve("runtime").toFile())
            .setDataDirectory(dir.resolve("data"))
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setServerConfig("unix_socket_directories", Files.createDirectories(dir.resolve("socket")).toString())
            .setServerConfig("max_connections", "300")
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setLocaleConfig("encoding", "UTF8")
            .setLocaleConfig("locale", "C")
            .start();
        EmbeddedPostgres started = server;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            started.close();
          } catch (IOException ignored) {
            // the JVM is going away either way
          }
        }));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return server;
  }

  /** A new, empty database on the shared server, as a URL for {@code NTC_DB_URL}. */
  public static URI freshDatabase() {
    String name = "ntc_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return URI.create("postgresql://postgres@127.0.0.1:" + server().getPort() + "/" + name);
  }

  /** A single number from the database at {@code dbUrl}. */
  public static long count(URI dbUrl, String sql) {
    try (Connection c = DriverManager.getConnection(jdbcUrl(dbUrl));
         Statement s = c.createStatement();
         ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Waits until the relay has numbered every event logged in the database at {@code dbUrl}: from
   * then on a stream resumed with Last-Event-ID gets them from the log.
   */
  public static void awaitEventsNumbered(URI dbUrl) {
    Eventually.holds("every logged event numbered by the relay", Duration.ofSeconds(10),
        () -> count(dbUrl, "SELECT count(*) FROM event_log WHERE seq IS NULL") == 0);
  }

  public static String jdbcUrl(URI dbUrl) {
    return "jdbc:postgresql://" + dbUrl.getHost() + ":" + dbUrl.getPort() + dbUrl.getPath() + "?user=postgres";
  }
}
