package org.ntc.hub.platform;

import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Reads request bodies for every route. A body that cannot be decoded (a garbled form, a
 * field over the limit, a form on a GET) is the caller's 400 or 413, never a 500; files are
 * taken only by the routes {@link Uploads} mounts, every other route refuses multipart with a
 * 415 before reading it. A request refused before its body is read never has it read.
 */
public final class RequestBodies {
  /**
   * The longest form field as sent: a 20,000-character showcase description, url-encoded, at up
   * to nine bytes a character (%XX%XX%XX). The decoder measures fields before decoding them.
   */
  public static final int MAX_FORM_FIELD_BYTES = 192 * 1024;
  static final String READING = "readingBody";
  static final String READ = "bodyRead";
  private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
  /** Of a refused body, at most this much is read and dropped so that the client gets to read the answer. */
  private static final long DISCARD_BYTES = 1024 * 1024;
  private static final long DISCARD_MILLIS = 2_000;

  private RequestBodies() {}

  /** The body handler for every route, at most {@code limit} bytes. */
  public static void mount(Router router, long limit) {
    BodyHandler bodies = BodyHandler.create(false).setBodyLimit(limit);
    router.route().handler(ctx -> read(ctx, bodies, limit)).handler(ctx -> {
      ctx.remove(READING);
      ctx.next();
    });
  }

  private static void read(RoutingContext ctx, BodyHandler bodies, long limit) {
    HttpServerRequest request = ctx.request();
    String type = contentType(request);
    boolean form = multipart(type) || type.startsWith("application/x-www-form-urlencoded");
    if (Boolean.TRUE.equals(ctx.get(READ))) {
      ctx.next();
    } else if (form && !WITH_BODY.contains(request.method())) {
      if (announcesBody(request)) refuse(ctx, Invalid.malformed("a " + request.method() + " request carries no form"));
      else ctx.next();
    } else if (multipart(type)) {
      refuse(ctx, new UnsupportedMedia("This address takes no files; send application/json or a form"));
    } else if (announcedLength(request) > limit) {
      refuse(ctx, new TooLarge("The body is larger than the " + limit / 1024 + " KB this address takes"));
    } else {
      ctx.put(READING, true);
      bodies.handle(ctx);
    }
  }

  /**
   * The request's failure as the caller should see it: one raised while its body was being
   * read (by the form decoder, say) is the caller's malformed or oversized input.
   */
  public static Throwable failureOf(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    if (failure == null || failure instanceof Problem || !Boolean.TRUE.equals(ctx.get(READING))) return failure;
    return unreadable(failure);
  }

  static Problem unreadable(Throwable failure) {
    Throwable cause = failure instanceof HttpPostRequestDecoder.ErrorDataDecoderException && failure.getCause() != null
        ? failure.getCause() : failure;
    if (cause instanceof HttpPostRequestDecoder.TooLongFormFieldException
        || cause instanceof HttpPostRequestDecoder.TooManyFormFieldsException
        // Netty's way of saying a field outgrew HttpServerOptions#setMaxFormAttributeSize.
        || cause instanceof IOException && cause.getMessage() != null && cause.getMessage().startsWith("Size exceed")) {
      return new TooLarge("A form field, a part's headers or the number of fields is larger than accepted");
    }
    return Invalid.malformed("the body cannot be read as the form or multipart body it says it is");
  }

  /**
   * Answers {@code problem} without reading the body. If the body is still on its way, at most
   * {@link #DISCARD_BYTES} of it is read and dropped (so the client, still sending, is not reset
   * before it reads the answer) and the connection is then closed.
   */
  public static void refuse(RoutingContext ctx, Problem problem) {
    HttpServerRequest request = ctx.request();
    if (!request.isEnded() && announcesBody(request)) {
      request.pause();
      ctx.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
      ctx.addEndHandler(answered -> discardThenClose(ctx));
    } else {
      request.resume();
    }
    ctx.fail(problem);
  }

  private static void discardThenClose(RoutingContext ctx) {
    HttpServerRequest request = ctx.request();
    if (request.isEnded()) return;
    long[] seen = {0};
    long timer = ctx.vertx().setTimer(DISCARD_MILLIS, t -> request.connection().close());
    request.exceptionHandler(gone -> ctx.vertx().cancelTimer(timer));
    request.endHandler(done -> {
      ctx.vertx().cancelTimer(timer);
      request.connection().close();
    });
    request.handler(chunk -> {
      seen[0] += chunk.length();
      if (seen[0] > DISCARD_BYTES) {
        ctx.vertx().cancelTimer(timer);
        request.connection().close();
      }
    });
    request.resume();
  }

  static String contentType(HttpServerRequest request) {
    String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
    return type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
  }

  static boolean multipart(String type) {
    return type.startsWith("multipart/");
  }

  static boolean announcesBody(HttpServerRequest request) {
    return request.headers().contains(HttpHeaders.TRANSFER_ENCODING) || announcedLength(request) > 0;
  }

  /** The Content-Length, or -1 when there is none (the server has already refused one that is not a number). */
  static long announcedLength(HttpServerRequest request) {
    String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    try {
      return length == null ? -1 : Long.parseLong(length.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
