package org.ntc.hub.platform;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The embedded PostgreSQL server of a data directory the library initialised before, started straight from the
 * binaries it unpacked then: one process, ready the moment the server marks its lock file so. The library's own
 * start runs a shell script and {@code lsb_release} to learn the distribution, asks {@code id} twice through
 * {@code unshare}, goes through {@code pg_ctl} and a shell, and polls with JDBC every 100 ms: about half a second
 * of a two-second start on two busy cores, for a server that is up in 50 ms. A new data directory still starts
 * through the library, which unpacks the binaries and runs initdb.
 */
final class Postmaster implements Closeable {
  private static final Logger LOG = Logger.getLogger(Postmaster.class.getName());
  /** The library's name for the lock it holds on a data directory while a server of its runs there. */
  static final String DIRECTORY_LOCK = "epg-lock";
  /** The server's own lock file: its process on line 1, its state on line 8. */
  private static final String PID_FILE = "postmaster.pid";
  private static final long POLL_MILLIS = 5;
  private static final int KEPT_OUTPUT_LINES = 20;

  private final Process process;
  private final FileChannel lockFile;
  private final FileLock lock;
  private final ArrayDeque<String> lastOutput = new ArrayDeque<>();
  private Thread relay;

  private Postmaster(Process process, FileChannel lockFile, FileLock lock) {
    this.process = process;
    this.lockFile = lockFile;
    this.lock = lock;
  }

  /**
   * Starts {@code binaries/bin/postgres} on {@code data} with these settings and returns once it accepts
   * connections; throws with the server's last lines when it exits or is not ready within {@code wait}.
   */
  static Postmaster start(Path binaries, Path data, int port, Map<String, String> settings, Duration wait) throws IOException {
    FileChannel lockFile = FileChannel.open(data.resolve(DIRECTORY_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock = null;
    try {
      lock = tryLock(lockFile);
      if (lock == null) throw new IOException("another process uses the data directory " + data);
      stopLeftOver(data, wait);
      Process process = new ProcessBuilder(command(binaries, data, port, settings)).redirectErrorStream(true).start();
      Postmaster postmaster = new Postmaster(process, lockFile, lock);
      postmaster.relayOutput();
      postmaster.awaitReady(data.resolve(PID_FILE), wait);
      return postmaster;
    } catch (IOException | RuntimeException e) {
      if (lock != null) lock.release();
      lockFile.close();
      throw e;
    }
  }

  /**
   * A server that a node killed outright left running (its lock is free now, so no node uses it) would refuse the
   * directory to a new one; it is stopped first, as that node would have stopped it.
   */
  private static void stopLeftOver(Path data, Duration wait) throws IOException {
    long pid;
    try {
      pid = Long.parseLong(Files.readAllLines(data.resolve(PID_FILE), StandardCharsets.UTF_8).get(0).strip());
    } catch (IOException | RuntimeException e) {
      return;
    }
    // The number may name another process by now: only a PostgreSQL server working in this directory is stopped.
    Optional<ProcessHandle> leftOver = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
        .filter(server -> server.info().command().map(command -> command.endsWith("/bin/postgres")).orElse(false))
        .filter(server -> worksIn(server.pid(), data));
    if (leftOver.isEmpty()) return;
    LOG.warning("stopping the embedded PostgreSQL (process " + pid + ") that an earlier node left running");
    try {
      if (!signal(pid, "INT")) throw new IOException("could not stop the server (process " + pid + ") left running");
      leftOver.get().onExit().get(wait.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while a server left running stopped", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException("the server (process " + pid + ") left running did not stop", e);
    }
  }

  /** Whether a process's working directory is {@code dir}, as a PostgreSQL server's is its data directory (Linux). */
  private static boolean worksIn(long pid, Path dir) {
    try {
      return Files.isSameFile(Path.of("/proc", Long.toString(pid), "cwd"), dir);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  /**
   * The server in a session of its own, so that a Ctrl-C meant for the node does not also stop it under the node's
   * feet, as {@code pg_ctl} does; as root, in a user namespace, because PostgreSQL refuses to run as root (as the
   * library does). Both tools exec, so the process started is the server itself.
   */
  static List<String> command(Path binaries, Path data, int port, Map<String, String> settings) {
    List<String> command = new ArrayList<>();
    if (onPath("setsid")) command.add("setsid");
    if (runsAsRoot()) command.addAll(List.of("unshare", "-U"));
    command.addAll(List.of(binaries.resolve("bin").resolve("postgres").toString(), "-D", data.toString(),
        "-p", Integer.toString(port), "-F"));
    settings.forEach((name, value) -> command.addAll(List.of("-c", name + "=" + value)));
    return command;
  }

  private static boolean runsAsRoot() {
    try {
      return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    } catch (IOException | RuntimeException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  private static boolean onPath(String tool) {
    String path = System.getenv("PATH");
    if (path == null) return false;
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) return true;
    }
    return false;
  }

  /** The server's log goes to this class's logger at FINE (the library's went nowhere by default); the last lines are kept for errors. */
  private void relayOutput() {
    relay = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          LOG.fine(line);
          synchronized (lastOutput) {
            if (lastOutput.size() == KEPT_OUTPUT_LINES) lastOutput.removeFirst();
            lastOutput.addLast(line);
          }
        }
      } catch (IOException e) {
        LOG.fine("the server's output ended: " + e.getMessage());
      }
    }, "ntc-postgres-output");
    relay.setDaemon(true);
    relay.start();
  }

  /**
   * Waits for the lock file to name this process and say "ready", as {@code pg_ctl} does (line 1 is the process, line
   * 8 its state); a file left by a server that stopped uncleanly names another process until this one replaces it.
   */
  private void awaitReady(Path pidFile, Duration wait) throws IOException {
    long deadline = System.nanoTime() + wait.toNanos();
    String pid = Long.toString(process.pid());
    while (true) {
      if (ready(pidFile, pid)) return;
      if (!process.isAlive()) {
        waitForOutput();
        throw new IOException("the server exited with status " + process.exitValue() + ": " + lastLines());
      }
      if (System.nanoTime() > deadline) {
        stopNow();
        throw new IOException("the server was not ready within " + wait.toSeconds() + " s: " + lastLines());
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stopNow();
        throw new IOException("interrupted while the server started", e);
      }
    }
  }

  static boolean ready(Path pidFile, String pid) {
    try {
      List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
      return lines.size() >= 8 && lines.get(0).strip().equals(pid) && lines.get(7).strip().equals("ready");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Until the server's last lines are read (its output ends as it exits), so that an error can quote them. */
  private void waitForOutput() {
    try {
      relay.join(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String lastLines() {
    synchronized (lastOutput) {
      return lastOutput.isEmpty() ? "no output" : String.join(" | ", lastOutput);
    }
  }

  long pid() {
    return process.pid();
  }

  /** A fast shutdown (SIGINT: sessions are ended, the data is checkpointed), waited for; then the directory is free again. */
  @Override
  public void close() throws IOException {
    try {
      if (process.isAlive()) {
        if (!signal(process.pid(), "INT")) process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          LOG.warning("the embedded PostgreSQL did not stop within 30 s; stopping it at once");
          stopNow();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopNow();
    } finally {
      lock.release();
      lockFile.close();
    }
  }

  /** Sends a signal Java has no call for; false when {@code kill} could not. */
  private static boolean signal(long pid, String name) throws InterruptedException {
    try {
      Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid))
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return kill.waitFor(5, TimeUnit.SECONDS) && kill.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  /** SIGQUIT, PostgreSQL's immediate shutdown (the next start recovers from its log), then SIGKILL if need be. */
  private void stopNow() {
    try {
      if (!signal(process.pid(), "QUIT") || !process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
