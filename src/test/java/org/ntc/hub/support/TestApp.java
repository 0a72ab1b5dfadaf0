package org.ntc.hub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ntc.hub.App;
import org.ntc.hub.AppConfig;

/** A real NTC Hub node on a random port over its own database on the shared test server. */
public final class TestApp implements AutoCloseable {
  public static final String JWT_SECRET = "test-secret-that-is-long-enough-for-hs256-signing";
  /** Meets the password policy, as any bootstrap admin password must (it may not contain "admin", the email's name). */
  public static final String ADMIN_PASSWORD = "Operator-passphrase-for-tests-1";

  private final App app;
  private final URI dbUrl;
  private final TestClock clock;

  private TestApp(App app, URI dbUrl, TestClock clock) {
    this.app = app;
    this.dbUrl = dbUrl;
    this.clock = clock;
  }

  public static TestApp start() {
    return start(Map.of());
  }

  public static TestApp start(Map<String, String> extra) {
    BlockedThreads.watch();
    try {
      URI dbUrl = extra.containsKey("NTC_DB_URL") ? URI.create(extra.get("NTC_DB_URL")) : TestDatabase.freshDatabase();
      Map<String, String> env = new HashMap<>();
      env.put("NTC_HTTP_HOST", "127.0.0.1");
      env.put("NTC_HTTP_PORT", "0");
      env.put("NTC_HTTP_INSTANCES", "2");
      env.put("NTC_DATA_DIR", Files.createTempDirectory("ntc-test-data").toString());
      env.put("NTC_DB_URL", dbUrl.toString());
      env.put("NTC_JWT_SECRET", JWT_SECRET);
      env.put("NTC_ADMIN_EMAIL", "admin@ntc.test");
      env.put("NTC_ADMIN_PASSWORD", ADMIN_PASSWORD);
      env.put("NTC_CONFIG", Path.of("src/test/resources/empty.properties").toAbsolutePath().toString());
      env.putAll(extra);
      TestClock clock = new TestClock();
      return new TestApp(App.start(AppConfig.from(env), clock), dbUrl, clock);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The node's clock: {@code clock().passes(moment)} lets a deadline or a start pass without waiting. */
  public TestClock clock() {
    return clock;
  }

  public URI dbUrl() {
    return dbUrl;
  }

  public int port() {
    return app.port();
  }

  public App app() {
    return app;
  }

  /** A single number from the database, for asserting what a request did or did not change. */
  public long count(String sql) {
    return TestDatabase.count(dbUrl, sql);
  }

  /** Waits until the relay has numbered every event the node logged, so a resumed stream finds them in the log. */
  public void awaitEventsNumbered() {
    TestDatabase.awaitEventsNumbered(dbUrl);
  }

  /** Whether any row of any table, as text, contains this string: a database dump, searched. */
  public boolean dumpContains(String needle) {
    try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(dbUrl)); Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
        while (rs.next()) tables.add(rs.getString(1));
      }
      for (String table : tables) {
        try (PreparedStatement p = c.prepareStatement(
            "SELECT count(*) FROM \"" + table + "\" t WHERE position(lower(?) in lower(t::text)) > 0")) {
          p.setString(1, needle);
          try (ResultSet rs = p.executeQuery()) {
            rs.next();
            if (rs.getLong(1) > 0) return true;
          }
        }
      }
      return false;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public void execute(String sql) {
    try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(dbUrl)); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Forgets every attempt counted against the node's limits (sign-ins, registrations, lookups): a
   * class on the shared node starts with the allowance a node of its own would have given it.
   */
  public void forgetAttemptLimits() {
    execute("DELETE FROM attempt_limit");
  }

  /**
   * Reads the contact points and label wording from this node's database again: they are kept per
   * process, so a class with its own node that added some leaves them behind for the next node.
   */
  public void reloadReferenceData() {
    Http.awaitResult(app.reloadReferenceData());
  }

  /** Fails the test if an event loop was blocked, then stops the node. */
  @Override
  public void close() {
    try {
      BlockedThreads.assertNone();
    } finally {
      stop();
    }
  }

  void stop() {
    app.close();
  }
}
