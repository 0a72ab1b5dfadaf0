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
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The front door, before the router. Requests the router cannot read (headers the decoder
 * refused, no Host or one that is not a host name) get a problem with the security headers
 * instead of an anonymous 500; a client that dribbles its request headers (or idles between
 * requests) is cut off after {@link #HEADER_TIMEOUT_MILLIS}, so slow clients cannot hold
 * connections open. One gate per HTTP verticle: its handlers run on that verticle's event
 * loop, so the connection table needs no locking.
 */
public final class RequestGate {
  static final long HEADER_TIMEOUT_MILLIS = 15_000;
  private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9.\\-]{0,252})|\\[[0-9A-Fa-f:.]+]");

  private final Vertx vertx;
  private final boolean https;
  private final Map<HttpConnection, Long> waitingForHeaders = new HashMap<>();

  public RequestGate(Vertx vertx, boolean https) {
    this.vertx = vertx;
    this.https = https;
  }

  public HttpServer install(HttpServer server, Router router) {
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
          } else {
            router.handle(request);
          }
        });
  }

  private void opened(HttpConnection connection) {
    awaitHeaders(connection);
    connection.closeHandler(closed -> {
      Long timer = waitingForHeaders.remove(connection);
      if (timer != null) vertx.cancelTimer(timer);
    });
  }

  private void awaitHeaders(HttpConnection connection) {
    long timer = vertx.setTimer(HEADER_TIMEOUT_MILLIS, fired -> {
      if (waitingForHeaders.remove(connection) != null) connection.close();
    });
    Long previous = waitingForHeaders.put(connection, timer);
    if (previous != null) vertx.cancelTimer(previous);
  }

  private void headersArrived(HttpServerRequest request) {
    HttpConnection connection = request.connection();
    Long timer = waitingForHeaders.remove(connection);
    if (timer == null) return;
    vertx.cancelTimer(timer);
    // Between keep-alive requests the clock runs again, for the next request's headers.
    request.response().endHandler(done -> {
      if (!request.response().closed()) awaitHeaders(connection);
    });
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
