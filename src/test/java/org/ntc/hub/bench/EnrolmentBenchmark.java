package org.ntc.hub.bench;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
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
 * people, seats, concurrency, and optionally {@code spread}: the people register from
 * addresses of their own (the node must trust 127.0.0.1 as a proxy), so that more than the
 * hundred an hour one address may register take part, and they first enrol once in another
 * training, unmeasured, so that the measured run is of a node in use. Accounts are made before
 * the clock starts: registration hashes passwords slowly on purpose.
 */
public final class EnrolmentBenchmark {
  private static final String PASSWORD = "Bench-passphrase-for-enrolments-1";

  private EnrolmentBenchmark() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    int people = args.length > 1 ? Integer.parseInt(args[1]) : 400;
    int seats = args.length > 2 ? Integer.parseInt(args[2]) : 150;
    int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 64;
    boolean spread = args.length > 4 && args[4].equals("spread");
    Vertx vertx = Vertx.vertx();
    try {
      Http http = new Http(vertx, port);
      Users users = new Users(http);
      String staff = users.staff("seinajoki").token();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<String>> tokens = new ArrayList<>();
      for (int i = 0; i < people; i++) {
        int n = i;
        tokens.add(pool.submit(() -> spread ? person(http, users, n) : users.citizen("enrol").token()));
      }
      List<String> tokenList = new ArrayList<>();
      for (Future<String> token : tokens) tokenList.add(token.get());
      pool.shutdown();

      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      if (spread) run(client, http, port, training(http, staff, seats, "Lämmittely"), tokenList, seats, concurrency);
      Result result = run(client, http, port, training(http, staff, seats, "Kuormitustesti"), tokenList, seats, concurrency);
      System.out.printf(Locale.ROOT, "%nenrolments: %d people, %d seats, %d in flight%n", people, seats, concurrency);
      System.out.printf(Locale.ROOT, "%.0f enrolments/s, p50 %.1f ms, p99 %.1f ms, errors %d%n", people / result.seconds,
          result.latencies.get(result.latencies.size() / 2),
          result.latencies.get((int) Math.ceil(result.latencies.size() * 0.99) - 1), result.errors);
      System.out.printf(Locale.ROOT, "capacity held: %d confirmed, %d waitlisted; the training reports %d seats left, %d waiting%n",
          result.confirmed, result.waitlisted, result.after.getLong("seatsLeft"), result.after.getLong("waitlistLength"));
      if (result.confirmed != seats || result.errors != 0 || result.after.getLong("seatsLeft") != 0
          || result.waitlisted != people - seats || result.after.getLong("waitlistLength") != people - seats) {
        throw new IllegalStateException("capacity or errors wrong");
      }
    } finally {
      vertx.close();
    }
  }

  private record Result(double seconds, List<Double> latencies, int confirmed, int waitlisted, int errors, JsonObject after) {}

  private static String training(Http http, String staff, int seats, String title) {
    OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(20).withNano(0);
    JsonObject training = new JsonObject()
        .put("title", new JsonObject().put("fi", title).put("sv", "Belastningstest").put("en", "Load test"))
        .put("description", new JsonObject().put("en", "Benchmark.")).put("format", "online").put("contactPoint", "seinajoki")
        .put("startsAt", start.toString()).put("endsAt", start.plusHours(2).toString()).put("capacity", seats)
        .put("language", "fi").put("audience", new JsonArray().add("professionals"));
    return http.post("/api/v1/trainings", staff, training).json().getString("id");
  }

  /** A verified person registered and signed in from an address of their own. */
  private static String person(Http http, Users users, int n) {
    String email = "enrol-" + n + "-" + System.nanoTime() + "@example.org";
    MultiMap headers = Http.headers("Content-Type", "application/json", "X-Forwarded-For", "10.9." + (n / 250) + "." + (n % 250 + 1));
    Http.Response created = http.raw(HttpMethod.POST, "/api/v1/auth/register", headers,
        new JsonObject().put("email", email).put("password", PASSWORD).put("name", "Bench " + n).encode());
    if (created.status() != 201) throw new IllegalStateException("registration answered " + created.status() + ": " + created.text());
    users.verify(email);
    Http.Response login = http.raw(HttpMethod.POST, "/api/v1/auth/login", headers,
        new JsonObject().put("email", email).put("password", PASSWORD).encode());
    if (login.status() != 200) throw new IllegalStateException("sign-in answered " + login.status() + ": " + login.text());
    return login.json().getString("accessToken");
  }

  private static Result run(HttpClient client, Http http, int port, String trainingId, List<String> tokens, int seats,
      int concurrency) throws Exception {
    Semaphore inFlight = new Semaphore(concurrency);
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger confirmed = new AtomicInteger();
    AtomicInteger waitlisted = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    List<CompletableFuture<?>> all = new ArrayList<>();
    long began = System.nanoTime();
    for (String token : tokens) {
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
    List<Double> sorted = new ArrayList<>(latencies);
    sorted.sort(Double::compare);
    JsonObject after = http.get("/api/v1/trainings/" + trainingId, null).json();
    return new Result(seconds, sorted, confirmed.get(), waitlisted.get(), errors.get(), after);
  }
}
