package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ntc.hub.support.Eventually;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.StoppablePostgres;
import org.ntc.hub.support.TestApp;

/** Health follows the database: DOWN while it is stopped, UP again once it is back, no restart. */
@ExtendWith(VertxExtension.class)
class HealthTest {

  @Test
  @DisplayName("health is 503 DOWN while the database is stopped and 200 UP once it is back")
  void followsTheDatabase(@TempDir Path dir, Vertx vertx) throws Exception {
    EmbeddedPostgres pg = StoppablePostgres.start(dir, 0);
    int pgPort = pg.getPort();
    try (TestApp app = TestApp.start(Map.of("NTC_DB_URL", "postgresql://postgres@127.0.0.1:" + pgPort + "/postgres"))) {
      Http http = new Http(vertx, app.port());
      assertThat(http.get("/health", null).status()).isEqualTo(200);

      pg.close();
      Http.Response down = http.get("/health", null);
      assertThat(down.status()).isEqualTo(503);
      assertThat(down.text()).contains("\"status\":\"DOWN\"");
      assertThat(down.header("Retry-After")).isNotNull();
      Http.Response api = http.get("/api/v1/contact-points", null);
      assertThat(api.status()).isEqualTo(503);
      assertThat(api.header("Content-Type")).contains("application/problem+json");
      assertThat(api.header("Retry-After")).isNotNull();

      pg = StoppablePostgres.start(dir, pgPort);
      Http.Response up = Eventually.value("health UP again", Duration.ofSeconds(5), () -> http.get("/health", null),
          r -> r.status() == 200);
      assertThat(up.text()).contains("\"status\":\"UP\"");
      assertThat(http.get("/api/v1/contact-points", null).status()).isEqualTo(200);
    } finally {
      pg.close();
    }
  }
}
