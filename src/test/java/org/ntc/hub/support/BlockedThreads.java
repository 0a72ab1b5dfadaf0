package org.ntc.hub.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Vert.x warns when a task holds an event loop too long; in tests such a warning is a failure.
 * The threshold is tightened by the {@code ntc.maxEventLoopMillis} system property in surefire.
 */
public final class BlockedThreads {
  private static final Logger CHECKER = Logger.getLogger("io.vertx.core.impl.BlockedThreadChecker");
  private static final List<String> SEEN = new CopyOnWriteArrayList<>();
  private static volatile boolean watching;

  private BlockedThreads() {}

  static synchronized void watch() {
    if (watching) return;
    watching = true;
    CHECKER.addHandler(new Handler() {
      @Override
      public void publish(LogRecord record) {
        SEEN.add(record.getMessage());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    });
  }

  public static void assertNone() {
    if (SEEN.isEmpty()) return;
    List<String> seen = List.copyOf(SEEN);
    SEEN.clear();
    throw new AssertionError("an event loop was blocked: " + seen);
  }
}
