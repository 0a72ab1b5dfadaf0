package org.ntc.hub.platform;

import io.vertx.pgclient.PgConnectOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;

/**
 * Where the data lives: an embedded PostgreSQL under the data directory, or the server that
 * {@code NTC_DB_URL} names. Everything here blocks; call it from {@code main} or a worker.
 */
public final class Database implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Database.class.getName());

  private final PgConnectOptions connectOptions;
  private final Optional<EmbeddedPostgres> embedded;

  private Database(PgConnectOptions connectOptions, Optional<EmbeddedPostgres> embedded) {
    this.connectOptions = connectOptions;
    this.embedded = embedded;
  }

  /** A database is unreachable or will not start; the message is one line for the operator. */
  public static final class Unavailable extends RuntimeException {
    public Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  public static Database external(URI url) {
    PgConnectOptions options = new PgConnectOptions()
        .setHost(url.getHost())
        .setPort(url.getPort() > 0 ? url.getPort() : 5432)
        .setDatabase(url.getPath().substring(1));
    String userInfo = url.getRawUserInfo();
    if (userInfo != null) {
      String[] parts = userInfo.split(":", 2);
      options.setUser(decode(parts[0]));
      if (parts.length > 1) options.setPassword(decode(parts[1]));
    }
    Database db = new Database(options, Optional.empty());
    db.checkReachable();
    return db;
  }

  /** Starts PostgreSQL with its data under {@code dataDir/postgres}; the data survives restarts. */
  public static Database embedded(Path dataDir) {
    try {
      Path data = dataDir.resolve("postgres");
      Path runtime = dataDir.resolve("pg-runtime");
      Path sockets = dataDir.resolve("pg-socket");
      Files.createDirectories(runtime);
      Files.createDirectories(sockets);
      EmbeddedPostgres pg = EmbeddedPostgres.builder()
          .setDataDirectory(data)
          .setCleanDataDirectory(false)
          .setOverrideWorkingDirectory(runtime.toFile())
          .setServerConfig("listen_addresses", "127.0.0.1")
          .setServerConfig("unix_socket_directories", sockets.toString())
          .setServerConfig("max_connections", "100")
          .setServerConfig("shared_buffers", "256MB")
          .setServerConfig("work_mem", "16MB")
          .setLocaleConfig("encoding", "UTF8")
          .setLocaleConfig("locale", "C")
          .setPGStartupWait(Duration.ofSeconds(30))
          .setRegisterShutdownHook(false)
          .start();
      PgConnectOptions options = new PgConnectOptions()
          .setHost("127.0.0.1")
          .setPort(pg.getPort())
          .setDatabase("postgres")
          .setUser("postgres");
      return new Database(options, Optional.of(pg));
    } catch (IOException | RuntimeException e) {
      throw new Unavailable("the embedded PostgreSQL did not start under " + dataDir + ": " + rootMessage(e), e);
    }
  }

  public PgConnectOptions connectOptions() {
    return new PgConnectOptions(connectOptions);
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://" + connectOptions.getHost() + ":" + connectOptions.getPort() + "/"
        + connectOptions.getDatabase();
  }

  /** Brings the schema up to date; blocking JDBC, so never on an event loop. */
  public void migrate() {
    Flyway.configure()
        .dataSource(jdbcUrl(), connectOptions.getUser(), connectOptions.getPassword())
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }

  private void checkReachable() {
    try (Connection ignored = DriverManager.getConnection(jdbcUrl(), connectOptions.getUser(), connectOptions.getPassword())) {
      LOG.fine("database reachable");
    } catch (SQLException e) {
      throw new Unavailable("the database at " + connectOptions.getHost() + ":" + connectOptions.getPort()
          + " is unreachable: " + rootMessage(e), e);
    }
  }

  @Override
  public void close() {
    embedded.ifPresent(pg -> {
      try {
        pg.close();
      } catch (IOException e) {
        LOG.warning("the embedded PostgreSQL did not stop cleanly: " + e.getMessage());
      }
    });
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
