package org.ntc.hub.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.CRC32;

/**
 * Whether the schema already is what the migrations on the class path make it, asked without
 * Flyway: every script applied, successfully, with the checksum Flyway gave it, and no other.
 * Loading and configuring Flyway to find that out took a good part of the start; whenever this
 * cannot tell for sure, the answer is no and Flyway runs as before (and explains any mismatch).
 */
final class SchemaCheck {
  static final String LOCATION = "db/migration";

  private SchemaCheck() {}

  /**
   * The scripts' checksums, read once per JVM on a thread of their own (about 0.2 s: every entry
   * of the jar is looked at). A failed read is not kept: the next start reads again.
   */
  private static CompletableFuture<Map<String, Integer>> scripts;

  /** What reads the scripts' checksums; tests give one that fails. */
  interface ScriptReader {
    Map<String, Integer> read() throws IOException, URISyntaxException;
  }

  /** Starts reading the scripts while the database starts, so that the check after it need not wait for them. */
  static CompletableFuture<Map<String, Integer>> readAhead() {
    return readAhead(SchemaCheck::scriptChecksums);
  }

  /** Forgets what was read, so that the next start reads again (tests). */
  static synchronized void forget() {
    scripts = null;
  }

  static synchronized CompletableFuture<Map<String, Integer>> readAhead(ScriptReader reader) {
    if (scripts == null || scripts.isCompletedExceptionally()) {
      CompletableFuture<Map<String, Integer>> reading = new CompletableFuture<>();
      Thread thread = new Thread(() -> {
        try {
          reading.complete(reader.read());
        } catch (IOException | URISyntaxException | RuntimeException e) {
          reading.completeExceptionally(e);
        }
      }, "ntc-schema-scripts");
      thread.setDaemon(true);
      thread.start();
      scripts = reading;
    }
    return scripts;
  }

  static boolean upToDate(String jdbcUrl, String user, String password) {
    try {
      Map<String, Integer> scripts = readAhead().join();
      if (scripts.isEmpty()) return false;
      try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
        return matches(c, scripts);
      }
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  private static boolean matches(Connection c, Map<String, Integer> scripts) throws SQLException {
    try (Statement s = c.createStatement();
         ResultSet has = s.executeQuery("SELECT to_regclass('public.flyway_schema_history') IS NOT NULL")) {
      if (!has.next() || !has.getBoolean(1)) return false;
    }
    Map<String, Integer> applied = new HashMap<>();
    try (Statement s = c.createStatement();
         ResultSet rows = s.executeQuery("SELECT script, checksum, success, type FROM public.flyway_schema_history")) {
      while (rows.next()) {
        int checksum = rows.getInt(2);
        if (rows.wasNull() || !rows.getBoolean(3) || !"SQL".equals(rows.getString(4))) return false;
        if (applied.put(rows.getString(1), checksum) != null) return false;
      }
    }
    return applied.equals(scripts);
  }

  /** Each versioned script's file name and Flyway's checksum of it: CRC32 over its lines, without line ends. */
  static Map<String, Integer> scriptChecksums() throws IOException, URISyntaxException {
    URL root = SchemaCheck.class.getClassLoader().getResource(LOCATION);
    if (root == null) return Map.of();
    Map<String, Integer> checksums = new HashMap<>();
    if ("jar".equals(root.getProtocol())) {
      JarURLConnection connection = (JarURLConnection) root.openConnection();
      connection.setUseCaches(false);
      try (JarFile jar = connection.getJarFile()) {
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
          JarEntry entry = entries.nextElement();
          String name = entry.getName();
          if (entry.isDirectory() || !name.startsWith(LOCATION + "/")) continue;
          String file = name.substring(LOCATION.length() + 1);
          if (file.contains("/") || !versioned(file)) return Map.of();
          try (InputStream in = jar.getInputStream(entry)) {
            checksums.put(file, checksum(in));
          }
        }
      }
    } else if ("file".equals(root.getProtocol())) {
      try (var files = Files.list(Path.of(root.toURI()))) {
        for (Path path : files.toList()) {
          String file = path.getFileName().toString();
          if (Files.isDirectory(path) || !versioned(file)) return Map.of();
          try (InputStream in = Files.newInputStream(path)) {
            checksums.put(file, checksum(in));
          }
        }
      }
    } else {
      return Map.of();
    }
    return checksums;
  }

  /** Only plain versioned SQL scripts are checked here; anything else (repeatable, Java, other files) goes to Flyway. */
  private static boolean versioned(String file) {
    return file.matches("V[0-9]+(_[0-9]+)*__[^/]+\\.sql");
  }

  static int checksum(InputStream in) throws IOException {
    CRC32 crc = new CRC32();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 4096);
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (!line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
      crc.update(line.getBytes(StandardCharsets.UTF_8));
    }
    return (int) crc.getValue();
  }
}
