package org.ntc.hub.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** NTC Hub as a separate process, started as an operator would, for start-up and signal tests. */
public final class NodeProcess implements AutoCloseable {
  private static final Pattern READY = Pattern.compile("NTC Hub ready on http://([^:]+):(\\d+) \\(node (\\w+)\\)");

  private final Process process;
  private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
  private final Thread reader;

  private NodeProcess(Process process) {
    this.process = process;
    this.reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) lines.add(line);
      } catch (IOException ignored) {
        // the process ended
      }
    }, "node-output");
    reader.setDaemon(true);
    reader.start();
  }

  public static NodeProcess start(Map<String, String> env) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    // Benchmarks pin the nodes to other cores than their load generator (bench/streams.sh sets this).
    String cpus = System.getenv("NTC_BENCH_NODE_CPUS");
    if (cpus != null && !cpus.isBlank()) command.addAll(List.of("taskset", "-c", cpus));
    command.addAll(List.of(java, "-cp", System.getProperty("java.class.path"), "org.ntc.hub.Main"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().keySet().removeIf(k -> k.startsWith("NTC_"));
    builder.environment().put("NTC_CONFIG", Path.of("src/test/resources/empty.properties").toAbsolutePath().toString());
    builder.environment().putAll(env);
    return new NodeProcess(builder.start());
  }

  /** Waits for the ready line and answers the port it names, or fails with what was printed. */
  public int awaitReady(long seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      synchronized (lines) {
        for (String line : lines) {
          Matcher m = READY.matcher(line);
          if (m.find()) return Integer.parseInt(m.group(2));
        }
      }
      if (!process.isAlive()) break;
      Thread.sleep(50);
    }
    throw new AssertionError("no ready line; output was:\n" + String.join("\n", output()));
  }

  public int awaitExit(long seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) throw new AssertionError("process did not exit; output:\n" + output());
    reader.join(5_000);
    return process.exitValue();
  }

  public long pid() {
    return process.pid();
  }

  /** SIGTERM, as an orchestrator sends it. */
  public void terminate() {
    process.destroy();
  }

  public List<String> output() {
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
