package org.ntc.hub.platform;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Keeps personal answers out of browser and shared caches: everything under {@code /api/v1/me}
 * and {@code /api/v1/auth}, and every answer to a request that carries a token or the sign-in
 * cookie, gets {@code Cache-Control: no-store}. A route that chose its own caching keeps it;
 * the decision is taken when the headers are written, so it holds for errors too.
 */
public final class PrivateResponses {
  /** {@code no-store}, made once as an ASCII string; also what {@link HealthRoutes} sends. */
  static final CharSequence NO_STORE = HttpHeaders.createOptimized("no-store");

  private PrivateResponses() {}

  public static void noStore(RoutingContext ctx) {
    ctx.addHeadersEndHandler(v -> {
      if (ctx.response().headers().contains(HttpHeaders.CACHE_CONTROL)) return;
      if (personalPath(ctx.normalizedPath()) || carriesCredentials(ctx)) {
        ctx.response().headers().set(HttpHeaders.CACHE_CONTROL, NO_STORE);
      }
    });
    ctx.next();
  }

  static boolean personalPath(String path) {
    return path.equals("/api/v1/me") || path.startsWith("/api/v1/me/") || path.startsWith("/api/v1/auth/");
  }

  private static boolean carriesCredentials(RoutingContext ctx) {
    return Authentication.presentsCredentials(ctx) || WebContext.viewer(ctx).signedIn();
  }
}
