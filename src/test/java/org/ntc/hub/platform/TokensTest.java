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

  @Test
  @DisplayName("correctly signed but malformed tokens are refused with 401, never 500, by header and by cookie")
  void malformedButSigned() {
    long later = System.currentTimeMillis() / 1000 + 600;
    String header = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
    java.util.Map<String, String> tokens = new java.util.LinkedHashMap<>();
    tokens.put("exp as a string", handSigned(header, claims().put("exp", String.valueOf(later)).encode()));
    tokens.put("exp as an object", handSigned(header, claims().put("exp", new JsonObject()).encode()));
    tokens.put("nbf as a string", handSigned(header, claims().put("exp", later).put("nbf", "yesterday").encode()));
    tokens.put("iat as a string", handSigned(header, claims().put("exp", later).put("iat", "now").encode()));
    tokens.put("sub not a UUID", handSigned(header, claims().put("exp", later).put("sub", "admin").encode()));
    tokens.put("sub a number", handSigned(header, claims().put("exp", later).put("sub", 42).encode()));
    tokens.put("sid missing", handSigned(header, claims().put("exp", later).put("sid", (String) null).encode()));
    tokens.put("iss an array", handSigned(header, claims().put("exp", later).put("iss", new io.vertx.core.json.JsonArray()).encode()));
    tokens.put("payload not JSON", handSigned(header, "not json at all"));
    tokens.put("payload a JSON array", handSigned(header, "[1,2,3]"));
    tokens.put("header not JSON", handSigned("HS256", claims().put("exp", later).encode()));
    tokens.put("header alg a number", handSigned("{\"alg\":256}", claims().put("exp", later).encode()));
    tokens.put("four segments", handSigned(header, claims().put("exp", later).encode()) + ".extra");
    tokens.put("two segments", b64(header) + "." + b64(claims().put("exp", later).encode()));
    tokens.put("bad base64", "!!!." + b64(claims().encode()) + ".###");
    tokens.put("huge", handSigned(header, claims().put("exp", later).put("pad", "x".repeat(5_000)).encode()));
    java.util.List<String> wrong = new java.util.ArrayList<>();
    tokens.forEach((name, token) -> {
      int byHeader = http.get("/api/v1/me", token).status();
      if (byHeader != 401) wrong.add(name + " by header: " + byHeader);
      int byCookie = http.raw(io.vertx.core.http.HttpMethod.GET, "/api/v1/me",
          io.vertx.core.MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + token), null).status();
      if (byCookie != 401) wrong.add(name + " by cookie: " + byCookie);
    });
    assertThat(wrong).isEmpty();
    assertThat(http.get("/api/v1/me", handSigned(header, claims().put("exp", later).encode())).status())
        .as("the same hand-signed shape with good claims works").isEqualTo(200);
  }

  private static String handSigned(String header, String payload) {
    try {
      String signingInput = b64(header) + "." + b64(payload);
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec(TestApp.JWT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return signingInput + "." + Base64.getUrlEncoder().withoutPadding()
          .encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
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
