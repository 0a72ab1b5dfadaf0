package org.ntc.hub.platform;

import io.vertx.core.Handler;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import java.net.ConnectException;
import java.net.SocketException;

/**
 * The one place where failures become HTTP: RFC 9457 problem JSON under {@code /api} (and for
 * callers that ask for JSON), an error page in the visitor's language elsewhere. Unexpected
 * failures are logged once with the request id; no stack trace ever reaches a client.
 */
public final class Failures implements Handler<RoutingContext> {
  private static final Logger LOG = Logger.getLogger(Failures.class.getName());
  private static final String TYPE_BASE = "https://ntc-hub.example/problems/";
  private static final long DB_RETRY_AFTER_SECONDS = 5;

  private final Views views;

  public Failures(Views views) {
    this.views = views;
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (ctx.response().ended()) return;
    if (!ctx.response().headWritten()) SecurityHeaders.ensure(ctx);
    JsonObject problem = problemOf(ctx);
    int status = problem.getInteger("status");
    if (ctx.response().headWritten()) {
      ctx.response().reset();
      return;
    }
    if (problem.containsKey("retryAfter")) {
      ctx.response().putHeader("Retry-After", String.valueOf(problem.remove("retryAfter")));
    } else if (status == 503) {
      ctx.response().putHeader("Retry-After", String.valueOf(DB_RETRY_AFTER_SECONDS));
    }
    if (wantsJson(ctx)) {
      ctx.response().setStatusCode(status)
          .putHeader("Content-Type", "application/problem+json")
          .putHeader("Cache-Control", "no-store")
          .end(problem.encode());
    } else {
      String lang = Languages.of(ctx);
      views.page(ctx, status, "error", RequestBodies.failureOf(ctx) instanceof EmailUnverified unverified
              ? Map.of("status", status,
                  "heading", I18n.text(lang, "unverified.title"),
                  "message", I18n.text(lang, "unverified.text", unverified.email()),
                  "link", "/account/settings", "linkText", I18n.text(lang, "unverified.link"),
                  "requestId", SecurityHeaders.requestId(ctx))
              : Map.of(
              "status", status,
              "heading", I18n.text(lang, "error." + pageKey(status) + ".title"),
              "message", I18n.text(lang, "error." + pageKey(status) + ".text"),
              "requestId", SecurityHeaders.requestId(ctx)))
          .onFailure(err -> {
            LOG.log(Level.SEVERE, "error page failed [" + SecurityHeaders.requestId(ctx) + "]", err);
            if (!ctx.response().ended()) ctx.response().setStatusCode(status).end();
          });
    }
  }

  JsonObject problemOf(RoutingContext ctx) {
    Throwable failure = RequestBodies.failureOf(ctx);
    if (failure instanceof Problem p) {
      JsonObject json = problem(p.status(), p.type(), p.title(), p.detail());
      if (p instanceof Invalid invalid) {
        JsonArray errors = new JsonArray();
        invalid.errors().forEach(e -> errors.add(new JsonObject().put("field", e.field()).put("message", e.message())));
        json.put("errors", errors);
      }
      if (p instanceof RetryLater later) json.put("retryAfter", later.retryAfterSeconds());
      return json;
    }
    if (failure instanceof DecodeException) {
      return problem(400, "invalid-input", "Invalid input", "The body is not valid JSON")
          .put("errors", new JsonArray().add(new JsonObject().put("field", "body").put("message", "not valid JSON")));
    }
    if (failure instanceof HttpException http) {
      return byStatus(http.getStatusCode());
    }
    if (failure instanceof PgException pg && pg.getSqlState() != null && pg.getSqlState().startsWith("22")) {
      // Class 22 is PostgreSQL refusing a value (a NUL character, a number out of range): the caller's input.
      return problem(400, "invalid-input", "Invalid input", "A value in the request cannot be stored or searched for")
          .put("errors", new JsonArray());
    }
    if (failure != null && databaseDown(failure)) {
      LOG.warning("database unavailable [" + SecurityHeaders.requestId(ctx) + "]: " + failure.getMessage());
      return problem(503, "database-unavailable", "Service unavailable",
          "The database does not answer; try again shortly");
    }
    if (failure == null && ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
      return byStatus(ctx.statusCode());
    }
    LOG.log(Level.SEVERE, "unexpected failure on " + ctx.request().method() + " " + ctx.normalizedPath()
        + " [" + SecurityHeaders.requestId(ctx) + "]", failure);
    return problem(500, "internal", "Internal error",
        "Something went wrong on our side; quote request id " + SecurityHeaders.requestId(ctx));
  }

  private static JsonObject byStatus(int status) {
    return switch (status) {
      case 400 -> problem(400, "invalid-input", "Invalid input", "The request could not be read");
      case 401 -> problem(401, "unauthenticated", "Not signed in", "Sign in first");
      case 403 -> problem(403, "forbidden", "Not allowed", "You may not do this");
      case 404 -> problem(404, "not-found", "Not found", "No such resource");
      case 405 -> problem(405, "method-not-allowed", "Method not allowed", "This resource does not take that method");
      case 413 -> problem(413, "too-large", "Request too large", "The body is larger than this route accepts");
      case 415 -> problem(415, "unsupported-media-type", "Unsupported media type", "Send application/json");
      default -> problem(status, "http-" + status, "Request failed", "The request failed with status " + status);
    };
  }

  static JsonObject problem(int status, String type, String title, String detail) {
    return new JsonObject().put("type", TYPE_BASE + type).put("title", title).put("status", status).put("detail", detail);
  }

  private static boolean wantsJson(RoutingContext ctx) {
    String path = ctx.normalizedPath();
    if (path.startsWith("/api/") || path.equals("/api") || path.equals("/health")) return true;
    String accept = ctx.request().getHeader("Accept");
    return accept != null && accept.contains("json") && !accept.contains("text/html");
  }

  private static String pageKey(int status) {
    return switch (status) {
      case 401, 403, 404, 503 -> String.valueOf(status);
      default -> status < 500 ? "400" : "500";
    };
  }

  static boolean databaseDown(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      // A reset while a query was on the wire: the database went away mid-statement.
      if (t instanceof ConnectException || t instanceof SocketException || t instanceof ClosedConnectionException
          || t instanceof ConnectTimeoutException || t instanceof ConnectionPoolTooBusyException) {
        return true;
      }
      if (t instanceof PgException pg && pg.getSqlState() != null
          && (pg.getSqlState().startsWith("08") || pg.getSqlState().startsWith("57P"))) {
        return true;
      }
      String message = t.getMessage();
      // The same reset met while writing to the socket: the JDK's plain IOException, not a SocketException.
      if (t instanceof java.io.IOException && message != null
          && (message.contains("Connection reset") || message.contains("Broken pipe"))) {
        return true;
      }
      // The pool's own words (vertx-sql-client 5) when no connection frees up in time.
      if (message != null && (message.contains("Connection refused") || message.contains("Timeout waiting for connection")
          || message.contains("Timeout while waiting for a connection") || message.contains("connection acquisition"))) {
        return true;
      }
    }
    return false;
  }
}
