package org.ntc.hub.platform;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerFileUpload;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Routes that take a file. Before a byte of the body is read, the caller must be signed in and
 * allowed to upload, the announced size must fit and one of {@link #MAX_IN_FLIGHT} upload slots
 * of this node must be free; then the body is read into memory (never a temporary file) up to
 * the limit. A body that cannot be decoded, or ends inside a part, is a 400.
 */
public final class Uploads {
  /** Uploads this node reads at once, so heap use stays bounded by this times the largest limit. */
  public static final int MAX_IN_FLIGHT = 4;
  /** Room for the form's other fields, part headers and boundaries. */
  private static final int FORM_OVERHEAD = 64 * 1024;
  /** An upload still unread after this long is dropped, so slow senders cannot keep the slots. */
  static final long DEADLINE_MILLIS = 5 * 60 * 1000;
  private static final AtomicInteger IN_FLIGHT = new AtomicInteger();
  private static final String PARTS = "uploadedParts";

  /** One file as sent: its part's name, the name the sender gave it, its claimed type, its bytes. */
  public record Part(String name, String fileName, String contentType, Buffer bytes) {}

  /**
   * What a route takes: files up to {@code maxFileBytes} from viewers {@code mayUpload} accepts
   * (else a 403 saying {@code whoMay}); with {@code otherBodies}, a request that is not
   * multipart passes on to the general body handler (a JSON alternative), else it is a 415.
   */
  public record Rule(int maxFileBytes, Predicate<Viewer> mayUpload, String whoMay, boolean otherBodies) {}

  private Uploads() {}

  /** Mounts the upload gate for {@code POST path}; call after authentication and before {@link RequestBodies#mount}. */
  public static void mount(Router router, String path, Rule rule) {
    router.post(path).handler(ctx -> admit(ctx, rule, true));
  }

  /**
   * Mounts the upload gate for a page's form, {@code POST path}. A plain form cannot send the CSRF
   * header, so the token is taken from the form's own field once the body is read; a cross-site
   * form arrives without the sign-in cookie (it is SameSite=Lax) and is refused before that.
   */
  public static void mountPage(Router router, String path, Rule rule) {
    router.post(path).handler(ctx -> admit(ctx, rule, false));
  }

  /**
   * A page upload form's failure handler: a refusal the form can show (too large, not multipart,
   * unreadable; not 401, 403 or 404) goes to {@code reshow}, anything else on to the error page.
   */
  public static io.vertx.core.Handler<RoutingContext> backToForm(java.util.function.BiConsumer<RoutingContext, Throwable> reshow) {
    return ctx -> {
      Throwable err = RequestBodies.failureOf(ctx);
      int status = Forms.status(err);
      if (!Forms.shownOnForm(err) || status == 401 || status == 403 || status == 404) {
        ctx.next();
        return;
      }
      reshow.accept(ctx, err);
    };
  }

  /** The first file sent in the part of this name. */
  public static Optional<Part> file(RoutingContext ctx, String name) {
    List<Part> parts = ctx.get(PARTS);
    return parts == null ? Optional.empty() : parts.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  private static void admit(RoutingContext ctx, Rule rule, boolean csrfHeader) {
    HttpServerRequest request = ctx.request();
    if (!RequestBodies.contentType(request).startsWith("multipart/form-data")) {
      if (rule.otherBodies()) ctx.next();
      else RequestBodies.refuse(ctx, new UnsupportedMedia("Send the file as multipart/form-data, in the part named file"));
      return;
    }
    Viewer viewer = WebContext.viewer(ctx);
    long limit = (long) rule.maxFileBytes() + FORM_OVERHEAD;
    Problem refused = null;
    if (!viewer.signedIn()) {
      refused = new Unauthenticated("Sign in first");
    } else if (!rule.mayUpload().test(viewer)) {
      refused = new Forbidden(rule.whoMay());
    } else if (csrfHeader && Boolean.TRUE.equals(ctx.get(Authentication.VIA_COOKIE)) && request.getHeader(Csrf.HEADER) == null) {
      // A cross-site form cannot set this header; Csrf compares its value once the body is read.
      refused = new Forbidden("Send the " + Csrf.HEADER + " header with uploads made with the sign-in cookie");
    } else if (RequestBodies.announcedLength(request) > limit) {
      refused = new TooLarge("A file may be at most " + rule.maxFileBytes() / (1024 * 1024) + " MB");
    } else if (IN_FLIGHT.incrementAndGet() > MAX_IN_FLIGHT) {
      IN_FLIGHT.decrementAndGet();
      refused = new TooManyUploads(MAX_IN_FLIGHT);
    }
    if (refused != null) {
      RequestBodies.refuse(ctx, refused);
      return;
    }
    AtomicBoolean released = new AtomicBoolean();
    ctx.addEndHandler(done -> {
      if (released.compareAndSet(false, true)) IN_FLIGHT.decrementAndGet();
    });
    new Reader(ctx, rule.maxFileBytes(), limit).start();
  }

  /** Reads one multipart body into memory, failing at the first byte over a limit. */
  private static final class Reader {
    private final RoutingContext ctx;
    private final HttpServerRequest request;
    private final long maxFileBytes;
    private final long limit;
    private final List<Part> parts = new ArrayList<>();
    private long received;
    private long fileBytes;
    private int open;
    private boolean failed;

    Reader(RoutingContext ctx, long maxFileBytes, long limit) {
      this.ctx = ctx;
      this.request = ctx.request();
      this.maxFileBytes = maxFileBytes;
      this.limit = limit;
    }

    void start() {
      try {
        request.setExpectMultipart(true);
      } catch (RuntimeException badBoundary) {
        fail(RequestBodies.unreadable(badBoundary));
        return;
      }
      request.exceptionHandler(err -> fail(RequestBodies.unreadable(err)));
      request.uploadHandler(this::part);
      request.handler(chunk -> {
        received += chunk.length();
        if (received > limit) fail(new TooLarge("A file may be at most " + maxFileBytes / (1024 * 1024) + " MB"));
      });
      long deadline = ctx.vertx().setTimer(DEADLINE_MILLIS, late -> {
        failed = true;
        request.connection().close();
      });
      ctx.addEndHandler(done -> ctx.vertx().cancelTimer(deadline));
      request.endHandler(end -> {
        ctx.vertx().cancelTimer(deadline);
        if (failed) return;
        // The decoder hands over each part as it reads it; one still open when the body ends was cut off.
        if (open > 0) {
          fail(Invalid.malformed("the body ended inside a part"));
          return;
        }
        ctx.put(PARTS, List.copyOf(parts));
        ctx.put(RequestBodies.READ, true);
        ctx.next();
      });
      if ("100-continue".equalsIgnoreCase(request.getHeader("Expect"))) ctx.response().writeContinue();
      request.resume();
    }

    private void part(HttpServerFileUpload upload) {
      open++;
      // The first file is nearly the whole body: sized once from Content-Length, not grown by copying.
      long announced = RequestBodies.announcedLength(request);
      Buffer bytes = parts.isEmpty() && announced > 0 ? Buffer.buffer((int) Math.min(announced, maxFileBytes)) : Buffer.buffer();
      upload.exceptionHandler(err -> fail(RequestBodies.unreadable(err)));
      upload.handler(chunk -> {
        fileBytes += chunk.length();
        if (failed) return;
        if (fileBytes > maxFileBytes) fail(new TooLarge("A file may be at most " + maxFileBytes / (1024 * 1024) + " MB"));
        else bytes.appendBuffer(chunk);
      });
      upload.endHandler(end -> {
        open--;
        if (!failed) parts.add(new Part(upload.name(), upload.filename(), upload.contentType(), bytes));
      });
    }

    private void fail(Problem problem) {
      if (failed) return;
      failed = true;
      parts.clear();
      RequestBodies.refuse(ctx, problem);
    }
  }
}
