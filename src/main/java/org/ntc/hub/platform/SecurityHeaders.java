package org.ntc.hub.platform;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.net.URI;

/**
 * Headers every response carries, and the request id that ties a response to its log line.
 * The public address (behind a TLS-terminating proxy the request itself looks like plain
 * HTTP) decides whether cookies are Secure and HSTS is sent, and is where absolute links point.
 */
public final class SecurityHeaders {
  static final String CSP = String.join("; ",
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'");
  static final String HSTS = "max-age=31536000; includeSubDomains";
  /**
   * Names and values of the headers every response carries, made once as ASCII strings that keep their hash:
   * set on every response, a plain string's name is hashed again each time and its characters encoded.
   */
  private static final CharSequence[] ALWAYS = optimized(
      "Content-Security-Policy", CSP,
      "X-Content-Type-Options", "nosniff",
      "X-Frame-Options", "DENY",
      "Referrer-Policy", "strict-origin-when-cross-origin",
      "Permissions-Policy", "camera=(), microphone=(), geolocation=()",
      "Cross-Origin-Opener-Policy", "same-origin");
  private static final CharSequence[] OVER_HTTPS = optimized("Strict-Transport-Security", HSTS);
  private static final CharSequence REQUEST_ID_HEADER = HttpHeaders.createOptimized("X-Request-Id");
  private static final String REQUEST_ID = "requestId";
  private static final String PUBLIC_URL = "publicUrl";
  private static final String HTTPS = "publicHttps";

  private final String publicUrl;
  private final boolean https;

  public SecurityHeaders(URI publicUrl) {
    this.publicUrl = publicUrl.toString();
    this.https = "https".equals(publicUrl.getScheme());
  }

  public void apply(RoutingContext ctx) {
    set(ctx.response().headers(), https);
    ctx.put(REQUEST_ID, identify(ctx.response().headers()));
    ctx.put(PUBLIC_URL, publicUrl);
    ctx.put(HTTPS, https);
    ctx.next();
  }

  /** Gives a response answered without a routing context its request id; returns it. */
  static String identify(MultiMap headers) {
    String requestId = requestId();
    headers.set(REQUEST_ID_HEADER, requestId);
    return requestId;
  }

  /**
   * A random version-4 UUID, drawn from the event loop's own generator: it only tells one request's
   * log line from another's, and {@link UUID#randomUUID()} took every request through one locked
   * cryptographic generator shared by the whole node.
   */
  static String requestId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }

  /** Sets the headers every response carries; also used where no routing context exists yet. */
  static void set(MultiMap headers, boolean https) {
    for (int i = 0; i < ALWAYS.length; i += 2) headers.set(ALWAYS[i], ALWAYS[i + 1]);
    if (https) headers.set(OVER_HTTPS[0], OVER_HTTPS[1]);
  }

  private static CharSequence[] optimized(String... namesAndValues) {
    CharSequence[] made = new CharSequence[namesAndValues.length];
    for (int i = 0; i < made.length; i++) made[i] = HttpHeaders.createOptimized(namesAndValues[i]);
    return made;
  }

  /** For failures raised before {@link #apply} ran: the headers are set once, whatever went wrong first. */
  static void ensure(RoutingContext ctx) {
    if (!ctx.response().headers().contains(ALWAYS[0])) set(ctx.response().headers(), secure(ctx));
  }

  public static String requestId(RoutingContext ctx) {
    String id = ctx.get(REQUEST_ID);
    return id == null ? "-" : id;
  }

  /** The address people reach the site at, without a trailing slash: the base of every absolute link. */
  public static String publicUrl(RoutingContext ctx) {
    String url = ctx.get(PUBLIC_URL);
    return url == null ? "http://localhost:8080" : url;
  }

  /** Whether cookies must be Secure: the public address is https, or this very request came over TLS. */
  public static boolean secure(RoutingContext ctx) {
    return Boolean.TRUE.equals(ctx.get(HTTPS)) || ctx.request().isSSL();
  }
}
