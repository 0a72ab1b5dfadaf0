package org.ntc.hub.platform;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/** Headers every response carries, and the request id that ties a response to its log line. */
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
  private static final String REQUEST_ID = "requestId";

  private SecurityHeaders() {}

  public static void apply(RoutingContext ctx) {
    String requestId = UUID.randomUUID().toString();
    ctx.put(REQUEST_ID, requestId);
    MultiMap headers = ctx.response().headers();
    headers.set("X-Request-Id", requestId);
    headers.set("Content-Security-Policy", CSP);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
    headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    headers.set("Cross-Origin-Opener-Policy", "same-origin");
    ctx.next();
  }

  public static String requestId(RoutingContext ctx) {
    String id = ctx.get(REQUEST_ID);
    return id == null ? "-" : id;
  }
}
