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
import java.sql.Statement;

/**
 * Where the data lives: an embedded PostgreSQL under the data directory, or the server that
 * {@code NTC_DB_URL} names. Everything here blocks; call it from {@code main} or a worker.
 */
public final class Database implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Database.class.getName());
  static final String PASSWORD_FILE = "db-password";
  private static final String STRICT_HBA = """
      # NTC Hub: every connection gives the superuser's password (see db-password beside this folder).
      local   all             all                                     scram-sha-256
      host    all             all             127.0.0.1/32            scram-sha-256
      host    all             all             ::1/128                 scram-sha-256
      """;

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

  /**
   * Starts PostgreSQL with its data under {@code dataDir/postgres}; the data survives restarts.
   * Nobody else on the machine gets in: the superuser has a password generated into the data
   * directory (0600), every connection must give it (SCRAM), and the folders are the owner's alone.
   */
  public static Database embedded(Path dataDir) {
    try {
      Path data = dataDir.resolve("postgres");
      Path runtime = dataDir.resolve("pg-runtime");
      Path sockets = dataDir.resolve("pg-socket");
      OwnerOnly.directory(dataDir);
      OwnerOnly.directory(runtime);
      OwnerOnly.directory(sockets);
      Path passwordFile = dataDir.resolve(PASSWORD_FILE);
      String password = OwnerOnly.secret(passwordFile);
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
          // initdb takes the last --auth it is given, so this overrides the library's own "trust".
          .setLocaleConfig("auth", "scram-sha-256")
          .setLocaleConfig("pwfile", passwordFile.toString())
          .setConnectConfig("password", password)
          .setPGStartupWait(Duration.ofSeconds(30))
          .setRegisterShutdownHook(false)
          .start();
      // The library opens its binaries' folder to everyone on each start; close it again.
      OwnerOnly.directory(runtime);
      requirePassword(pg, data, password);
      PgConnectOptions options = new PgConnectOptions()
          .setHost("127.0.0.1")
          .setPort(pg.getPort())
          .setDatabase("postgres")
          .setUser("postgres")
          .setPassword(password);
      return new Database(options, Optional.of(pg));
    } catch (IOException | RuntimeException e) {
      throw new Unavailable("the embedded PostgreSQL did not start under " + dataDir + ": " + rootMessage(e), e);
    }
  }

  /**
   * A data directory made before passwords were required still trusts every local user: give
   * the superuser the password and make the server ask for it from now on.
   */
  private static void requirePassword(EmbeddedPostgres pg, Path data, String password) throws IOException {
    Path hba = data.resolve("pg_hba.conf");
    if (Files.readString(hba).lines().noneMatch(line -> !line.startsWith("#") && line.contains("trust"))) return;
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres", "postgres", password);
         Statement s = c.createStatement()) {
      s.execute("SET password_encryption = 'scram-sha-256'");
      s.execute("ALTER USER postgres PASSWORD '" + password.replace("'", "''") + "'");
      Files.writeString(hba, STRICT_HBA);
      s.execute("SELECT pg_reload_conf()");
      LOG.info("the embedded database now requires its password");
    } catch (SQLException e) {
      throw new IOException("could not require a password: " + e.getMessage(), e);
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
    if (SchemaCheck.upToDate(jdbcUrl(), connectOptions.getUser(), connectOptions.getPassword())) {
      LOG.fine("schema up to date");
      return;
    }
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
