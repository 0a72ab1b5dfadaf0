package org.ntc.hub.platform;

import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The front door, before the router. Requests the router cannot read (headers the decoder
 * refused, no Host or one that is not a host name) get a problem with the security headers
 * instead of an anonymous 500; a client that dribbles its request headers (or idles between
 * requests) is cut off after {@link #HEADER_TIMEOUT_MILLIS}, so slow clients cannot hold
 * connections open. One gate per HTTP verticle: its handlers run on that verticle's event
 * loop, so the connection table needs no locking.
 *
 * <p>The table says since when each connection has waited; one periodic check a second closes
 * those that waited too long. A timer for each wait was set and cancelled around every request,
 * which cost more than reading the clock and a map entry.
 */
public final class RequestGate {
  static final long HEADER_TIMEOUT_MILLIS = 15_000;
  /** How often waiting connections are checked: a slow client is cut off within this much after its timeout. */
  static final long CHECK_MILLIS = 1_000;
  private static final long HEADER_TIMEOUT_NANOS = HEADER_TIMEOUT_MILLIS * 1_000_000;
  private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.\\-]{0,252})|\\[[0-9A-Fa-f:.]+]");

  private final Vertx vertx;
  private final boolean https;
  /** Connections waiting for a request's headers, and since when ({@link System#nanoTime}). */
  private final Map<HttpConnection, Long> waitingSince = new HashMap<>();
  private boolean checking;

  public RequestGate(Vertx vertx, boolean https) {
    this.vertx = vertx;
    this.https = https;
  }

  public HttpServer install(HttpServer server, Router router) {
    return install(server, router, request -> false);
  }

  /** As {@link #install(HttpServer, Router)}, with {@code front} answering what it can (it says whether it did) before the router. */
  public HttpServer install(HttpServer server, Router router, Predicate<HttpServerRequest> front) {
    return server
        .connectionHandler(this::opened)
        .invalidRequestHandler(this::undecodable)
        .requestHandler(request -> {
          headersArrived(request);
          if (!validHost(request)) {
            refuse(request, 400, "The Host header is missing or is not a host name");
          } else if (request.path() == null || BAD_ESCAPE.matcher(request.path()).find()) {
            // The router cannot even name such a path (a stray % in it), so it is refused here.
            refuse(request, 400, "The path has a % that does not start an escape like %20");
          } else if (!front.test(request)) {
            router.handle(request);
          }
        });
  }

  private void opened(HttpConnection connection) {
    // Started by the first connection, on the verticle's event loop: the check is the verticle's and ends with it.
    if (!checking) {
      checking = true;
      vertx.setPeriodic(CHECK_MILLIS, tick -> cutOffSlowClients());
    }
    waitingSince.put(connection, System.nanoTime());
    connection.closeHandler(closed -> waitingSince.remove(connection));
  }

  private void headersArrived(HttpServerRequest request) {
    HttpConnection connection = request.connection();
    if (waitingSince.remove(connection) == null) return;
    // Between keep-alive requests the clock runs again, for the next request's headers.
    request.response().endHandler(done -> {
      if (!request.response().closed()) waitingSince.put(connection, System.nanoTime());
    });
  }

  private void cutOffSlowClients() {
    long now = System.nanoTime();
    List<HttpConnection> late = new ArrayList<>();
    waitingSince.forEach((connection, since) -> {
      if (now - since >= HEADER_TIMEOUT_NANOS) late.add(connection);
    });
    // Closed after the walk: closing may end a connection at once, and its close handler changes the table.
    for (HttpConnection connection : late) {
      waitingSince.remove(connection);
      connection.close();
    }
  }

  private void undecodable(HttpServerRequest request) {
    DecoderResult result = request.decoderResult();
    Throwable cause = result == null ? null : result.cause();
    if (cause instanceof TooLongHttpLineException) {
      refuse(request, 414, "The request line is too long");
    } else if (cause instanceof TooLongHttpHeaderException) {
      refuse(request, 431, "The request headers are too large");
    } else {
      refuse(request, 400, "The request could not be read as HTTP");
    }
  }

  static boolean validHost(HttpServerRequest request) {
    try {
      HostAndPort authority = request.authority();
      return authority != null && HOST.matcher(authority.host()).matches();
    } catch (RuntimeException unreadable) {
      return false;
    }
  }

  private void refuse(HttpServerRequest request, int status, String detail) {
    SecurityHeaders.set(request.response().headers(), https);
    String type = switch (status) {
      case 414 -> "uri-too-long";
      case 431 -> "headers-too-large";
      default -> "invalid-input";
    };
    request.response().setStatusCode(status)
        .putHeader("Content-Type", "application/problem+json")
        .putHeader("Cache-Control", "no-store")
        .putHeader("Connection", "close")
        .end(Failures.problem(status, type, "Request not readable", detail).encode());
  }
}
