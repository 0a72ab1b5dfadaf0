package org.ntc.hub.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Milestones of a node's start, logged at FINE with the milliseconds since the JVM was launched,
 * the CPU time the process has used and the thread that got there, to see where a start's time
 * goes. Off by default: set {@code org.ntc.hub.platform.StartSteps.level=FINE} in a logging file.
 */
public final class StartSteps {
  private static final Logger LOG = Logger.getLogger(StartSteps.class.getName());

  private StartSteps() {}

  public static void reached(String step) {
    if (!LOG.isLoggable(Level.FINE)) return;
    // Read from /proc rather than the management beans, which would load some 900 classes for it.
    ProcessHandle.Info process = ProcessHandle.current().info();
    long sinceLaunch = process.startInstant().map(at -> Duration.between(at, Instant.now()).toMillis()).orElse(-1L);
    long cpu = process.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    LOG.fine(String.format("start step at %5d ms, %5d ms CPU, %5d ms in this thread [%s]: %s", sinceLaunch, cpu,
        threadCpuMillis(), Thread.currentThread().getName(), step));
  }

  /** The CPU time the calling thread has used, from Linux's /proc (fields 14 and 15, in clock ticks of 10 ms); -1 elsewhere. */
  private static long threadCpuMillis() {
    try {
      String stat = Files.readString(Path.of("/proc/thread-self/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
