package org.ntc.hub.bench;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ntc.hub.support.ClusterNodes;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.NodeProcess;
import org.ntc.hub.support.TestDatabase;
import org.ntc.hub.support.Users;

/**
 * Live-stream fan-out: N open Server-Sent-Event streams, one announcement posted, and the
 * delay from just before the posting request to the event's arrival at every stream (p50,
 * p99 over all streams and rounds). Once with the streams on the node that takes the post,
 * once with them on the other node of a two-node cluster. The post's own round trip, measured
 * in the same run, is the baseline. Memory per stream is the node's resident-set growth after
 * a full GC, divided by N. Run by {@code bench/streams.sh}; arguments: streams, rounds.
 * Every stream is its own HTTP/1.1 request and TCP connection, read by one thread ({@link RawStreams}) that
 * follows the chunking byte by byte and takes the moment its read completes the announcement's text.
 * CPU per round is given for both nodes together, for the node that holds the streams alone (by kind
 * of thread), and for the other node, so that the fan-out's own cost is not read off two nodes' total.
 */
public final class StreamBenchmark {
  private static final String STREAM = "/api/v1/events/stream?topics=announcement.posted";
  /**
   * Rounds before the measured ones: a node on one core compiles the fan-out path while the first
   * rounds run (the compiler threads took half its CPU in the first few), which is not the steady state.
   * System property {@code ntc.bench.warmUpRounds} (environment {@code WARM_UP} in {@code bench/streams.sh}).
   */
  private static final int WARM_UP_ROUNDS = Integer.getInteger("ntc.bench.warmUpRounds", 40);

  private StreamBenchmark() {}

  public static void main(String[] args) throws Exception {
    int streams = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    String db = TestDatabase.freshDatabase().toString();
    int[] hz = {freePort(), freePort()};
    String members = "127.0.0.1:" + hz[0] + ",127.0.0.1:" + hz[1];
    Vertx vertx = Vertx.vertx();
    try (NodeProcess a = NodeProcess.start(node("seinajoki", db, hz[0], members));
         NodeProcess b = NodeProcess.start(node("umea", db, hz[1], members))) {
      // Generous: two nodes start at once on one core, and on a busy machine that is slow.
      int portA = a.awaitReady(300);
      int portB = b.awaitReady(300);
      awaitQuiet(a.pid(), b.pid());
      Http http = new Http(vertx, portA);
      String token = new Users(http).staff("seinajoki").token();
      System.out.printf(Locale.ROOT, "%n%d open streams, %d rounds, %d cores%n", streams, rounds,
          Runtime.getRuntime().availableProcessors());
      System.out.printf(Locale.ROOT, "%-28s %10s %10s %10s %14s%n", "streams on", "p50 ms", "p99 ms", "max ms", "KB per stream");
      long[] nodes = {a.pid(), b.pid()};
      Result single = run(http, token, portA, a.pid(), nodes, streams, rounds, "single");
      print("the posting node", single);
      Result cross = run(http, token, portB, b.pid(), nodes, streams, rounds, "cross");
      print("the other node", cross);
      System.out.printf(Locale.ROOT, "%-28s %10.1f %10.1f%n", "baseline: the post itself", single.postP50, single.postP99);
      System.out.printf(Locale.ROOT, "ratio p99 delivery / p99 post: single %.2f, across nodes %.2f%n",
          single.p99 / single.postP99, cross.p99 / cross.postP99);
      System.out.printf(Locale.ROOT, "%n%-28s %12s %12s %12s %12s %12s%n", "per round (p50 of rounds)", "first ms",
          "spread ms", "nodes CPU ms", "gen CPU ms", "gen busy %");
      printCost("the posting node", single, streams);
      printCost("the other node", cross, streams);
      System.out.printf(Locale.ROOT, "first: post to the first stream's event; spread: first to last stream; CPU: all rounds' "
          + "ticks / rounds; gen busy: the generator's CPU over the rounds' wall time (near 100%% = it cannot keep up)%n");
    } finally {
      vertx.close();
    }
  }

  private record Result(double p50, double p99, double max, double kbPerStream, double postP50, double postP99,
                        double firstP50, double spreadP50, double spreadMax, double nodeCpuMs, double genCpuMs, double genBusy,
                        double holderCpuMs, double otherCpuMs, Map<String, Double> holderThreadsMs,
                        Map<String, Double> otherThreadsMs, Map<String, Double> genThreadsMs) {}

  private static void printCost(String label, Result r, int streams) {
    System.out.printf(Locale.ROOT, "%-28s %12.1f %12.1f %12.1f %12.1f %12.0f   (nodes %.1f µs, generator %.1f µs per stream)%n",
        label, r.firstP50, r.spreadP50, r.nodeCpuMs, r.genCpuMs, r.genBusy * 100,
        r.nodeCpuMs * 1000 / streams, r.genCpuMs * 1000 / streams);
    System.out.printf(Locale.ROOT, "%-28s the streams' node %.1f ms (%.1f µs per stream: %s), the other node %.1f ms (%s);"
        + " spread max %.1f ms%n", "", r.holderCpuMs, r.holderCpuMs * 1000 / streams, groups(r.holderThreadsMs), r.otherCpuMs,
        groups(r.otherThreadsMs), r.spreadMax);
    System.out.printf(Locale.ROOT, "%-28s the generator %.1f ms (the readers' thread %.1f µs per stream: %s)%n", "", r.genCpuMs,
        r.genThreadsMs.getOrDefault("readers", 0.0) * 1000 / streams, groups(r.genThreadsMs));
  }

  private static String groups(Map<String, Double> msByGroup) {
    StringBuilder text = new StringBuilder();
    msByGroup.forEach((group, ms) -> text.append(text.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%s %.1f", group, ms)));
    return text.toString();
  }

  private static void print(String label, Result r) {
    System.out.printf(Locale.ROOT, "%-28s %10.1f %10.1f %10.1f %14.1f%n", label, r.p50, r.p99, r.max, r.kbPerStream);
  }

  private static Result run(Http http, String token, int port, long pid, long[] nodes, int streams, int rounds,
                            String name) throws Exception {
    pin(pid, nodes);
    long idleRss = rssAfterGc(pid);
    // One thread reads every stream's bytes (see RawStreams): the generator must not be the limit.
    RawStreams readers = new RawStreams(port, STREAM, streams);
    readers.open(500);
    Thread.sleep(1_000);
    long openRss = rssAfterGc(pid);

    List<Double> delays = new ArrayList<>();
    List<Double> posts = new ArrayList<>();
    List<Double> firsts = new ArrayList<>();
    List<Double> spreads = new ArrayList<>();
    long nodeTicks = 0;
    long holderTicks = 0;
    long genTicks = 0;
    Map<String, Long> threadTicks = new java.util.TreeMap<>();
    Map<String, Long> otherThreadTicks = new java.util.TreeMap<>();
    Map<String, Long> genThreadTicks = new java.util.TreeMap<>();
    long self = ProcessHandle.current().pid();
    long other = nodes[0] == pid ? nodes[1] : nodes[0];
    long roundsWall = 0;
    for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
      if (round == 0) System.err.println("measuring " + name);
      String text = "bench-" + name + "-" + round + "-" + System.nanoTime();
      readers.expect(round, text);
      long nodeBefore = ticks(nodes);
      long holderBefore = ticks(pid);
      Map<String, Long> threadsBefore = threadTicks(pid);
      Map<String, Long> otherThreadsBefore = threadTicks(other);
      Map<String, Long> genThreadsBefore = threadTicks(self);
      long genBefore = ticks(self);
      long start = System.nanoTime();
      Http.Response posted = http.post("/api/v1/contact-points/seinajoki/announcements", token,
          new JsonObject().put("text", new JsonObject().put("en", text)));
      long postDone = System.nanoTime();
      if (posted.status() != 201) throw new IllegalStateException("post failed: " + posted.status() + " " + posted.text());
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (readers.arrived() < streams && System.nanoTime() < deadline) Thread.sleep(1);
      if (readers.arrived() < streams) {
        throw new IllegalStateException(name + ": only " + readers.arrived() + " of " + streams + " streams got round " + round);
      }
      long end = System.nanoTime();
      // The generator's CPU up to the last arrival: the bookkeeping below (reading the nodes' /proc) is not load.
      long genAfter = ticks(self);
      Map<String, Long> genThreadsAfter = threadTicks(self);
      if (round < 0) continue;
      nodeTicks += ticks(nodes) - nodeBefore;
      holderTicks += ticks(pid) - holderBefore;
      threadTicks(pid).forEach((group, t) -> threadTicks.merge(group, t - threadsBefore.getOrDefault(group, 0L), Long::sum));
      threadTicks(other).forEach((group, t) -> otherThreadTicks.merge(group, t - otherThreadsBefore.getOrDefault(group, 0L), Long::sum));
      genTicks += genAfter - genBefore;
      genThreadsAfter.forEach((group, t) -> genThreadTicks.merge(group, t - genThreadsBefore.getOrDefault(group, 0L), Long::sum));
      roundsWall += end - start;
      posts.add((postDone - start) / 1e6);
      long first = Long.MAX_VALUE;
      long last = 0;
      for (long at : readers.arrivals()) {
        delays.add((at - start) / 1e6);
        first = Math.min(first, at);
        last = Math.max(last, at);
      }
      firsts.add((first - start) / 1e6);
      spreads.add((last - first) / 1e6);
      Thread.sleep(50);
    }
    System.err.println(name + ": the readers during rounds: " + readers.polls());
    readers.close();
    Thread.sleep(1_000);
    delays.sort(Double::compare);
    posts.sort(Double::compare);
    firsts.sort(Double::compare);
    spreads.sort(Double::compare);
    double kb = (openRss - idleRss) / 1024.0 / streams;
    double tickMs = 1000.0 / TICKS_PER_SECOND;
    return new Result(percentile(delays, 50), percentile(delays, 99), delays.get(delays.size() - 1), kb,
        percentile(posts, 50), percentile(posts, 99), percentile(firsts, 50), percentile(spreads, 50), spreads.get(spreads.size() - 1),
        nodeTicks * tickMs / rounds, genTicks * tickMs / rounds, genTicks * tickMs * 1e6 / roundsWall,
        holderTicks * tickMs / rounds, (nodeTicks - holderTicks) * tickMs / rounds, perRound(threadTicks, tickMs / rounds),
        perRound(otherThreadTicks, tickMs / rounds), perRound(genThreadTicks, tickMs / rounds));
  }

  private static Map<String, Double> perRound(Map<String, Long> ticks, double factor) {
    Map<String, Double> ms = new java.util.LinkedHashMap<>();
    ticks.forEach((group, t) -> ms.put(group, t * factor));
    return ms;
  }

  /** A process's CPU ticks by kind of thread: event loops, Hazelcast, garbage collection, the JIT, the streams' readers, the rest. */
  private static Map<String, Long> threadTicks(long pid) throws IOException {
    Map<String, Long> groups = new java.util.TreeMap<>();
    try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
      for (Path task : tasks.toList()) {
        String stat;
        try {
          stat = Files.readString(task.resolve("stat"));
        } catch (IOException gone) {
          continue;
        }
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        String group = name.equals("stream-readers") ? "readers" : name.startsWith("vert.x-eventlo") ? "event loops" : name.startsWith("hz.") ? "hazelcast"
            : name.contains("GC") || name.startsWith("G1") ? "GC" : name.contains("Compiler") ? "JIT" : "other";
        groups.merge(group, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
      }
    }
    return groups;
  }

  /**
   * With {@code NTC_BENCH_OTHER_CPUS} set, the node that holds the streams gets {@code NTC_BENCH_NODE_CPUS} to itself
   * and the other node moves to the other cores (the load generator's): otherwise both nodes share one core, and
   * the figure for "one node" is two nodes' work on it (the other node's cluster and relay work, a few ms a round).
   */
  private static void pin(long holder, long[] nodes) throws Exception {
    String own = System.getenv("NTC_BENCH_NODE_CPUS");
    String others = System.getenv("NTC_BENCH_OTHER_CPUS");
    if (own == null || own.isBlank() || others == null || others.isBlank()) return;
    for (long node : nodes) {
      Process taskset = new ProcessBuilder("taskset", "-a", "-p", "-c", node == holder ? own : others, String.valueOf(node))
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!taskset.waitFor(10, TimeUnit.SECONDS) || taskset.exitValue() != 0) throw new IllegalStateException("taskset failed");
    }
    System.err.println("node " + holder + " on cores " + own + ", the other node on cores " + others);
    awaitQuiet(nodes);
  }

  /**
   * Waits until the nodes have finished what they do after start-up (compiling templates, and the
   * JIT compiling that): measured on one core, it took as much CPU as the fan-out in the first rounds.
   */
  private static void awaitQuiet(long... pids) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    long before = ticks(pids);
    while (System.nanoTime() < deadline) {
      Thread.sleep(2_000);
      long now = ticks(pids);
      if (now - before <= TICKS_PER_SECOND / 10) return;
      before = now;
    }
    System.err.println("the nodes did not go quiet within 180 s; measuring anyway");
  }

  /** Linux's USER_HZ: /proc/PID/stat counts CPU time in hundredths of a second. */
  private static final int TICKS_PER_SECOND = 100;

  /** User plus system CPU ticks of these processes so far (fields 14 and 15 of /proc/PID/stat). */
  private static long ticks(long... pids) throws IOException {
    long sum = 0;
    for (long pid : pids) {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      sum += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
    return sum;
  }

  private static double percentile(List<Double> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  /** Resident memory in bytes, after asking the node's JVM for a full collection. */
  private static long rssAfterGc(long pid) throws Exception {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.run").redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(30, TimeUnit.SECONDS);
    Thread.sleep(500);
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
    }
    throw new IllegalStateException("no VmRSS for " + pid);
  }

  private static Map<String, String> node(String name, String db, int hzPort, String members) throws IOException {
    // A fixed HTTP port: with port 0 each HTTP verticle instance would listen on a port of its own,
    // and all streams would land on one event loop.
    return ClusterNodes.env(name, db, freePort(), hzPort, freePort(), members);
  }

  private static int freePort() throws IOException {
    return ClusterNodes.freePort();
  }

}
