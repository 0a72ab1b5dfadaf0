package org.ntc.hub.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Latency of the showcase search API against a trivial API call measured in the same run:
 * sequential requests on one connection, warm-up first, then median and 99th percentile.
 * Run by {@code bench/search.sh}; arguments: base URL, catalogue size (for the report), and
 * {@code global} to measure the global search alone.
 */
public final class SearchBenchmark {
  /** Product words a visitor types, in the three languages, each matching about 5 % of the catalogue. */
  private static final String[] WORDS = {"turvaranneke", "lääkeannostelija", "kaatumisilmaisin", "univalmennus",
      "läkemedelsautomat", "trygghetsarmband", "fallarm", "distanstolkning", "medicine dispenser", "fall detector",
      "sleep coaching", "video visits"};
  /** Words found in a quarter of the catalogue or more: the worst case for ranking and counting. */
  private static final String[] BROAD = {"video", "kotihoitoon", "hemvården", "home care"};
  /** Words for where a service is used, in the three languages. */
  private static final String[] SETTINGS = {"kotihoito", "palvelutalo", "sairaala", "terveyskeskus", "hemtjänst",
      "äldreboende", "sjukhus", "vårdcentral", "home care", "care home", "hospital", "primary care"};
  private static final String[] CATEGORIES = {"remote-monitoring", "video-consultation", "safety-and-alarms",
      "medication-management", "rehabilitation", "assistive-living", "self-care"};
  private static final String[] PAGE_SIZES = {"10", "20", "50"};
  private static final String[] COUNTRIES = {"FI", "SE", "NO"};
  private static final String[] GROUPS = {"older-people", "chronic-conditions", "families", "people-with-disabilities",
      "mental-health", "professionals", "informal-carers"};
  private static final String[] EVIDENCE = {"concept", "pilot", "clinical-study", "routine-use"};
  /**
   * Words for the global search, in the three languages: product words, concepts the thesaurus
   * widens across languages, target groups, inflected forms, places and a company-like name.
   */
  private static final String[] GLOBAL = {"turvaranneke", "lääkeannostelija", "kaatumisilmaisin", "univalmennus", "uni",
      "sömn", "sleep", "kotihoito", "kotihoidon", "hemtjänst", "home care", "ikäihmiset", "äldre", "elderly", "omaishoitaja",
      "anhörigvårdare", "family carer", "läkemedelsautomat", "medicine dispenser", "trygghetslarm", "fall detector",
      "distanstolkning", "video visits", "videovastaanotto", "etäseuranta", "remote monitoring", "kuntoutus", "rehabilitering",
      "glesbygd", "haja-asutusalue", "rural", "Seinäjoki", "Umeå", "Västerbotten", "Pohjanmaa", "Sverige", "Suomi", "dementia",
      "muistisairaus", "demens", "blood pressure", "verenpaine", "blodtryck", "yksinäisyys", "ensamhet", "loneliness"};
  private static final String[] TYPES = {"", "", "", "showcase", "training", "organisation"};
  /**
   * Other questions, none of them among those measured, that a node answers before it is measured,
   * as a node in use has: until the JIT has compiled the search's code, the first few hundred
   * answers take twice as long (p99 about 50 ms after 40 questions, 30 ms after 1,200).
   */
  private static final String[] OTHER_WORDS = {"kaatuminen", "lääkitys", "hoitaja", "kuntoutuminen", "verenpainemittari",
      "omaishoito", "tabletti", "muisti", "fall", "medication", "nurse", "rehab", "carer", "tablet", "läkemedel",
      "sjuksköterska", "minnessjukdom", "vårdare", "etäkuntoutus", "kotisairaala", "hemsjukhus", "hospital at home"};
  private static final int GLOBAL_RUN_IN = 1200;
  private static final int GLOBAL_WARMUP = 40;
  private static final int GLOBAL_MEASURED = 240;
  private static final int WARMUP = 100;
  private static final int MEASURED = 600;

  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String size = args.length > 1 ? args[1] : "?";
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    double[] baseline = measure(client, i -> base + "/api/v1/contact-points");
    report(size, "baseline GET /api/v1/contact-points", baseline, baseline);
    if (args.length > 2 && args[2].equals("global")) {
      runIn(client, base);
      report(size, "global search, every query distinct", measure(client, i -> base + globalQuery(i), GLOBAL_WARMUP,
          GLOBAL_MEASURED), baseline);
      return;
    }
    report(size, "search, no text (newest first)", fresh(client, i -> base + "/api/v1/showcases?country=" + COUNTRIES[i % 3]
        + "&targetGroup=" + GROUPS[(i / 3) % GROUPS.length] + paging(i / 21)), baseline);
    report(size, "search, filters only", fresh(client, i -> base + "/api/v1/showcases?country=" + COUNTRIES[i % 3]
        + "&category=" + CATEGORIES[(i / 3) % CATEGORIES.length] + paging(i / (3 * CATEGORIES.length))), baseline);
    report(size, "search, product word", fresh(client, i -> base + "/api/v1/showcases?q="
        + URLEncoder.encode(WORDS[i % WORDS.length], StandardCharsets.UTF_8) + "&country=" + COUNTRIES[(i / WORDS.length) % 3]
        + paging(i / (3 * WORDS.length))), baseline);
    report(size, "search, setting word", fresh(client, i -> base + "/api/v1/showcases?q="
        + URLEncoder.encode(SETTINGS[i % SETTINGS.length], StandardCharsets.UTF_8) + "&country=" + COUNTRIES[(i / SETTINGS.length) % 3]
        + paging(i / (3 * SETTINGS.length))), baseline);
    report(size, "search, product word, new filters each", fresh(client, i -> base + "/api/v1/showcases?q="
        + URLEncoder.encode(WORDS[i % WORDS.length], StandardCharsets.UTF_8) + "&country=" + COUNTRIES[(i / 12) % 3]
        + "&evidenceLevel=" + EVIDENCE[(i / 36) % 4] + "&targetGroup=" + GROUPS[(i / 144) % GROUPS.length] + paging(i / 7)), baseline);
    report(size, "search, broad word (25 % of catalogue)", fresh(client, i -> base + "/api/v1/showcases?q="
        + URLEncoder.encode(BROAD[i % BROAD.length], StandardCharsets.UTF_8) + "&country=" + COUNTRIES[(i / BROAD.length) % 3]
        + paging(i / (3 * BROAD.length))), baseline);
    runIn(client, base);
    report(size, "global search, every query distinct", measure(client, i -> base + globalQuery(i), GLOBAL_WARMUP,
        GLOBAL_MEASURED), baseline);
  }

  /** Brings the node to the state of one in use with questions that are never measured (see {@link #OTHER_WORDS}). */
  private static void runIn(HttpClient client, String base) throws Exception {
    measure(client, i -> {
      String text = OTHER_WORDS[i % OTHER_WORDS.length] + (i % 2 == 0 ? "" : " " + OTHER_WORDS[(i * 5 + 3) % OTHER_WORDS.length]);
      return base + "/api/v1/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&page=" + (1 + (i / 7) % 4)
          + "&lang=" + new String[] {"fi", "sv", "en"}[i % 3];
    }, GLOBAL_RUN_IN, 0);
  }

  /**
   * Every request of the global search is a different question (a word or two words of the three
   * languages, a page, sometimes a type), so nothing can be answered from a kept copy.
   */
  static String globalQuery(int i) {
    String first = GLOBAL[i % GLOBAL.length];
    int round = i / GLOBAL.length;
    String text = round % 2 == 0 ? first : first + " " + GLOBAL[(i * 7 + round) % GLOBAL.length];
    String type = TYPES[(i + round) % TYPES.length];
    return "/api/v1/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&page=" + (1 + round / 2)
        + "&lang=" + new String[] {"fi", "sv", "en"}[i % 3] + (type.isEmpty() ? "" : "&type=" + type);
  }

  private static double[] measure(HttpClient client, IntFunction<String> url) throws Exception {
    return measure(client, url, WARMUP, MEASURED);
  }

  /**
   * A row answered fresh: 40 questions of warm-up, then 240 measured, every one different from
   * the others (a word, a country, a page and a page size; the node keeps no copies, see
   * {@code bench/search.sh}).
   */
  private static double[] fresh(HttpClient client, IntFunction<String> url) throws Exception {
    return measure(client, url, GLOBAL_WARMUP, GLOBAL_MEASURED);
  }

  /** The i-th combination of a page (1 to 4) and a page size. */
  private static String paging(int i) {
    return "&page=" + (1 + i % 4) + "&pageSize=" + PAGE_SIZES[(i / 4) % PAGE_SIZES.length] + "&lang=" + new String[] {"fi", "sv", "en"}[i % 3];
  }

  private static double[] measure(HttpClient client, IntFunction<String> url, int warmup, int measured) throws Exception {
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < warmup + measured; i++) {
      HttpRequest request = HttpRequest.newBuilder(URI.create(url.apply(i))).timeout(Duration.ofSeconds(30)).build();
      long start = System.nanoTime();
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      double elapsed = (System.nanoTime() - start) / 1e6;
      if (response.statusCode() != 200) throw new IllegalStateException(url.apply(i) + " answered " + response.statusCode());
      if (i >= warmup) millis.add(elapsed);
    }
    double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    return sorted;
  }

  private static void report(String size, String name, double[] sorted, double[] baseline) {
    double p50 = percentile(sorted, 0.50);
    double p99 = percentile(sorted, 0.99);
    System.out.printf(Locale.ROOT, "N=%s  %-38s p50 %7.2f ms  p99 %7.2f ms  (p50 x%.1f of baseline)%n",
        size, name, p50, p99, p50 / percentile(baseline, 0.50));
  }

  private static double percentile(double[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }
}
