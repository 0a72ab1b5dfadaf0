package org.ntc.hub.platform;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * Picks the language of each request: {@code ?lang=} (remembered in a cookie for pages), then
 * the cookie, then {@code Accept-Language}, then English. The API does not read the cookie.
 */
public final class Languages {
  public static final String COOKIE = "ntc_lang";
  private static final String KEY = "lang";

  private Languages() {}

  public static void choose(RoutingContext ctx) {
    String asked;
    boolean readable = true;
    try {
      asked = ctx.request().getParam("lang");
    } catch (IllegalArgumentException e) {
      // The first to read the query finds out that it does not decode (%zz); nothing after us could read it either.
      asked = null;
      readable = false;
    }
    boolean api = WebContext.api(ctx);
    String lang;
    if (I18n.supported(asked)) {
      lang = asked;
      if (!api) {
        ctx.response().addCookie(Cookie.cookie(COOKIE, lang).setPath("/").setMaxAge(365L * 24 * 3600)
            .setHttpOnly(true).setSameSite(CookieSameSite.LAX));
      }
    } else {
      Cookie remembered = api ? null : ctx.request().getCookie(COOKIE);
      if (remembered != null && I18n.supported(remembered.getValue())) {
        lang = remembered.getValue();
      } else {
        lang = I18n.fromAcceptLanguage(ctx.request().getHeader("Accept-Language")).orElse(I18n.FALLBACK);
      }
    }
    ctx.put(KEY, lang);
    if (readable) ctx.next();
    else ctx.fail(new Invalid("query", "is not well-formed percent-encoding"));
  }

  public static String of(RoutingContext ctx) {
    String lang = ctx.get(KEY);
    return lang == null ? I18n.FALLBACK : lang;
  }
}
