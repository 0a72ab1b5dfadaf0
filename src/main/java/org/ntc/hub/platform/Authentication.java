package org.ntc.hub.platform;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.Future;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Finds out who is asking, from {@code Authorization: Bearer} (API clients) or the
 * {@code HttpOnly} token cookie (browsers). A bad bearer token is a 401; a stale cookie is
 * dropped and the visitor continues anonymously.
 */
public final class Authentication {
  public static final String COOKIE = "ntc_token";
  static final String VIA_COOKIE = "authViaCookie";
  public static final String SESSION_ENDED = "The token is not valid, has expired or was signed out";
  private static final String CLAIM = "sessionClaim";

  /**
   * Loads the signed-in person for a verified token, if the session still exists; with the number
   * of their unread notifications only when {@code countUnread} (pages show it in their header).
   */
  public interface ViewerLoader {
    Future<Optional<Viewer>> load(UUID accountId, UUID sessionId, boolean countUnread);
  }

  /** Whether the request presents a token, as a bearer header or the cookie, valid or not. */
  static boolean presentsCredentials(RoutingContext ctx) {
    return ctx.request().getHeader(HttpHeaders.AUTHORIZATION) != null || ctx.request().getCookie(COOKIE) != null;
  }

  private final Tokens tokens;
  private final ViewerLoader loader;
  private final Set<String> confirmedByRoute;

  public Authentication(Tokens tokens, ViewerLoader loader) {
    this(tokens, loader, Set.of());
  }

  private Authentication(Tokens tokens, ViewerLoader loader, Set<String> confirmedByRoute) {
    this.tokens = tokens;
    this.loader = loader;
    this.confirmedByRoute = confirmedByRoute;
  }

  /**
   * The same, but for GET at exactly these paths the session is not looked up here: their
   * route confirms it in its own statement ({@link SessionClaim}). Only for answers that are the same
   * for every caller, whose route reads {@link #claim} and passes it on.
   */
  public Authentication confirmedByRoute(Set<String> paths) {
    return new Authentication(tokens, loader, Set.copyOf(paths));
  }

  public void handle(RoutingContext ctx) {
    String header = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
    Cookie cookie = ctx.request().getCookie(COOKIE);
    String token;
    boolean bearer;
    if (header != null) {
      if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
        RequestBodies.refuse(ctx, new Unauthenticated("Use Authorization: Bearer <token>"));
        return;
      }
      token = header.substring(7).trim();
      bearer = true;
    } else if (cookie != null && !cookie.getValue().isBlank()) {
      token = cookie.getValue();
      bearer = false;
      ctx.put(VIA_COOKIE, true);
    } else {
      ctx.next();
      return;
    }
    // Runs before any body is read: the body waits, unread, until the caller is known. Only the
    // body handler resumes it, once it listens: resumed any earlier, what arrived meanwhile
    // would be handed to nobody.
    if (!ctx.request().isEnded()) ctx.request().pause();
    tokens.verify(token)
        .compose(claims -> {
          ctx.put(WebContext.TOKEN_EXPIRES_AT, claims.expiresAt());
          if (confirmedByRoute(ctx)) {
            // A visitor until the route's statement confirms the session.
            ctx.put(CLAIM, new SessionClaim(claims.accountId(), claims.sessionId(), bearer));
            return Future.succeededFuture(Optional.of(Viewer.ANONYMOUS));
          }
          return loader.load(claims.accountId(), claims.sessionId(), !WebContext.api(ctx));
        })
        .onComplete(result -> {
          Optional<Viewer> viewer = result.succeeded() ? result.result() : Optional.empty();
          if (result.failed() && !(result.cause() instanceof Unauthenticated)) {
            ctx.request().resume();
            ctx.fail(result.cause());
          } else if (viewer.isPresent()) {
            ctx.put(WebContext.VIEWER, viewer.get());
            ctx.next();
          } else if (bearer) {
            RequestBodies.refuse(ctx, new Unauthenticated(SESSION_ENDED));
          } else {
            asVisitor(ctx);
            ctx.next();
          }
        });
  }

  private boolean confirmedByRoute(RoutingContext ctx) {
    return ctx.request().method() == HttpMethod.GET && confirmedByRoute.contains(ctx.normalizedPath());
  }

  /** The session the route is to confirm ({@link #confirmedByRoute}), or null: then it was looked up already, or there is none. */
  public static SessionClaim claim(RoutingContext ctx) {
    return ctx.get(CLAIM);
  }

  /**
   * After the route found that the claimed session no longer holds ({@code failure}): a browser's
   * cookie is dropped and true returned, for the route to answer as for a visitor, as when the
   * session is looked up here. False for anything else, which fails the request (a bearer: 401).
   */
  public static boolean continueAsVisitor(RoutingContext ctx, Throwable failure) {
    SessionClaim claim = claim(ctx);
    if (claim == null || claim.bearer() || !(failure instanceof Unauthenticated)) return false;
    ctx.remove(CLAIM);
    asVisitor(ctx);
    return true;
  }

  /** A browser whose session ended goes on as a visitor: its token's expiry is forgotten and its cookie dropped. */
  private static void asVisitor(RoutingContext ctx) {
    ctx.remove(WebContext.TOKEN_EXPIRES_AT);
    clearCookie(ctx);
  }

  public static void setCookie(RoutingContext ctx, String token) {
    ctx.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true)
        .setSameSite(CookieSameSite.LAX).setSecure(SecurityHeaders.secure(ctx)).setMaxAge(Tokens.LIFETIME_SECONDS));
  }

  public static void clearCookie(RoutingContext ctx) {
    ctx.response().addCookie(Cookie.cookie(COOKIE, "").setPath("/").setHttpOnly(true)
        .setSameSite(CookieSameSite.LAX).setSecure(SecurityHeaders.secure(ctx)).setMaxAge(0));
  }
}
