package org.ntc.hub.platform;

import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
/** Keys under which the platform leaves per-request values in the routing context. */
public final class WebContext {
  public static final String VIEWER = "viewer";
  public static final String CSRF_TOKEN = "csrfToken";
  /** When the signed-in viewer's token expires, as an {@link Instant}; absent for anonymous visitors. */
  public static final String TOKEN_EXPIRES_AT = "tokenExpiresAt";

  private WebContext() {}

  /** Whether the request is for the API (JSON, no forms, no page header), by its normalised path. */
  public static boolean api(RoutingContext ctx) {
    return ctx.normalizedPath().startsWith("/api/");
  }

  public static Viewer viewer(RoutingContext ctx) {
    Viewer viewer = ctx.get(VIEWER);
    return viewer == null ? Viewer.ANONYMOUS : viewer;
  }

  /**
   * The request, once its caller is known to be signed in: a route reads a body only after this,
   * so an anonymous caller gets 401 before anything they sent is parsed.
   */
  public static RoutingContext signedIn(RoutingContext ctx) {
    viewer(ctx).requireSignedIn();
    return ctx;
  }

  /** The request, once its caller is known to be contact-point staff (403 otherwise, 401 when anonymous). */
  public static RoutingContext staffOnly(RoutingContext ctx) {
    viewer(ctx).requireStaff();
    return ctx;
  }

  /** When the viewer's token expires, or null for an anonymous visitor. */
  public static Instant tokenExpiresAt(RoutingContext ctx) {
    return ctx.get(TOKEN_EXPIRES_AT);
  }

  /** The client's address: the socket's peer, or the client a trusted proxy names (see {@link ClientAddress}). */
  public static String address(RoutingContext ctx) {
    String resolved = ctx.get(ClientAddress.KEY);
    if (resolved != null) return resolved;
    var remote = ctx.request().remoteAddress();
    return remote == null ? "unknown" : remote.hostAddress();
  }
}
