package org.ntc.hub.platform;

/** Keys under which the platform leaves per-request values in the routing context. */
public final class WebContext {
  public static final String VIEWER = "viewer";
  public static final String CSRF_TOKEN = "csrfToken";

  private WebContext() {}

  public static Viewer viewer(io.vertx.ext.web.RoutingContext ctx) {
    Viewer viewer = ctx.get(VIEWER);
    return viewer == null ? Viewer.ANONYMOUS : viewer;
  }

  public static String address(io.vertx.ext.web.RoutingContext ctx) {
    var remote = ctx.request().remoteAddress();
    return remote == null ? "unknown" : remote.hostAddress();
  }
}
