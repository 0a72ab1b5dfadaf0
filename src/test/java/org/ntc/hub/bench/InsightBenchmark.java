package org.ntc.hub.bench;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The insight page and the indicators against a trivial API call in the same run, for visitors
 * and for a signed-in member of staff. Every request asks a different question (a period, a
 * country, a contact point, a category or an adoption status), so each answer is computed: a
 * visitor's {@code /insight} may be a kept copy only when the same question was asked within a
 * minute, and no question here repeats. Usage: {@code InsightBenchmark BASE_URL STAFF_EMAIL PASSWORD}.
 */
public final class InsightBenchmark {
  private static final String[] CATEGORIES = {"", "remote-monitoring", "video-consultation", "safety-and-alarms",
      "medication-management", "rehabilitation", "assistive-living"};
  private static final String[] STATUSES = {"", "pilot", "spreading", "routine", "discontinued"};
  private static final String[] COUNTRIES = {"", "FI", "SE"};
  private static final int WARMUP = 30;
  private static final int MEASURED = 200;

  private InsightBenchmark() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    String token = signIn(client, base, args[1], args[2]);
    double[] baseline = measure(client, null, i -> base + "/api/v1/contact-points");
    report("baseline GET /api/v1/contact-points", baseline, baseline);
    report("GET /api/v1/indicators, visitor", measure(client, null, i -> base + "/api/v1/indicators?" + period(i)
        + country(i)), baseline);
    report("GET /api/v1/indicators, staff", measure(client, token, i -> base + "/api/v1/indicators?" + period(i)
        + (i % 4 == 0 ? "&contactPoint=" + (i % 8 == 0 ? "seinajoki" : "umea") : country(i))), baseline);
    report("/insight, visitor, new question each", measure(client, null, i -> base + "/insight?" + period(i) + country(i)
        + filter(i)), baseline);
    report("/insight, staff", measure(client, token, i -> base + "/insight?" + period(i) + country(i) + filter(i)), baseline);
  }

  /** A period of 1 to 24 months ending in one of the last 24 months: 576 different periods. */
  static String period(int i) {
    YearMonth end = YearMonth.from(LocalDate.now()).minusMonths(i % 24);
    YearMonth start = end.minusMonths((i / 24) % 24);
    return "from=" + start.atDay(1) + "&to=" + end.atEndOfMonth();
  }

  private static String country(int i) {
    String country = COUNTRIES[(i / 7) % COUNTRIES.length];
    return country.isEmpty() ? "" : "&country=" + country;
  }

  private static String filter(int i) {
    String category = CATEGORIES[i % CATEGORIES.length];
    String status = STATUSES[(i / 3) % STATUSES.length];
    return (category.isEmpty() ? "" : "&category=" + category) + (status.isEmpty() ? "" : "&status=" + status);
  }

  private static String signIn(HttpClient client, String base, String email, String password) throws Exception {
    HttpRequest login = HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("email", email).put("password", password).encode()))
        .build();
    HttpResponse<String> answer = client.send(login, HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) throw new IllegalStateException("sign-in answered " + answer.statusCode());
    return new JsonObject(answer.body()).getString("accessToken");
  }

  private static double[] measure(HttpClient client, String token, IntFunction<String> url) throws Exception {
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < WARMUP + MEASURED; i++) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.apply(i))).timeout(Duration.ofSeconds(30));
      if (token != null) request.header("Authorization", "Bearer " + token);
      long start = System.nanoTime();
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      double elapsed = (System.nanoTime() - start) / 1e6;
      if (response.statusCode() != 200) throw new IllegalStateException(url.apply(i) + " answered " + response.statusCode());
      if (i >= WARMUP) millis.add(elapsed);
    }
    double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    return sorted;
  }

  private static void report(String name, double[] sorted, double[] baseline) {
    System.out.printf(Locale.ROOT, "%-40s p50 %7.2f ms  p99 %7.2f ms  (p50 x%.1f of baseline)%n",
        name, percentile(sorted, 0.50), percentile(sorted, 0.99), percentile(sorted, 0.50) / percentile(baseline, 0.50));
  }

  private static double percentile(double[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }
}
