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
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import io.vertx.ext.auth.User;

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
  /** How long after {@code exp} a token is still taken, for clocks that differ a little. */
  private static final int LEEWAY_SECONDS = 5;
  /** More tokens than are in use at once on a node: when this many are kept, they are all let go. */
  private static final int MOST_VERIFIED = 10_000;

  private final JWTAuth jwt;
  /** The header segment of every token this node issues: a token with it needs no parsing to know its algorithm. */
  private final String issuedHeader;
  /**
   * Tokens whose shape and signature this node has checked, with what they name. A signature that
   * held holds for the same token every time, so it is checked once per token, not on every request
   * (parsing the token twice and computing its HMAC were the largest part of authenticating one).
   * Expiry is still checked on every request, from the kept {@code exp}; whether the session holds
   * is the caller's check, as for a token seen for the first time. Only tokens that passed are kept.
   */
  private final Map<String, Claims> verified = new ConcurrentHashMap<>();
  private final Clock clock;

  /** Who the token names, and when it stops being good ({@code exp}). */
  public record Claims(UUID accountId, UUID sessionId, Instant expiresAt) {}

  public Tokens(Vertx vertx, String secret) {
    this(vertx, secret, Clock.systemUTC());
  }

  /** With the clock that decides whether a kept token has expired (tests move it on). */
  Tokens(Vertx vertx, String secret, Clock clock) {
    this.clock = clock;
    if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < SigningKey.MIN_BYTES) {
      throw new IllegalStateException("no usable signing key");
    }
    this.jwt = JWTAuth.create(vertx, new JWTAuthOptions()
        .addPubSecKey(new PubSecKeyOptions().setAlgorithm(ALGORITHM).setBuffer(secret))
        .setJWTOptions(new JWTOptions().setAlgorithm(ALGORITHM).setIssuer(ISSUER).setLeeway(LEEWAY_SECONDS)));
    String sample = issue(new UUID(0, 0), new UUID(0, 0));
    this.issuedHeader = sample.substring(0, sample.indexOf('.'));
  }

  public String issue(UUID accountId, UUID sessionId) {
    return jwt.generateToken(new JsonObject().put("sid", sessionId.toString()),
        new JWTOptions().setAlgorithm(ALGORITHM).setIssuer(ISSUER).setSubject(accountId.toString())
            .setExpiresInSeconds(LIFETIME_SECONDS));
  }

  /**
   * Never throws: any token that is not exactly what {@link #issue} makes (three segments, a
   * JSON header naming HS256, numeric times, UUID subject and session) is refused as invalid
   * before the signature library sees it, since that library throws on some wrong claim types.
   */
  public Future<Claims> verify(String token) {
    Claims known = token == null ? null : verified.get(token);
    if (known != null) {
      if (clock.instant().getEpochSecond() - LEEWAY_SECONDS <= known.expiresAt().getEpochSecond()) return Future.succeededFuture(known);
      verified.remove(token);
      return Future.failedFuture(new Unauthenticated("The token is not valid or has expired"));
    }
    Optional<Claims> shape = shape(token);
    if (shape.isEmpty()) return Future.failedFuture(new Unauthenticated("The token is not valid"));
    Future<User> user;
    try {
      user = jwt.authenticate(new TokenCredentials(token));
    } catch (RuntimeException e) {
      return Future.failedFuture(new Unauthenticated("The token is not valid"));
    }
    return user
        .recover(err -> Future.failedFuture(new Unauthenticated("The token is not valid or has expired")))
        .map(valid -> kept(token, shape.get()));
  }

  private Claims kept(String token, Claims claims) {
    if (verified.size() >= MOST_VERIFIED) verified.clear();
    verified.put(token, claims);
    return claims;
  }

  private Optional<Claims> shape(String token) {
    try {
      if (token == null || token.length() > MAX_TOKEN_LENGTH) return Optional.empty();
      String[] parts = token.split("\\.", -1);
      if (parts.length != 3) return Optional.empty();
      if (!parts[0].equals(issuedHeader) && !ALGORITHM.equals(json(parts[0]).getValue("alg"))) return Optional.empty();
      JsonObject claims = json(parts[1]);
      if (!(claims.getValue("exp") instanceof Number) || !ISSUER.equals(claims.getValue("iss"))) return Optional.empty();
      for (String time : List.of("nbf", "iat")) {
        if (claims.containsKey(time) && !(claims.getValue(time) instanceof Number)) return Optional.empty();
      }
      if (!(claims.getValue("sub") instanceof String sub) || !(claims.getValue("sid") instanceof String sid)) return Optional.empty();
      return Optional.of(new Claims(UUID.fromString(sub), UUID.fromString(sid),
          Instant.ofEpochSecond(((Number) claims.getValue("exp")).longValue())));
    } catch (RuntimeException malformed) {
      return Optional.empty();
    }
  }

  private static JsonObject json(String segment) {
    return new JsonObject(new String(Base64.getUrlDecoder().decode(segment), StandardCharsets.UTF_8));
  }
}
