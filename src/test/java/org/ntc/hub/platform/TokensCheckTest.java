package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A token is read once and still refused whenever the signing library would refuse it: a changed
 * payload or signature, another key or algorithm, no signature, another issuer, and times past or to
 * come beyond the same five seconds' leeway.
 */
class TokensCheckTest {
  private static final String SECRET = "a-signing-secret-long-enough-for-hs256-0123456789";
  private static final String HEADER = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
  private final UUID account = UUID.randomUUID();
  private final UUID session = UUID.randomUUID();
  private Vertx vertx;
  private Tokens tokens;

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
    tokens = new Tokens(vertx, SECRET);
  }

  @AfterEach
  void stop() {
    vertx.close().await();
  }

  @Test
  @DisplayName("an issued token names its account, session and expiry")
  void issued() {
    long now = System.currentTimeMillis() / 1000;
    Tokens.Claims claims = tokens.check(tokens.issue(account, session), now);
    assertThat(claims).isNotNull();
    assertThat(claims.accountId()).isEqualTo(account);
    assertThat(claims.sessionId()).isEqualTo(session);
    assertThat(claims.expiresAt().getEpochSecond()).isBetween(now + Tokens.LIFETIME_SECONDS - 2, now + Tokens.LIFETIME_SECONDS + 2);
    assertThat(tokens.verify(tokens.issue(account, session)).succeeded()).isTrue();
  }

  @Test
  @DisplayName("tampered, re-signed with another key or algorithm, unsigned or of another issuer: refused")
  void refused() {
    long now = System.currentTimeMillis() / 1000;
    String good = tokens.issue(account, session);
    String[] parts = good.split("\\.");
    Map<String, String> bad = new LinkedHashMap<>();
    bad.put("payload changed", parts[0] + "." + b64(claims(now + 600).put("sub", UUID.randomUUID().toString()).encode())
        + "." + parts[2]);
    bad.put("signature changed", parts[0] + "." + parts[1] + "." + flip(parts[2]));
    bad.put("signature cut", parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2));
    bad.put("no signature", parts[0] + "." + parts[1] + ".");
    bad.put("alg none", b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".");
    bad.put("HS512 with the same key", signed("{\"alg\":\"HS512\",\"typ\":\"JWT\"}", claims(now + 600).encode(), SECRET,
        "HmacSHA512"));
    bad.put("HS256 header, HS512 signature", signed(HEADER, claims(now + 600).encode(), SECRET, "HmacSHA512"));
    bad.put("another key", signed(HEADER, claims(now + 600).encode(), SECRET + "x", "HmacSHA256"));
    bad.put("another issuer", signed(HEADER, claims(now + 600).put("iss", "someone-else").encode(), SECRET, "HmacSHA256"));
    bad.put("no issuer", signed(HEADER, claims(now + 600).put("iss", (String) null).encode(), SECRET, "HmacSHA256"));
    bad.put("no expiry", signed(HEADER, claims(now + 600).put("exp", (Long) null).encode(), SECRET, "HmacSHA256"));
    bad.put("expired", signed(HEADER, claims(now - 60).encode(), SECRET, "HmacSHA256"));
    bad.put("issued in the future", signed(HEADER, claims(now + 600).put("iat", now + 60).encode(), SECRET, "HmacSHA256"));
    bad.put("not yet valid", signed(HEADER, claims(now + 600).put("nbf", now + 60).encode(), SECRET, "HmacSHA256"));
    bad.put("a non-ASCII character", good.substring(0, 5) + "é" + good.substring(6));
    List<String> accepted = new ArrayList<>();
    bad.forEach((name, token) -> {
      if (tokens.check(token, now) != null) accepted.add(name);
      if (!tokens.verify(token).failed()) accepted.add(name + " (verify)");
    });
    assertThat(accepted).isEmpty();
  }

  @Test
  @DisplayName("the leeway is the signing library's: expiry at now minus 5 s refused, iat and nbf up to now plus 5 s accepted")
  void leeway() {
    long now = 2_000_000_000L;
    assertThat(tokens.check(signed(HEADER, claims(now - 4).encode(), SECRET, "HmacSHA256"), now)).isNotNull();
    assertThat(tokens.check(signed(HEADER, claims(now - 5).encode(), SECRET, "HmacSHA256"), now)).isNull();
    for (String time : List.of("iat", "nbf")) {
      assertThat(tokens.check(signed(HEADER, claims(now + 600).put(time, now + 5).encode(), SECRET, "HmacSHA256"), now))
          .as(time).isNotNull();
      assertThat(tokens.check(signed(HEADER, claims(now + 600).put(time, now + 6).encode(), SECRET, "HmacSHA256"), now))
          .as(time).isNull();
    }
  }

  @Test
  @DisplayName("every token the check accepts or refuses, the signing library accepts or refuses too")
  void sameAsTheLibrary() {
    JWTAuth library = JWTAuth.create(vertx, new JWTAuthOptions()
        .addPubSecKey(new PubSecKeyOptions().setAlgorithm("HS256").setBuffer(SECRET))
        .setJWTOptions(new JWTOptions().setAlgorithm("HS256").setIssuer("ntc-hub").setLeeway(5)));
    long now = System.currentTimeMillis() / 1000;
    List<String> cases = new ArrayList<>(List.of(tokens.issue(account, session)));
    for (long exp : new long[] {now - 3600, now - 60, now + 60, now + 3600}) {
      for (Long iat : new Long[] {null, now - 60, now + 60}) {
        for (Long nbf : new Long[] {null, now - 60, now + 60}) {
          for (String iss : new String[] {"ntc-hub", "other"}) {
            JsonObject claims = claims(exp).put("iss", iss);
            if (iat != null) claims.put("iat", iat);
            if (nbf != null) claims.put("nbf", nbf);
            cases.add(signed(HEADER, claims.encode(), SECRET, "HmacSHA256"));
          }
        }
      }
    }
    cases.add(signed(HEADER, claims(now + 60).encode(), SECRET + "x", "HmacSHA256"));
    List<String> differ = new ArrayList<>();
    for (String token : cases) {
      boolean ours = tokens.check(token, now) != null;
      boolean theirs = library.authenticate(new TokenCredentials(token)).succeeded();
      if (ours != theirs) differ.add(token + ": ours " + ours + ", library " + theirs);
    }
    assertThat(differ).isEmpty();
  }

  private JsonObject claims(long exp) {
    return new JsonObject().put("sub", account.toString()).put("sid", session.toString()).put("iss", "ntc-hub")
        .put("exp", exp);
  }

  private static String signed(String header, String payload, String secret, String algorithm) {
    try {
      String input = b64(header) + "." + b64(payload);
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
      return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String flip(String segment) {
    char last = segment.charAt(segment.length() - 5);
    return segment.substring(0, segment.length() - 5) + (last == 'A' ? 'B' : 'A') + segment.substring(segment.length() - 4);
  }

  private static String b64(String text) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
