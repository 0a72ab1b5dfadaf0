package org.ntc.hub.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for something the system does in its own time (a relay, a timer, a start time), asking
 * again every few milliseconds until it holds or a deadline passes: a test waits only as long as
 * the system needs, and a slow machine gets the whole deadline.
 */
public final class Eventually {
  private static final long POLL_MILLIS = 20;

  private Eventually() {}

  /** Waits until {@code condition} holds; an assertion failure naming {@code what} after {@code within}. */
  public static void holds(String what, Duration within, BooleanSupplier condition) {
    value(what, within, () -> condition.getAsBoolean(), Boolean::booleanValue);
  }

  /** Asks {@code ask} until its answer is {@code wanted}, and gives that answer back. */
  public static <T> T value(String what, Duration within, Supplier<T> ask, Predicate<T> wanted) {
    long deadline = System.nanoTime() + within.toNanos();
    while (true) {
      T answer = ask.get();
      if (wanted.test(answer)) return answer;
      if (System.nanoTime() > deadline) throw new AssertionError("not within " + within.toMillis() + " ms: " + what + "; last " + answer);
      pause();
    }
  }

  /** Runs {@code check} until it passes; the last failure is the test's failure after {@code within}. */
  public static void passes(Duration within, Runnable check) {
    long deadline = System.nanoTime() + within.toNanos();
    while (true) {
      try {
        check.run();
        return;
      } catch (AssertionError notYet) {
        if (System.nanoTime() > deadline) throw notYet;
      }
      pause();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting", e);
    }
  }
}
