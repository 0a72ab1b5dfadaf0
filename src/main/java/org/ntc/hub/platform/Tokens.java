package org.ntc.hub.platform;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Access tokens: HS256 only, always with {@code exp}, naming the account and its session. A
 * token is accepted only if its signature, algorithm and expiry hold; whether its session
 * still exists is the caller's next check.
 */
public final class Tokens {
  public static final String ALGORITHM = "HS256";
  public static final int LIFETIME_SECONDS = 3600;
  private static final String ISSUER = "ntc-hub";
  /** Tokens this node issues are about 300 characters; anything far longer is not one of them. */
  static final int MAX_TOKEN_LENGTH = 1024;

  /** Seconds of clock difference forgiven at {@code exp}, {@code iat} and {@code nbf}, as the signing library is told. */
  private static final int LEEWAY_SECONDS = 5;
  /** The optional times a token may carry, each a number of seconds when present. */
  private static final String[] TIMES = {"nbf", "iat"};

  private final JWTAuth jwt;
  /** HMAC-SHA256 with the signing key, one per thread (a Mac keeps state between calls). */
  private final ThreadLocal<Mac> mac;

  /** Who the token names, and when it stops being good ({@code exp}). */
  public record Claims(UUID accountId, UUID sessionId, Instant expiresAt) {}

  public Tokens(Vertx vertx, String secret) {
    if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < SigningKey.MIN_BYTES) {
      throw new IllegalStateException("no usable signing key");
    }
    this.jwt = JWTAuth.create(vertx, new JWTAuthOptions()
        .addPubSecKey(new PubSecKeyOptions().setAlgorithm(ALGORITHM).setBuffer(secret))
        .setJWTOptions(new JWTOptions().setAlgorithm(ALGORITHM).setIssuer(ISSUER).setLeeway(LEEWAY_SECONDS)));
    SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    this.mac = ThreadLocal.withInitial(() -> {
      try {
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(key);
        return hmac;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("HmacSHA256 is not available", e);
      }
    });
  }

  public String issue(UUID accountId, UUID sessionId) {
    return jwt.generateToken(new JsonObject().put("sid", sessionId.toString()),
        new JWTOptions().setAlgorithm(ALGORITHM).setIssuer(ISSUER).setSubject(accountId.toString())
            .setExpiresInSeconds(LIFETIME_SECONDS));
  }

  /**
   * Never throws: any token that is not exactly what {@link #issue} makes (three segments, a
   * JSON header naming HS256, numeric times, UUID subject and session) is refused as invalid.
   * The token is read once: its shape, then its HS256 signature over the first two segments
   * (compared in constant time), then the checks the signing library makes of the claims with
   * the same five seconds' leeway: {@code exp} passed, {@code iat} or {@code nbf} in the future,
   * another issuer.
   */
  public Future<Claims> verify(String token) {
    Claims claims = check(token, System.currentTimeMillis() / 1000);
    return claims == null ? Future.failedFuture(new Unauthenticated("The token is not valid or has expired"))
        : Future.succeededFuture(claims);
  }

  /** What {@code token} says if it is one of ours and good at {@code nowSeconds}; null otherwise. */
  Claims check(String token, long nowSeconds) {
    try {
      if (token == null || token.length() > MAX_TOKEN_LENGTH) return null;
      int first = token.indexOf('.');
      int second = first < 0 ? -1 : token.indexOf('.', first + 1);
      if (second < 0 || token.indexOf('.', second + 1) >= 0) return null;
      JsonObject header = json(token.substring(0, first));
      JsonObject claims = json(token.substring(first + 1, second));
      if (!ALGORITHM.equals(header.getValue("alg"))) return null;
      if (!(claims.getValue("exp") instanceof Number exp) || !ISSUER.equals(claims.getValue("iss"))) return null;
      for (String time : TIMES) {
        if (claims.containsKey(time) && !(claims.getValue(time) instanceof Number)) return null;
      }
      if (!(claims.getValue("sub") instanceof String sub) || !(claims.getValue("sid") instanceof String sid)) return null;
      if (!signed(token, second)) return null;
      if (nowSeconds - LEEWAY_SECONDS >= exp.longValue()) return null;
      for (String time : TIMES) {
        if (claims.getValue(time) instanceof Number at && at.longValue() > nowSeconds + LEEWAY_SECONDS) return null;
      }
      return new Claims(UUID.fromString(sub), UUID.fromString(sid), Instant.ofEpochSecond(exp.longValue()));
    } catch (RuntimeException malformed) {
      return null;
    }
  }

  /** Whether the last segment is the HS256 signature, with this node's key, of what precedes its dot at {@code at}. */
  private boolean signed(String token, int at) {
    byte[] signature = Base64.getUrlDecoder().decode(token.substring(at + 1));
    // The two segments before it decoded as base64url, so they are ASCII: one byte a character.
    return MessageDigest.isEqual(mac.get().doFinal(token.substring(0, at).getBytes(StandardCharsets.ISO_8859_1)), signature);
  }

  private static JsonObject json(String segment) {
    return new JsonObject(new String(Base64.getUrlDecoder().decode(segment), StandardCharsets.UTF_8));
  }
}
