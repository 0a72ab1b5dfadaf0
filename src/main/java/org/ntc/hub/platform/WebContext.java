package org.ntc.hub.platform;

/** Keys under which the platform leaves per-request values in the routing context. */
public final class WebContext {
  public static final String VIEWER = "viewer";
  public static final String CSRF_TOKEN = "csrfToken";

  private WebContext() {}
}
