package org.ntc.hub.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An embedded PostgreSQL of a test's own, to stop and start again on the same port and data. */
public final class StoppablePostgres {
  private StoppablePostgres() {}

  /** Starts (or restarts) the server in {@code dir}; port 0 picks one. */
  public static EmbeddedPostgres start(Path dir, int port) throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        .setOverrideWorkingDirectory(dir.resolve("runtime").toFile())
        .setDataDirectory(dir.resolve("data"))
        .setCleanDataDirectory(false)
        .setServerConfig("listen_addresses", "127.0.0.1")
        .setServerConfig("unix_socket_directories", Files.createDirectories(dir.resolve("socket")).toString())
        .setLocaleConfig("encoding", "UTF8")
        .setLocaleConfig("locale", "C");
    if (port > 0) builder.setPort(port);
    return builder.start();
  }

  public static String url(EmbeddedPostgres pg) {
    return "postgresql://postgres@127.0.0.1:" + pg.getPort() + "/postgres";
  }
}
