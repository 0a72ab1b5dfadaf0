package org.ntc.hub.bench;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users;

/**
 * The write path: N people enrol at once (C in flight) in a training with fewer seats than
 * people. Reports enrolments per second and latency, and checks that capacity held: exactly
 * as many confirmed as there are seats, the rest waitlisted, no error. Arguments: port,
 * people, seats, concurrency.
 */
public final class EnrolmentBenchmark {
  private EnrolmentBenchmark() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    int people = args.length > 1 ? Integer.parseInt(args[1]) : 400;
    int seats = args.length > 2 ? Integer.parseInt(args[2]) : 150;
    int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 64;
    Vertx vertx = Vertx.vertx();
    try {
      Http http = new Http(vertx, port);
      Users users = new Users(http);
      String staff = users.staff("seinajoki").token();
      OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(20).withNano(0);
      JsonObject training = new JsonObject()
          .put("title", new JsonObject().put("fi", "Kuormitustesti").put("sv", "Belastningstest").put("en", "Load test"))
          .put("description", new JsonObject().put("en", "Benchmark.")).put("format", "online").put("contactPoint", "seinajoki")
          .put("startsAt", start.toString()).put("endsAt", start.plusHours(2).toString()).put("capacity", seats)
          .put("language", "fi").put("audience", new JsonArray().add("professionals"));
      String trainingId = http.post("/api/v1/trainings", staff, training).json().getString("id");

      // Accounts first (registration hashes passwords on purpose slowly), in parallel.
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<String>> tokens = new ArrayList<>();
      for (int i = 0; i < people; i++) tokens.add(pool.submit(() -> users.citizen("enrol").token()));
      List<String> tokenList = new ArrayList<>();
      for (Future<String> token : tokens) tokenList.add(token.get());
      pool.shutdown();

      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      Semaphore inFlight = new Semaphore(concurrency);
      List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger confirmed = new AtomicInteger();
      AtomicInteger waitlisted = new AtomicInteger();
      AtomicInteger errors = new AtomicInteger();
      List<CompletableFuture<?>> all = new ArrayList<>();
      long began = System.nanoTime();
      for (String token : tokenList) {
        inFlight.acquire();
        long sent = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/trainings/" + trainingId + "/enrolments"))
            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        all.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, err) -> {
          inFlight.release();
          latencies.add((System.nanoTime() - sent) / 1e6);
          if (err != null || response.statusCode() != 201) {
            errors.incrementAndGet();
            return;
          }
          String status = new JsonObject(response.body()).getString("status");
          (status.equals("confirmed") ? confirmed : waitlisted).incrementAndGet();
        }));
      }
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
      double seconds = (System.nanoTime() - began) / 1e9;
      latencies.sort(Double::compare);
      JsonObject after = http.get("/api/v1/trainings/" + trainingId, null).json();
      System.out.printf(Locale.ROOT, "%nenrolments: %d people, %d seats, %d in flight%n", people, seats, concurrency);
      System.out.printf(Locale.ROOT, "%.0f enrolments/s, p50 %.1f ms, p99 %.1f ms, errors %d%n", people / seconds,
          latencies.get(latencies.size() / 2), latencies.get((int) Math.ceil(latencies.size() * 0.99) - 1), errors.get());
      System.out.printf(Locale.ROOT, "capacity held: %d confirmed, %d waitlisted; the training reports %d seats left, %d waiting%n",
          confirmed.get(), waitlisted.get(), after.getLong("seatsLeft"), after.getLong("waitlistLength"));
      if (confirmed.get() != seats || errors.get() != 0 || after.getLong("seatsLeft") != 0) {
        throw new IllegalStateException("capacity or errors wrong");
      }
    } finally {
      vertx.close();
    }
  }
}
