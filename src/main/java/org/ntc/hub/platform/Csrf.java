package org.ntc.hub.platform;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Double-submit CSRF protection for browsers: a random token in a cookie that pages repeat in
 * a hidden field (or scripts in {@code X-CSRF-Token}). Required on every state-changing page
 * request and on API requests that ride on the token cookie; bearer-token API clients carry
 * no ambient authority and are exempt.
 */
public final class Csrf {
  public static final String COOKIE = "ntc_csrf";
  public static final String FIELD = "_csrf";
  public static final String HEADER = "X-CSRF-Token";
  private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
  private static final SecureRandom RANDOM = new SecureRandom();

  private Csrf() {}

  public static void handle(RoutingContext ctx) {
    Cookie cookie = ctx.request().getCookie(COOKIE);
    String token = cookie == null ? null : cookie.getValue();
    if (token == null || token.length() < 20) {
      token = newToken();
      ctx.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true)
          .setSameSite(CookieSameSite.LAX).setSecure(ctx.request().isSSL()));
    }
    ctx.put(WebContext.CSRF_TOKEN, token);
    if (SAFE.contains(ctx.request().method()) || !needsCheck(ctx)) {
      ctx.next();
      return;
    }
    String sent = ctx.request().getHeader(HEADER);
    if (sent == null) sent = ctx.request().getFormAttribute(FIELD);
    if (cookie == null || sent == null || !MessageDigest.isEqual(
        sent.getBytes(StandardCharsets.UTF_8), cookie.getValue().getBytes(StandardCharsets.UTF_8))) {
      ctx.fail(new Forbidden("The form has expired or did not come from this site; reload the page and try again"));
      return;
    }
    ctx.next();
  }

  private static boolean needsCheck(RoutingContext ctx) {
    if (ctx.request().getHeader("Authorization") != null) return false;
    if (!ctx.normalizedPath().startsWith("/api/")) return true;
    return Boolean.TRUE.equals(ctx.get(Authentication.VIA_COOKIE));
  }

  private static String newToken() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
