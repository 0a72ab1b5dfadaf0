package org.ntc.hub.platform;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one gate that keeps unproven addresses from writing: a signed-in person whose email is
 * not confirmed may browse, but every POST, PUT, PATCH and DELETE is refused (403, saying why)
 * except the few that concern their own account: signing in and out, proving the address,
 * password and address changes, mail settings, erasure and marking notifications read.
 */
public final class VerifiedWriters {
  private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
  private static final Set<String> OPEN = Set.of(
      "/api/v1/me/verification", "/api/v1/me/password", "/api/v1/me/email", "/api/v1/me/notification-settings",
      "/api/v1/unsubscribe", "/api/v1/me/notifications/read-all",
      "/login", "/logout", "/register", "/verify-email", "/forgot-password", "/reset-password", "/unsubscribe",
      "/account/erase", "/account/notifications/read-all");
  private static final List<String> OPEN_UNDER = List.of("/api/v1/auth/", "/account/settings/");
  private static final Pattern READ_ONE = Pattern.compile("/(api/v1/me|account)/notifications/[^/]+/read");

  private VerifiedWriters() {}

  public static void gate(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    if (!viewer.signedIn() || viewer.emailVerified() || !WRITES.contains(ctx.request().method())
        || allowed(ctx.request().method(), ctx.normalizedPath())) {
      ctx.next();
      return;
    }
    ctx.fail(new EmailUnverified(viewer.email()));
  }

  /** Whether an unverified person may send this method to this path. */
  public static boolean allowed(HttpMethod method, String path) {
    String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    if (p.equals("/api/v1/me") && method == HttpMethod.DELETE) return true;
    if (p.equals("/account/settings")) return true;
    return OPEN.contains(p) || OPEN_UNDER.stream().anyMatch(p::startsWith) || READ_ONE.matcher(p).matches();
  }
}
