package org.ntc.hub.realtime;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonObject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fan-out alone, in one process: N streams on one server event loop, read by a client on
 * another event loop, and the hub delivering one event per round as the bus would hand it over.
 * Reports the server event loop's own CPU per stream (thread CPU time, so other load on the machine
 * does not count), and the time from the hand-over to the first and last arrival. Pin it with
 * {@code taskset} to see the client's share apart. Arguments: streams, rounds, and {@code true} for the node's
 * server options (compression offered, idle timeout, send buffer) and transport (native) instead of Vert.x's defaults.
 */
public final class FanOutBenchmark {
  private FanOutBenchmark() {}

  public static void main(String[] args) throws Exception {
    int streams = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    boolean nodeOptions = args.length > 2 && Boolean.parseBoolean(args[2]);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    // The node runs on Netty's native transport where there is one; Vert.x's default is Java's NIO.
    Vertx server = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setPreferNativeTransport(nodeOptions));
    Vertx client = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setPreferNativeTransport(nodeOptions));
    StreamHub hub = new StreamHub(60_000, 60_000);
    Method deliver = StreamHub.class.getDeclaredMethod("deliver", List.class);
    deliver.setAccessible(true);
    Context loop = server.getOrCreateContext();
    long[] loopThread = new long[1];
    HttpServer http = CompletableFuture.supplyAsync(() -> {
      loopThread[0] = Thread.currentThread().getId();
      // The node's own server options (compression offered, idle timeout, fixed send buffer), or Vert.x's defaults.
      HttpServerOptions options = nodeOptions ? new HttpServerOptions().setCompressionSupported(true).setIdleTimeout(120)
          .setSendBufferSize(128 * 1024).setHttp2ClearTextEnabled(false) : new HttpServerOptions();
      return server.createHttpServer(options).requestHandler(req -> {
        // As StreamRoutes opens a stream: identity encoding, live events written below the HTTP encoder.
        var response = req.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/event-stream; charset=utf-8")
            .putHeader(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY).setChunked(true);
        var belowEncoder = BelowHttp.of(req, response);
        Future<Void> opening = response.write("retry: 3000\n: connected\n\n");
        EventStream stream = new EventStream(response, loop, Set.of(Topics.ANNOUNCEMENT_POSTED), false, null, null, 0, 0,
            false);
        if (belowEncoder != null) stream.writeBelowHttp(belowEncoder, opening);
        hub.add(stream);
        response.closeHandler(v -> stream.close());
      });
    }, command -> loop.runOnContext(v -> command.run())).get();
    int port = http.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get().actualPort();

    HttpClient readers = client.httpClientBuilder()
        .with(new HttpClientOptions().setDefaultHost("127.0.0.1").setIdleTimeout(0))
        .with(new PoolOptions().setHttp1MaxSize(streams + 16).setMaxWaitQueueSize(-1)).build();
    AtomicInteger arrived = new AtomicInteger();
    long[] firstLast = new long[2];
    String[] marker = {"none"};
    for (int from = 0; from < streams; from += 500) {
      List<Future<?>> opened = new ArrayList<>();
      for (int i = from; i < Math.min(streams, from + 500); i++) {
        opened.add(readers.request(HttpMethod.GET, port, "127.0.0.1", "/").compose(r -> r.send()).map(resp -> {
          resp.handler(chunk -> {
            if (chunk.toString().contains(marker[0])) {
              long now = System.nanoTime();
              if (arrived.getAndIncrement() == 0) firstLast[0] = now;
              firstLast[1] = now;
            }
          });
          return resp;
        }));
      }
      Future.all(opened).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }
    Thread.sleep(500);
    System.out.printf(Locale.ROOT, "%d streams on one event loop, %d rounds (the first half warm up), %s server options, %s transport%n",
        streams, rounds, nodeOptions ? "the node's" : "default", server.isNativeTransportEnabled() ? "native" : "NIO");
    List<Double> cpu = new ArrayList<>();
    List<Double> first = new ArrayList<>();
    List<Double> last = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      arrived.set(0);
      marker[0] = "round-" + round + "-";
      DomainEvent event = new DomainEvent(round, Topics.ANNOUNCEMENT_POSTED, "bench", Audience.PUBLIC, null,
          new JsonObject().put("contactPoint", "seinajoki").put("text", new JsonObject().put("en", marker[0] + " "
              + "Testilaboratorio avoinna tiistaisin ja torstaisin, tervetuloa")), OffsetDateTime.now());
      long cpuBefore = threads.getThreadCpuTime(loopThread[0]);
      long start = System.nanoTime();
      CompletableFuture.runAsync(() -> {
        try {
          deliver.invoke(hub, List.of(event));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }, command -> loop.runOnContext(v -> command.run())).get();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (arrived.get() < streams && System.nanoTime() < deadline) Thread.onSpinWait();
      if (arrived.get() < streams) throw new IllegalStateException("only " + arrived.get() + " arrived in round " + round);
      Thread.sleep(20);
      long cpuAfter = threads.getThreadCpuTime(loopThread[0]);
      if (round <= rounds / 2) continue;
      cpu.add((cpuAfter - cpuBefore) / 1e3 / streams);
      first.add((firstLast[0] - start) / 1e6);
      last.add((firstLast[1] - start) / 1e6);
    }
    System.out.printf(Locale.ROOT, "server event loop CPU per stream: p50 %.2f µs, min %.2f µs%n", pct(cpu, 50), pct(cpu, 0));
    System.out.printf(Locale.ROOT, "first arrival p50 %.1f ms; last arrival p50 %.1f ms, p99 %.1f ms%n", pct(first, 50),
        pct(last, 50), pct(last, 99));
    // The per-stream checks alone (audience, sign-out, expiry): an event none of these anonymous streams may see.
    List<Double> unseen = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      DomainEvent staffOnly = new DomainEvent(rounds + round, Topics.ANNOUNCEMENT_POSTED, "bench", Audience.STAFF, null,
          new JsonObject().put("contactPoint", "seinajoki"), OffsetDateTime.now());
      long cpuBefore = threads.getThreadCpuTime(loopThread[0]);
      CompletableFuture.runAsync(() -> {
        try {
          deliver.invoke(hub, List.of(staffOnly));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }, command -> loop.runOnContext(v -> command.run())).get();
      CompletableFuture.runAsync(() -> { }, command -> loop.runOnContext(v -> command.run())).get();
      long cpuAfter = threads.getThreadCpuTime(loopThread[0]);
      if (round > rounds / 2) unseen.add((cpuAfter - cpuBefore) / 1e3 / streams);
    }
    System.out.printf(Locale.ROOT, "an event none of them may see (staff only): CPU per stream p50 %.3f µs%n", pct(unseen, 50));
    readers.close();
    client.close();
    server.close();
  }

  private static double pct(List<Double> values, int p) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Double::compare);
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)));
  }
}
