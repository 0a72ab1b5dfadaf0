package org.ntc.hub.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vert.x warns when a task holds an event loop too long; in tests such a warning is a failure
 * when the loop really was held. On a busy machine a loop thread can also be reported because
 * it was runnable but got no CPU; that says nothing about the code. So a sampler notes, every
 * 50 ms, each loop thread's CPU time and whether it was waiting (sleeping, on a lock, in a
 * native read). A reported block counts when, over the reported span, the thread computed for
 * at least half the limit or was seen waiting in at least half the samples: busy code or
 * blocking calls. The limit is the {@code ntc.maxEventLoopMillis} system property in surefire.
 */
public final class BlockedThreads {
  private static final Logger CHECKER = Logger.getLogger("io.vertx.core.impl.BlockedThreadChecker");
  private static final Logger LOG = Logger.getLogger(BlockedThreads.class.getName());
  private static final Pattern WARNING = Pattern.compile("Thread (?:Thread\\[)?(?:#\\d+,)?([^,\\]\\s]+).*? blocked for (\\d+) ms, time limit is (\\d+) ms");
  private static final long SAMPLE_MILLIS = 50;
  private static final int KEPT_SAMPLES = 400;
  private static final List<String> SEEN = new CopyOnWriteArrayList<>();
  /** Per thread id: several Vert.x instances in one test JVM name their loop threads alike. */
  private static final Map<Long, Deque<Sample>> SAMPLES = new ConcurrentHashMap<>();
  private static volatile boolean watching;

  private record Sample(String thread, long atNanos, long cpuNanos, boolean waiting) {}

  private BlockedThreads() {}

  static synchronized void watch() {
    if (watching) return;
    watching = true;
    Thread sampler = new Thread(BlockedThreads::sample, "blocked-threads-sampler");
    sampler.setDaemon(true);
    sampler.start();
    CHECKER.addHandler(new Handler() {
      @Override
      public void publish(LogRecord record) {
        judge(record.getMessage());
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

  static void judge(String message) {
    Matcher m = message == null ? null : WARNING.matcher(message);
    if (m == null || !m.find()) {
      SEEN.add(message);
      return;
    }
    String thread = m.group(1);
    long blockedMillis = Long.parseLong(m.group(2));
    long limitMillis = Long.parseLong(m.group(3));
    long since = System.nanoTime() - blockedMillis * 1_000_000;
    String verdict = null;
    boolean judged = false;
    // Any loop thread of that name that was held over the span makes the report count.
    for (Deque<Sample> samples : SAMPLES.values()) {
      List<Sample> span;
      synchronized (samples) {
        span = samples.stream().filter(s -> s.thread().equals(thread) && s.atNanos() >= since).toList();
      }
      if (span.size() < 2) continue;
      judged = true;
      long cpuMillis = (span.get(span.size() - 1).cpuNanos() - span.get(0).cpuNanos()) / 1_000_000;
      long waiting = span.stream().filter(Sample::waiting).count();
      String evidence = message + " (computed " + cpuMillis + " ms, waiting in " + waiting + " of " + span.size() + " samples)";
      if (cpuMillis * 2 >= limitMillis || waiting * 2 >= span.size()) {
        SEEN.add(evidence);
        return;
      }
      verdict = evidence;
    }
    if (!judged) {
      SEEN.add(message + " (no samples to judge by)");
    } else {
      LOG.info("starved, not blocked: " + verdict);
    }
  }

  private static void sample() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    while (true) {
      try {
        Thread.sleep(SAMPLE_MILLIS);
        long now = System.nanoTime();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds(), 1)) {
          if (info == null || !info.getThreadName().startsWith("vert.x-eventloop-thread")) continue;
          long cpu = threads.getThreadCpuTime(info.getThreadId());
          boolean waiting = info.getThreadState() != Thread.State.RUNNABLE || info.isInNative() && !idle(info);
          Deque<Sample> samples = SAMPLES.computeIfAbsent(info.getThreadId(), id -> new ArrayDeque<>());
          synchronized (samples) {
            samples.addLast(new Sample(info.getThreadName(), now, cpu, waiting));
            if (samples.size() > KEPT_SAMPLES) samples.removeFirst();
          }
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        LOG.warning("sampling event loops failed: " + e);
      }
    }
  }

  /** An event loop with nothing to do waits for I/O in the selector: idle, not blocked. */
  private static boolean idle(ThreadInfo info) {
    StackTraceElement[] stack = info.getStackTrace();
    if (stack.length == 0) return true;
    String frame = stack[0].getClassName() + "." + stack[0].getMethodName();
    return frame.contains("epoll") || frame.contains("EPoll") || frame.contains("Selector") || frame.contains("KQueue")
        || frame.contains("poll");
  }
}
