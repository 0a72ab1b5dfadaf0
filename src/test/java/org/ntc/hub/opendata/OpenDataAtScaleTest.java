package org.ntc.hub.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.OwnNode;

/**
 * Datasets larger than one page of reads. {@code -Dntc.openData.showcases=100000} fills the node
 * with that many published showcases instead and prints how long the files take, which the README quotes.
 */
@OwnNode("counts every record of the node's datasets")
class OpenDataAtScaleTest extends ApiTest {
  private static final int SHOWCASES = Integer.getInteger("ntc.openData.showcases", 1_234);

  private void generate(int n) {
    String org = UUID.randomUUID().toString();
    app.execute("INSERT INTO organisation (id, name, type, country, verified, verified_at) VALUES ('" + org
        + "', 'Scale Oy " + org.substring(0, 8) + "', 'company', 'FI', true, now())");
    app.execute("""
        INSERT INTO showcase (id, organisation_id, status, content, published, published_at)
        SELECT gen_random_uuid(), '%s', 'published', c, c, now() - make_interval(mins => g)
        FROM generate_series(1, %d) g, LATERAL (SELECT jsonb_build_object(
          'title', jsonb_build_object('en', 'Scaled showcase ' || g, 'fi', 'Skaalattu esittely ' || g),
          'summary', jsonb_build_object('en', 'A summary, with "quotes", number ' || g, 'sv', 'Sammanfattning ' || g),
          'description', jsonb_build_object('en', repeat('A longer description of what it does. ', 12)),
          'categories', jsonb_build_array('remote-care'), 'targetGroups', jsonb_build_array('older-people'),
          'countries', jsonb_build_array('FI', 'SE'), 'languages', jsonb_build_array('fi', 'en'),
          'regulatoryStatus', 'not-medical-device', 'evidenceLevel', 'pilot',
          'contactEmail', 'sales' || g || '@scale.example') AS c) AS content""".formatted(org, n));
    app.execute("""
        INSERT INTO showcase (id, organisation_id, status, content)
        SELECT gen_random_uuid(), '%s', 'draft', jsonb_build_object('title', jsonb_build_object('en', 'Draft ' || g))
        FROM generate_series(1, 10) g""".formatted(org));
  }

  private record Timed(long firstByteMillis, long totalMillis, long bytes, String text) {}

  private Timed download(String path, boolean keep) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    long started = System.nanoTime();
    HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
        .build(), HttpResponse.BodyHandlers.ofInputStream());
    long firstByte = (System.nanoTime() - started) / 1_000_000;
    assertThat(response.statusCode()).isEqualTo(200);
    StringBuilder text = new StringBuilder();
    long bytes = 0;
    try (InputStream in = response.body()) {
      byte[] buffer = new byte[64 * 1024];
      for (int read; (read = in.read(buffer)) > 0; ) {
        bytes += read;
        if (keep) text.append(new String(buffer, 0, read, java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    }
    long total = (System.nanoTime() - started) / 1_000_000;
    String body = keep ? new String(text.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
        java.nio.charset.StandardCharsets.UTF_8) : "";
    return new Timed(firstByte, total, bytes, body);
  }

  @Test
  @DisplayName("a dataset of many pages streams every public record exactly once, in JSON, CSV and the sitemap")
  void manyPages() throws Exception {
    long started = System.nanoTime();
    generate(SHOWCASES);
    System.out.printf("open data: generated %d showcases in %d ms%n", SHOWCASES, (System.nanoTime() - started) / 1_000_000);
    for (int round = 0; round < 2; round++) {
      Timed json = download("/api/v1/open-data/showcases.json", true);
      List<String> ids = new ArrayList<>();
      new JsonObject(json.text()).getJsonArray("records").forEach(r -> ids.add(((JsonObject) r).getString("id")));
      assertThat(ids).hasSize(SHOWCASES);
      assertThat(new HashSet<>(ids)).hasSize(SHOWCASES);
      assertThat(json.text()).doesNotContain("@scale.example");
      Timed csv = download("/api/v1/open-data/showcases.csv", true);
      assertThat(OpenDataTest.parseCsv(csv.text())).hasSize(SHOWCASES + 1);
      System.out.printf("open data, %d showcases: JSON %d bytes, first byte %d ms, all %d ms; CSV %d bytes, first byte %d ms,"
          + " all %d ms%n", SHOWCASES, json.bytes(), json.firstByteMillis(), json.totalMillis(), csv.bytes(),
          csv.firstByteMillis(), csv.totalMillis());
    }
    Http.Response index = http.get("/sitemap.xml", null);
    int files = (SHOWCASES + 49_999) / 50_000;
    for (int part = 1; part <= files; part++) {
      assertThat(index.text()).contains("/sitemaps/showcases-" + part + ".xml");
      Timed sitemap = download("/sitemaps/showcases-" + part + ".xml", true);
      int urls = sitemap.text().split("<url>", -1).length - 1;
      assertThat(urls).isEqualTo(Math.min(50_000, SHOWCASES - (part - 1) * 50_000));
      System.out.printf("sitemap showcases-%d: %d addresses, %d bytes in %d ms%n", part, urls, sitemap.bytes(), sitemap.totalMillis());
    }
    assertThat(index.text()).doesNotContain("/sitemaps/showcases-" + (files + 1) + ".xml");
  }
}
