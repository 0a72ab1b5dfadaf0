package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

  @Test
  @DisplayName("a later start finds the PostgreSQL binaries unpacked for the same bundle without reading the bundle again")
  void laterStartsKeepTheUnpackedBinaries(@TempDir Path dir) throws Exception {
    assumeTrue(System.getProperty("os.name").startsWith("Linux") && "amd64".equals(System.getProperty("os.arch")),
        "the bundle named here is the Linux x86-64 one");
    Path runtime = dir.resolve("pg-runtime");
    try (Database db = Database.embedded(dir)) {
      assertThat(db.connectOptions().getPort()).isPositive();
    }
    KeptBinaries.Bundle bundle = KeptBinaries.bundle("Linux", "x86_64").orElseThrow();
    Path link = runtime.resolve(bundle.folder());
    assertThat(Files.isSymbolicLink(link)).isTrue();
    Path folder = runtime.resolve(Files.readSymbolicLink(link));
    assertThat(KeptBinaries.ready(folder)).isTrue();
    try (InputStream handed = new KeptBinaries(runtime).getPgBinary("Linux", "x86_64")) {
      assertThat(handed.readAllBytes()).hasSizeLessThan(1_000);
    }
    try (Database db = Database.embedded(dir); Connection c = connect(dir, db)) {
      assertThat(c.isValid(2)).isTrue();
    }
    try (var entries = Files.list(runtime)) {
      assertThat(entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("PG-")))
          .containsExactlyInAnyOrder(link.getFileName().toString(), folder.getFileName().toString());
    }
    // A folder changed after it was unpacked is no longer taken as it is: the library reads the bundle again.
    Files.writeString(folder.resolve("stray"), "newer than the marker");
    Files.setLastModifiedTime(folder.resolve("stray"), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    try (InputStream handed = new KeptBinaries(runtime).getPgBinary("Linux", "x86_64")) {
      assertThat(handed.readNBytes(1_000_000)).hasSize(1_000_000);
    }
  }

  @Test
  @DisplayName("a later start runs PostgreSQL straight from the kept binaries: locked down, serving, and stopped with the node")
  void laterStartsRunTheServerDirectly(@TempDir Path dir) throws Exception {
    try (Database db = Database.embedded(dir)) {
      assertThat(db.startedDirectly()).as("a new data directory starts through the library").isFalse();
    }
    long pid;
    try (Database db = Database.embedded(dir)) {
      assertThat(db.startedDirectly()).isTrue();
      assertLockedDown(dir, db);
      pid = Long.parseLong(Files.readAllLines(dir.resolve("postgres/postmaster.pid")).get(0).strip());
      assertThat(ProcessHandle.of(pid)).isPresent();
      try (Connection c = connect(dir, db); Statement s = c.createStatement()) {
        s.execute("CREATE TABLE kept (note text)");
        s.execute("INSERT INTO kept VALUES ('written by a direct start')");
      }
      // One data directory, one server: a second start on it is refused at once.
      long began = System.nanoTime();
      assertThatThrownBy(() -> Database.embedded(dir)).isInstanceOf(Database.Unavailable.class)
          .hasMessageContaining("another process");
      assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(5));
    }
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("stopped with the database").isFalse();
    assertThat(dir.resolve("postgres/postmaster.pid")).doesNotExist();
    try (Database db = Database.embedded(dir); Connection c = connect(dir, db); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT note FROM kept")) {
      assertThat(db.startedDirectly()).isTrue();
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("written by a direct start");
    }
  }

  @Test
  @DisplayName("a server left running by a node killed outright is stopped, and the next node starts on the directory")
  void aServerLeftRunningIsStopped(@TempDir Path dir) throws Exception {
    try (Database db = Database.embedded(dir)) {
      assertThat(db.connectOptions().getPort()).isPositive();
    }
    // What a node killed with SIGKILL leaves: its server, still running, and no lock on the directory.
    Path binaries = new KeptBinaries(dir.resolve("pg-runtime")).keptFolder().orElseThrow();
    int port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Process leftOver = new ProcessBuilder(Postmaster.command(binaries, dir.resolve("postgres"), port,
        java.util.Map.of("listen_addresses", "127.0.0.1", "unix_socket_directories", dir.resolve("pg-socket").toString())))
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      long waitUntil = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (!Postmaster.ready(dir.resolve("postgres/postmaster.pid"), Long.toString(leftOver.pid()))) {
        assertThat(System.nanoTime()).as("the left-over server got ready").isLessThan(waitUntil);
        Thread.sleep(20);
      }
      try (Database db = Database.embedded(dir)) {
        assertThat(db.startedDirectly()).isTrue();
        assertThat(leftOver.isAlive()).as("the left-over server was stopped").isFalse();
        assertLockedDown(dir, db);
      }
    } finally {
      leftOver.destroyForcibly();
    }
  }

  @Test
  @DisplayName("a lock file that names another directory's server by now is no reason to stop it: the start is refused")
  void anotherDirectorysServerIsLeftAlone(@TempDir Path dir, @TempDir Path other) throws Exception {
    try (Database db = Database.embedded(dir)) {
      assertThat(db.connectOptions().getPort()).isPositive();
    }
    try (Database elsewhere = Database.embedded(other)) {
      String pid = Files.readAllLines(other.resolve("postgres/postmaster.pid")).get(0).strip();
      Files.writeString(dir.resolve("postgres/postmaster.pid"), pid + "\n" + dir.resolve("postgres") + "\n");
      assertThatThrownBy(() -> Database.embedded(dir)).isInstanceOf(Database.Unavailable.class)
          .hasMessageContaining("postmaster.pid");
      assertThat(ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive)).contains(true);
      try (Connection c = connect(other, elsewhere)) {
        assertThat(c.isValid(2)).isTrue();
      }
    }
  }

  @Test
  @DisplayName("a server that cannot start says why in PostgreSQL's words, at once rather than after the wait")
  void aServerThatCannotStartSaysWhy(@TempDir Path dir) throws Exception {
    try (Database db = Database.embedded(dir)) {
      assertThat(db.connectOptions().getPort()).isPositive();
    }
    Files.writeString(dir.resolve("postgres/postgresql.auto.conf"), "shared_buffers = 'plenty'\n",
        java.nio.file.StandardOpenOption.APPEND);
    long began = System.nanoTime();
    assertThatThrownBy(() -> Database.embedded(dir)).isInstanceOf(Database.Unavailable.class)
        .hasMessageContaining("shared_buffers");
    assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  @DisplayName("once a node serves, the embedded superuser's password is stored with few SCRAM rounds and still required")
  void passwordStoredWithFewRounds(@TempDir Path dir) throws Exception {
    try (Database db = Database.embedded(dir)) {
      assertThat(storedPassword(dir, db)).startsWith("SCRAM-SHA-256$4096:");
      db.afterReady();
      assertThat(storedPassword(dir, db)).startsWith("SCRAM-SHA-256$" + ScramVerifier.ROUNDS + ":");
      assertLockedDown(dir, db);
    }
    try (Database db = Database.embedded(dir)) {
      assertThat(storedPassword(dir, db)).startsWith("SCRAM-SHA-256$" + ScramVerifier.ROUNDS + ":");
      assertLockedDown(dir, db);
    }
    assertThat(ScramVerifier.rounds("md5abc")).isEmpty();
  }

  @Test
  @DisplayName("on a native transport the node reaches the embedded database over its Unix socket, which asks for the password too")
  void nodeUsesTheUnixSocket(@TempDir Path dir) throws Exception {
    Vertx nativeVertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true));
    Vertx nioVertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(false));
    try (Database db = Database.embedded(dir)) {
      assertThat(db.connectOptions(nioVertx).isUsingDomainSocket()).isFalse();
      assumeTrue(nativeVertx.isNativeTransportEnabled(), "no native transport on this platform");
      PgConnectOptions socket = db.connectOptions(nativeVertx);
      assertThat(socket.isUsingDomainSocket()).isTrue();
      PgConnection connection = done(PgConnection.connect(nativeVertx, socket));
      // A connection over a Unix socket has no client address.
      assertThat(done(connection.query("SELECT inet_client_addr() IS NULL AS local").execute()).iterator().next()
          .getBoolean("local")).isTrue();
      done(connection.close());
      assertThatThrownBy(() -> done(PgConnection.connect(nativeVertx, new PgConnectOptions(socket).setPassword("guess"))))
          .hasMessageContaining("password");
    } finally {
      done(nativeVertx.close());
      done(nioVertx.close());
    }
  }

  private static <T> T done(Future<T> future) throws Exception {
    try {
      return future.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  private static Connection connect(Path dir, Database db) throws Exception {
    return DriverManager.getConnection(db.jdbcUrl(), "postgres", Files.readString(dir.resolve(Database.PASSWORD_FILE)).strip());
  }

  private static String storedPassword(Path dir, Database db) throws Exception {
    try (Connection c = connect(dir, db); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT rolpassword FROM pg_authid WHERE rolname = 'postgres'")) {
      assertThat(rs.next()).isTrue();
      return rs.getString(1);
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
