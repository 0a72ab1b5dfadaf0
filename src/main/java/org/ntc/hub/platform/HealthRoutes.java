package org.ntc.hub.platform;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.util.function.IntSupplier;

/**
 * {@code GET /health}: UP while this node serves and its database answers; and the API's own
 * description. Health answers from a {@link DatabaseWatch}, so it costs no database round trip
 * per call. It is answered at the front door ({@link #answeredAtFront}), before the router, with the
 * headers every response carries; the route stays mounted, so other methods get 405 with what is allowed.
 */
public final class HealthRoutes {
  private static final String PATH = "/health";
  private static final CharSequence CONTENT_TYPE = HttpHeaders.createOptimized("application/json");
  private final DatabaseWatch database;
  private final IntSupplier openStreams;
  private final String up;
  private final String down;
  private final boolean https;

  public HealthRoutes(DatabaseWatch database, String node, IntSupplier openStreams, boolean https) {
    this.database = database;
    this.https = https;
    this.openStreams = openStreams;
    this.up = prefix("UP", node);
    this.down = prefix("DOWN", node);
  }

  /** The body up to the stream count, in the order it always had: status, node, checks, openStreams. */
  private static String prefix(String status, String node) {
    String body = new JsonObject().put("status", status).put("node", node)
        .put("checks", new JsonObject().put("database", status)).put("openStreams", 0).encode();
    return body.substring(0, body.lastIndexOf(':') + 1);
  }

  /** The API's own description, in YAML and JSON. */
  public static void mountDocument(Router router) {
    router.get("/api/v1/openapi.yaml").handler(ctx -> ctx.response()
        .putHeader("Content-Type", "application/yaml; charset=utf-8")
        .putHeader("Cache-Control", "public, max-age=300")
        .sendFile(ApiDocument.RESOURCE)
        .onFailure(ctx::fail));
    router.get("/api/v1/openapi.json").handler(ctx -> (ApiDocument.ready()
            ? Future.succeededFuture(ApiDocument.json())
            : ctx.vertx().executeBlocking(ApiDocument::json, false))
        .onSuccess(json -> ctx.response()
            .putHeader("Content-Type", "application/json")
            .putHeader("Cache-Control", "public, max-age=300")
            .end(json))
        .onFailure(ctx::fail));
  }

  public void mount(Router router) {
    router.get(PATH).handler(ctx -> answer(ctx.response()));
  }

  /**
   * Answers {@code GET /health} (whatever its query) before the router, as {@link RequestGate} asks; false
   * for any other request. Balancers and orchestrators ask every few seconds, and the router's work for a
   * request (a routing context, and a dozen handlers for people, languages and forms that health needs
   * none of) cost more than the answer. The headers are those {@link SecurityHeaders} gives every response.
   */
  public boolean answeredAtFront(HttpServerRequest request) {
    if (request.method() != HttpMethod.GET || !PATH.equals(request.path())) return false;
    HttpServerResponse response = request.response();
    SecurityHeaders.set(response.headers(), https);
    SecurityHeaders.identify(response.headers());
    answer(response);
    return true;
  }

  private void answer(HttpServerResponse response) {
    database.up().onComplete(result -> {
      boolean ok = result.succeeded() && result.result();
      if (!ok) response.putHeader("Retry-After", "5");
      response.setStatusCode(ok ? 200 : 503)
          .putHeader(HttpHeaders.CONTENT_TYPE, CONTENT_TYPE)
          .putHeader(HttpHeaders.CACHE_CONTROL, PrivateResponses.NO_STORE)
          .end((ok ? up : down) + openStreams.getAsInt() + "}");
    });
  }
}
