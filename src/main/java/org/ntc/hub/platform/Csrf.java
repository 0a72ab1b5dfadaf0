package org.ntc.hub.platform;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Set;
import javax.crypto.Mac;

/**
 * CSRF protection for browsers, bound to the session: the token pages repeat in a hidden
 * field (or scripts in {@code X-CSRF-Token}) is an HMAC of the signed-in session's id, or,
 * before sign-in, of a random per-browser cookie. A token planted or read before sign-in is
 * worthless after it, and one session's token never works for another; without the server's
 * key nobody can make one. Required on every state-changing page request and on API requests
 * that ride on the token cookie; bearer-token API clients carry no ambient authority and are exempt.
 */
public final class Csrf {
  public static final String COOKIE = "ntc_csrf";
  public static final String FIELD = "_csrf";
  public static final String HEADER = "X-CSRF-Token";
  private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

  /** One keyed HMAC per event-loop thread, made once: looking up and keying a new one cost more than the hash. */
  private final ThreadLocal<Mac> mac;

  public Csrf(String signingSecret) {
    byte[] key = ("csrf:" + signingSecret).getBytes(StandardCharsets.UTF_8);
    this.mac = ThreadLocal.withInitial(() -> Secrets.hmacSha256(key));
  }

  public void handle(RoutingContext ctx) {
    boolean api = WebContext.api(ctx);
    // A bearer client carries no ambient authority and gets no form: no browser cookie, no token.
    if (api && ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null) {
      ctx.next();
      return;
    }
    Viewer viewer = WebContext.viewer(ctx);
    Cookie cookie = ctx.request().getCookie(COOKIE);
    String browser = cookie == null ? null : cookie.getValue();
    if (browser == null || browser.length() < 20 || browser.length() > 64) {
      browser = randomId();
      ctx.response().addCookie(Cookie.cookie(COOKIE, browser).setPath("/").setHttpOnly(true)
          .setSameSite(CookieSameSite.LAX).setSecure(SecurityHeaders.secure(ctx)));
    }
    boolean safe = SAFE.contains(ctx.request().method());
    // The API's answers carry no form, so a request that changes nothing needs no token made for it.
    if (api && safe) {
      ctx.next();
      return;
    }
    String expected = token(viewer.signedIn() ? "session:" + viewer.sessionId() : "browser:" + browser);
    ctx.put(WebContext.CSRF_TOKEN, expected);
    if (safe || !needsCheck(ctx, api)) {
      ctx.next();
      return;
    }
    String sent = ctx.request().getHeader(HEADER);
    if (sent == null) sent = ctx.request().getFormAttribute(FIELD);
    if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
      ctx.fail(new Forbidden("The form has expired or did not come from this site; reload the page and try again"));
      return;
    }
    ctx.next();
  }

  private static boolean needsCheck(RoutingContext ctx, boolean api) {
    if (ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null) return false;
    if (!api) return true;
    return Boolean.TRUE.equals(ctx.get(Authentication.VIA_COOKIE));
  }

  private String token(String binding) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.get().doFinal(binding.getBytes(StandardCharsets.UTF_8)));
  }


  private static String randomId() {
    return Secrets.randomToken(24);
  }

}
