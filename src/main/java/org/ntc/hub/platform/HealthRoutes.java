package org.ntc.hub.platform;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.function.IntSupplier;

/**
 * {@code GET /health}: UP while this node serves and its database answers; and the API's own
 * description. Health answers from a {@link DatabaseWatch}, so it costs no database round trip
 * per call, and is mounted before sign-in and CSRF handling, which it needs neither of.
 */
public final class HealthRoutes {
  private final DatabaseWatch database;
  private final IntSupplier openStreams;
  private final String up;
  private final String down;

  public HealthRoutes(DatabaseWatch database, String node, IntSupplier openStreams) {
    this.database = database;
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
    router.get("/health").handler(this::health);
  }

  private void health(RoutingContext ctx) {
    database.up().onComplete(result -> {
      boolean ok = result.succeeded() && result.result();
      if (!ok) ctx.response().putHeader("Retry-After", "5");
      ctx.response().setStatusCode(ok ? 200 : 503)
          .putHeader("Content-Type", "application/json")
          .putHeader("Cache-Control", "no-store")
          .end((ok ? up : down) + openStreams.getAsInt() + "}");
    });
  }
}
