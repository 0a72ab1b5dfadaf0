package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.TestApp;
import org.ntc.hub.support.Users;

/** Tokens that are tampered with, unsigned, expired, without expiry or signed out are refused. */
class TokensTest extends ApiTest {
  Users.User person;
  Vertx vertx;

  @BeforeEach
  void person(Vertx vertx) {
    this.vertx = vertx;
    person = users.citizen("tokens");
  }

  @Test
  @DisplayName("a valid token works")
  void valid() {
    assertThat(http.get("/api/v1/me", person.token()).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("a token whose payload was changed is refused")
  void tampered() {
    String[] parts = person.token().split("\\.");
    JsonObject payload = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    payload.put("sub", java.util.UUID.randomUUID().toString());
    String forged = parts[0] + "." + b64(payload.encode()) + "." + parts[2];
    assertThat(http.get("/api/v1/me", forged).status()).isEqualTo(401);
  }

  @Test
  @DisplayName("an unsigned alg:none token is refused")
  void algNone() {
    String[] parts = person.token().split("\\.");
    String none = b64("{\"typ\":\"JWT\",\"alg\":\"none\"}") + "." + parts[1] + ".";
    assertThat(http.get("/api/v1/me", none).status()).isEqualTo(401);
  }

  @Test
  @DisplayName("a token signed with another key is refused")
  void otherKey() {
    String token = sign("another-secret-that-is-also-long-enough-1234", claims(), 600);
    assertThat(http.get("/api/v1/me", token).status()).isEqualTo(401);
  }

  @Test
  @DisplayName("an expired token is refused")
  void expired() {
    JsonObject claims = claims().put("exp", System.currentTimeMillis() / 1000 - 3600).put("iat", System.currentTimeMillis() / 1000 - 7200);
    String token = sign(TestApp.JWT_SECRET, claims, 0);
    assertThat(http.get("/api/v1/me", token).status()).isEqualTo(401);
  }

  @Test
  @DisplayName("a correctly signed token without exp is refused")
  void withoutExpiry() {
    String token = sign(TestApp.JWT_SECRET, claims(), 0);
    assertThat(new JsonObject(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8))
        .containsKey("exp")).isFalse();
    assertThat(http.get("/api/v1/me", token).status()).isEqualTo(401);
  }

  @Test
  @DisplayName("a correctly signed token for a session that does not exist is refused")
  void unknownSession() {
    String token = sign(TestApp.JWT_SECRET, claims().put("sid", java.util.UUID.randomUUID().toString()), 600);
    assertThat(http.get("/api/v1/me", token).status()).isEqualTo(401);
  }

  @Test
  @DisplayName("garbage and a non-bearer Authorization header are refused")
  void garbage() {
    assertThat(http.get("/api/v1/me", "not.a.token").status()).isEqualTo(401);
    assertThat(http.raw(io.vertx.core.http.HttpMethod.GET, "/api/v1/me",
        io.vertx.core.MultiMap.caseInsensitiveMultiMap().add("Authorization", "Basic YTpi"), null).status()).isEqualTo(401);
  }

  private JsonObject claims() {
    String[] parts = person.token().split("\\.");
    JsonObject original = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    return new JsonObject().put("sub", original.getString("sub")).put("sid", original.getString("sid")).put("iss", "ntc-hub");
  }

  private String sign(String secret, JsonObject claims, int expiresIn) {
    JWTAuth jwt = JWTAuth.create(vertx, new JWTAuthOptions()
        .addPubSecKey(new PubSecKeyOptions().setAlgorithm("HS256").setBuffer(secret)));
    JWTOptions options = new JWTOptions().setAlgorithm("HS256").setNoTimestamp(true);
    if (expiresIn > 0) options.setExpiresInSeconds(expiresIn);
    return jwt.generateToken(claims, options);
  }

  private static String b64(String text) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
