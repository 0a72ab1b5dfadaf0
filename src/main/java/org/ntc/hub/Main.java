package org.ntc.hub;

import java.time.Clock;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.LogManager;
import org.ntc.hub.platform.Database;
import org.ntc.hub.platform.StartSteps;

/** Starts one NTC Hub node; exits 2 on a bad setting, 1 when the database is unreachable. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    configureLogging();
    StartSteps.reached("main");
    System.setProperty("vertx.disableDnsResolver", "true");
    // Netty's buffer allocator registers its flight-recorder events at its first chunk, which sets up
    // the JDK's whole flight recorder (about a hundred classes) on an event loop: seconds on a loaded
    // machine, long enough for a starting node's first database connection to time out. Whoever
    // profiles with JFR can still ask for them with -Dio.netty.jfr.enabled=true.
    if (System.getProperty("io.netty.jfr.enabled") == null) System.setProperty("io.netty.jfr.enabled", "false");
    // The class-data archive's commands set up their own node and read no settings.
    if (args.length > 0 && ClassArchive.handles(args[0])) {
      System.exit(ClassArchive.run(args));
      return;
    }
    final AppConfig config;
    try {
      config = AppConfig.from(System.getenv());
    } catch (AppConfig.BadSetting e) {
      System.err.println("NTC Hub cannot start: bad setting " + e.getMessage());
      System.exit(2);
      return;
    }
    if (args.length > 0) {
      System.exit(Commands.run(args, config));
      return;
    }
    // Registered before anything starts, so a SIGTERM during start-up still stops the
    // embedded database instead of orphaning it.
    AtomicReference<AutoCloseable> running = new AtomicReference<>();
    AtomicBoolean stopping = new AtomicBoolean();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stopping.set(true);
      AutoCloseable resource = running.getAndSet(null);
      if (resource == null) return;
      try {
        resource.close();
      } catch (Exception e) {
        System.err.println("NTC Hub did not stop cleanly: " + oneLine(e));
      }
      // JUL resets its handlers in its own shutdown hook, so the last line goes straight to stderr.
      System.err.println(LocalDateTime.now().withNano(0) + " INFO NTC Hub stopped (node " + config.node() + ")");
    }, "ntc-shutdown"));
    try {
      running.set(App.start(config, Clock.systemUTC(), running::set));
    } catch (RuntimeException e) {
      if (stopping.get()) return;
      String reason = e instanceof Database.Unavailable ? e.getMessage() : oneLine(e);
      System.err.println("NTC Hub cannot start: " + reason);
      running.set(null);
      System.exit(1);
    }
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
