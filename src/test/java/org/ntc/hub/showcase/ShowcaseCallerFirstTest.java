package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;

class ShowcaseCallerFirstTest extends ApiTest {
  private static final JsonObject NONSENSE = new JsonObject().put("title", 42).put("unknown", true);

  @Test
  @DisplayName("an anonymous caller hears 401 and a non-staff reviewer 403 before anything is said about the body")
  void callerBeforeBody() {
    String showcase = "/api/v1/showcases/" + UUID.randomUUID();
    assertThat(http.post("/api/v1/showcases", null, NONSENSE).status()).isEqualTo(401);
    assertThat(http.patch(showcase, null, NONSENSE).status()).isEqualTo(401);
    assertThat(http.post(showcase + "/archive", null, NONSENSE).status()).isEqualTo(401);
    assertThat(http.post(showcase + "/contact", null, NONSENSE).status()).isEqualTo(401);
    assertThat(http.post(showcase + "/review", null, NONSENSE).status()).isEqualTo(401);
    assertThat(http.post(showcase + "/review", users.citizen("reviewer").token(), NONSENSE).status()).isEqualTo(403);
    assertThat(http.post("/api/v1/showcases", users.citizen("author").token(), NONSENSE).status()).isEqualTo(400);
  }
}
