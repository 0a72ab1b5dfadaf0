package org.ntc.hub.platform;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Access tokens: HS256 only, always with {@code exp}, naming the account and its session. A
 * token is accepted only if its signature, algorithm and expiry hold; whether its session
 * still exists is the caller's next check.
 */
public final class Tokens {
  public static final String ALGORITHM = "HS256";
  public static final int LIFETIME_SECONDS = 3600;
  private static final String ISSUER = "ntc-hub";

  private final JWTAuth jwt;

  /** Who the token names, and when it stops being good ({@code exp}). */
  public record Claims(UUID accountId, UUID sessionId, Instant expiresAt) {}

  public Tokens(Vertx vertx, String secret) {
    if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < SigningKey.MIN_BYTES) {
      throw new IllegalStateException("no usable signing key");
    }
    this.jwt = JWTAuth.create(vertx, new JWTAuthOptions()
        .addPubSecKey(new PubSecKeyOptions().setAlgorithm(ALGORITHM).setBuffer(secret))
        .setJWTOptions(new JWTOptions().setAlgorithm(ALGORITHM).setIssuer(ISSUER).setLeeway(5)));
  }

  public String issue(UUID accountId, UUID sessionId) {
    return jwt.generateToken(new JsonObject().put("sid", sessionId.toString()),
        new JWTOptions().setAlgorithm(ALGORITHM).setIssuer(ISSUER).setSubject(accountId.toString())
            .setExpiresInSeconds(LIFETIME_SECONDS));
  }

  public Future<Claims> verify(String token) {
    if (!ALGORITHM.equals(headerAlgorithm(token))) return Future.failedFuture(new Unauthenticated("The token is not valid"));
    return jwt.authenticate(new TokenCredentials(token))
        .recover(err -> Future.failedFuture(new Unauthenticated("The token is not valid or has expired")))
        .compose(user -> {
          JsonObject claims = user.attributes().getJsonObject("accessToken", new JsonObject());
          if (!(claims.getValue("exp") instanceof Number) || !ISSUER.equals(claims.getString("iss"))) {
            return Future.failedFuture(new Unauthenticated("The token is not valid"));
          }
          try {
            return Future.succeededFuture(new Claims(UUID.fromString(claims.getString("sub")),
                UUID.fromString(claims.getString("sid")), Instant.ofEpochSecond(((Number) claims.getValue("exp")).longValue())));
          } catch (RuntimeException e) {
            return Future.failedFuture(new Unauthenticated("The token is not valid"));
          }
        });
  }

  private static String headerAlgorithm(String token) {
    try {
      String header = token.substring(0, token.indexOf('.'));
      return new JsonObject(new String(Base64.getUrlDecoder().decode(header), StandardCharsets.UTF_8)).getString("alg");
    } catch (RuntimeException e) {
      return null;
    }
  }
}
