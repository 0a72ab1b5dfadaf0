package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ntc.hub.support.Eventually;
import org.ntc.hub.support.TestApp;

/** Health follows the database: DOWN while it is stopped, UP again once it is back, no restart. */
class HealthTest {
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  @DisplayName("health is 503 DOWN while the database is stopped and 200 UP once it is back")
  void followsTheDatabase(@TempDir Path dir) throws Exception {
    EmbeddedPostgres pg = start(dir, 0);
    int pgPort = pg.getPort();
    try (TestApp app = TestApp.start(Map.of("NTC_DB_URL", "postgresql://postgres@127.0.0.1:" + pgPort + "/postgres"))) {
      assertThat(get(app, "/health").statusCode()).isEqualTo(200);

      pg.close();
      HttpResponse<String> down = get(app, "/health");
      assertThat(down.statusCode()).isEqualTo(503);
      assertThat(down.body()).contains("\"status\":\"DOWN\"");
      assertThat(down.headers().firstValue("Retry-After")).isPresent();
      HttpResponse<String> api = get(app, "/api/v1/contact-points");
      assertThat(api.statusCode()).isEqualTo(503);
      assertThat(api.headers().firstValue("Content-Type")).contains("application/problem+json");
      assertThat(api.headers().firstValue("Retry-After")).isPresent();

      pg = start(dir, pgPort);
      HttpResponse<String> up = Eventually.value("health UP again", Duration.ofSeconds(5), () -> get(app, "/health"),
          r -> r.statusCode() == 200);
      assertThat(up.body()).contains("\"status\":\"UP\"");
      assertThat(get(app, "/api/v1/contact-points").statusCode()).isEqualTo(200);
    } finally {
      pg.close();
    }
  }

  private HttpResponse<String> get(TestApp app, String path) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
          .timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static EmbeddedPostgres start(Path dir, int port) throws Exception {
    return org.ntc.hub.support.StoppablePostgres.start(dir, port);
  }
}
