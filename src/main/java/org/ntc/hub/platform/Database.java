package org.ntc.hub.platform;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
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
  private static final Duration STARTUP_WAIT = Duration.ofSeconds(30);
  private static final String STRICT_HBA = """
      # NTC Hub: every connection gives the superuser's password (see db-password beside this folder).
      local   all             all                                     scram-sha-256
      host    all             all             127.0.0.1/32            scram-sha-256
      host    all             all             ::1/128                 scram-sha-256
      """;

  private final PgConnectOptions connectOptions;
  /** Where the embedded server listens on a Unix socket too; none for an external database. */
  private final Path socketDirectory;
  private final Starter starter;
  /** The embedded server while it runs, started by the library or directly. */
  private Closeable embedded;
  private boolean started;
  private boolean closed;

  private Database(PgConnectOptions connectOptions, Path socketDirectory, Starter starter) {
    this.connectOptions = connectOptions;
    this.socketDirectory = socketDirectory;
    this.starter = starter;
  }

  /** What makes the database ready: starting the embedded server, or reaching the external one. */
  private interface Starter {
    Optional<Closeable> start(Database database) throws IOException;
  }

  /** A database is unreachable or will not start; the message is one line for the operator. */
  public static final class Unavailable extends RuntimeException {
    public Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  public static Database external(URI url) {
    return externalAt(url).start();
  }

  /** The server {@code url} names, not yet asked whether it answers: {@link #start()} does. */
  public static Database externalAt(URI url) {
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
    return new Database(options, null, db -> {
      db.checkReachable();
      return Optional.empty();
    });
  }

  /**
   * Starts PostgreSQL with its data under {@code dataDir/postgres}; the data survives restarts.
   * Nobody else on the machine gets in: the superuser has a password generated into the data
   * directory (0600), every connection must give it (SCRAM), and the folders are the owner's alone.
   */
  public static Database embedded(Path dataDir) {
    return embeddedAt(dataDir).start();
  }

  /**
   * The embedded database under {@code dataDir}, with its password and port chosen but its server
   * not yet started, so that a node can set up everything that only needs to know how to reach it
   * while {@link #start()} runs on another thread.
   */
  public static Database embeddedAt(Path dataDir) {
    try {
      Path data = dataDir.resolve("postgres");
      Path runtime = dataDir.resolve("pg-runtime");
      Path sockets = dataDir.resolve("pg-socket");
      OwnerOnly.directory(dataDir);
      OwnerOnly.directory(runtime);
      OwnerOnly.directory(sockets);
      Path passwordFile = dataDir.resolve(PASSWORD_FILE);
      String password = OwnerOnly.secret(passwordFile);
      int port = freePort();
      KeptBinaries binaries = new KeptBinaries(runtime);
      Map<String, String> settings = serverSettings(sockets);
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
          .setDataDirectory(data)
          .setCleanDataDirectory(false)
          .setOverrideWorkingDirectory(runtime.toFile())
          .setPgBinaryResolver(binaries)
          .setLocaleConfig("encoding", "UTF8")
          .setLocaleConfig("locale", "C")
          // initdb takes the last --auth it is given, so this overrides the library's own "trust".
          .setLocaleConfig("auth", "scram-sha-256")
          .setLocaleConfig("pwfile", passwordFile.toString())
          .setConnectConfig("password", password)
          .setPGStartupWait(STARTUP_WAIT)
          .setRegisterShutdownHook(false)
          .setPort(port);
      settings.forEach(builder::setServerConfig);
      PgConnectOptions options = new PgConnectOptions()
          .setHost("127.0.0.1")
          .setPort(port)
          .setDatabase("postgres")
          .setUser("postgres")
          .setPassword(password);
      return new Database(options, sockets, db -> {
        try {
          // A data directory the library initialised, and binaries it unpacked, need nothing more of it.
          Optional<Path> kept = Files.isRegularFile(data.resolve("PG_VERSION")) ? binaries.keptFolder() : Optional.empty();
          Closeable server = kept.isPresent()
              ? Postmaster.start(kept.get(), data, port, settings, STARTUP_WAIT)
              : builder.start();
          StartSteps.reached(kept.isPresent() ? "postmaster up (started directly)" : "postmaster up");
          binaries.serverStarted();
          // The library opens its binaries' folder to everyone on each start; close it again.
          OwnerOnly.directory(runtime);
          requirePassword(port, data, password);
          return Optional.of(server);
        } catch (IOException | RuntimeException e) {
          throw unavailable(dataDir, e);
        }
      });
    } catch (IOException | RuntimeException e) {
      throw unavailable(dataDir, e);
    }
  }

  /**
   * The embedded server's settings, the same whichever way it starts: the library's own defaults (UTC, commits not
   * waiting for the disk) and ours. It also always runs with {@code -F}, as the library starts it.
   */
  private static Map<String, String> serverSettings(Path sockets) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("timezone", "UTC");
    settings.put("synchronous_commit", "off");
    settings.put("listen_addresses", "127.0.0.1");
    settings.put("unix_socket_directories", sockets.toString());
    settings.put("max_connections", "100");
    settings.put("shared_buffers", "256MB");
    settings.put("work_mem", "16MB");
    return settings;
  }

  private static Unavailable unavailable(Path dataDir, Exception e) {
    return new Unavailable("the embedded PostgreSQL did not start under " + dataDir + ": " + rootMessage(e), e);
  }

  /** A port nothing listens on now, as the library itself would pick one, but known before the server starts. */
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /**
   * Starts the embedded server, or checks that the external one answers; blocks, and does it once.
   * A {@link #close()} from another thread meanwhile waits for the start and then stops the server.
   */
  public synchronized Database start() {
    if (started) return this;
    if (closed) throw new Unavailable("the database was closed before it started", null);
    SchemaCheck.readAhead();
    try {
      embedded = starter.start(this).orElse(null);
      started = true;
      return this;
    } catch (IOException e) {
      throw new Unavailable("the database did not start: " + rootMessage(e), e);
    }
  }

  /**
   * A data directory made before passwords were required still trusts every local user: give
   * the superuser the password and make the server ask for it from now on.
   */
  private static void requirePassword(int port, Path data, String password) throws IOException {
    Path hba = data.resolve("pg_hba.conf");
    if (Files.readString(hba).lines().noneMatch(line -> !line.startsWith("#") && line.contains("trust"))) return;
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", password);
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

  /** Whether the embedded server runs, started straight from its kept binaries rather than by the library (tests). */
  synchronized boolean startedDirectly() {
    return embedded instanceof Postmaster;
  }

  /** How to reach the database over TCP (JDBC, and any client without a Unix socket). */
  public PgConnectOptions connectOptions() {
    return new PgConnectOptions(connectOptions);
  }

  /**
   * How {@code vertx}'s clients reach the database: the embedded server's Unix socket where the
   * node runs on a native transport (Linux), else TCP. On the socket each statement costs both
   * processes less than on loopback TCP; the password is asked for either way (see the pg_hba rules).
   */
  public PgConnectOptions connectOptions(Vertx vertx) {
    PgConnectOptions options = connectOptions();
    if (socketDirectory == null || !vertx.isNativeTransportEnabled()) return options;
    String socket = socketDirectory.toAbsolutePath().toString();
    // A socket's path is limited to 107 bytes; PostgreSQL appends "/.s.PGSQL.<port>".
    if (socket.getBytes(StandardCharsets.UTF_8).length + 16 > 107) return options;
    return options.setHost(socket);
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

  /**
   * What only makes later starts quicker, for once the node serves: the embedded superuser's password
   * stored with fewer rounds (see {@link ScramVerifier}), which every new connection then computes in
   * a fraction of the time. Nothing changes on an external database. Blocks; never on an event loop.
   */
  public void afterReady() {
    synchronized (this) {
      if (embedded == null || closed) return;
    }
    try (Connection c = DriverManager.getConnection(jdbcUrl(), connectOptions.getUser(), connectOptions.getPassword())) {
      if (ScramVerifier.keepQuick(c, connectOptions.getPassword())) LOG.fine("the database password is stored with fewer rounds");
    } catch (SQLException e) {
      LOG.fine("the database password keeps its rounds: " + rootMessage(e));
    }
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
  public synchronized void close() {
    closed = true;
    if (embedded == null) return;
    try {
      embedded.close();
    } catch (IOException e) {
      LOG.warning("the embedded PostgreSQL did not stop cleanly: " + e.getMessage());
    }
    embedded = null;
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
