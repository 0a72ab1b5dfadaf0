package org.ntc.hub;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.LogManager;
import org.ntc.hub.platform.Database;

/** Starts one NTC Hub node; exits 2 on a bad setting, 1 when the database is unreachable. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    configureLogging();
    System.setProperty("vertx.disableDnsResolver", "true");
    final AppConfig config;
    try {
      config = AppConfig.from(System.getenv());
    } catch (AppConfig.BadSetting e) {
      System.err.println("NTC Hub cannot start: bad setting " + e.getMessage());
      System.exit(2);
      return;
    }
    App app;
    try {
      app = App.start(config);
    } catch (Database.Unavailable e) {
      System.err.println("NTC Hub cannot start: " + e.getMessage());
      System.exit(1);
      return;
    } catch (RuntimeException e) {
      System.err.println("NTC Hub cannot start: " + oneLine(e));
      System.exit(1);
      return;
    }
    // JUL resets its handlers in its own shutdown hook, so the last line goes straight to stderr.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.close();
      System.err.println(java.time.LocalDateTime.now().withNano(0) + " INFO NTC Hub stopped (node " + config.node() + ")");
    }, "ntc-shutdown"));
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  private static void configureLogging() {
    if (System.getProperty("java.util.logging.config.file") != null) return;
    try (InputStream in = Main.class.getClassLoader().getResourceAsStream("logging.properties")) {
      if (in != null) LogManager.getLogManager().readConfiguration(in);
    } catch (IOException e) {
      System.err.println("logging configuration unreadable: " + e.getMessage());
    }
  }
}
