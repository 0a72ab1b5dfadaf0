package org.ntc.hub.platform;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.sqlclient.Pool;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/** {@code GET /health}: UP while this node serves and its database answers; and the API's own description. */
public final class HealthRoutes {
  private final Pool pool;
  private final String node;
  private final IntSupplier openStreams;

  public HealthRoutes(Pool pool, String node, IntSupplier openStreams) {
    this.pool = pool;
    this.node = node;
    this.openStreams = openStreams;
  }

  public void mount(Router router) {
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
    router.get("/health").handler(ctx -> pool.query("SELECT 1").execute()
        .timeout(3, TimeUnit.SECONDS)
        .onComplete(result -> {
          boolean up = result.succeeded();
          JsonObject body = new JsonObject()
              .put("status", up ? "UP" : "DOWN")
              .put("node", node)
              .put("checks", new JsonObject().put("database", up ? "UP" : "DOWN"))
              .put("openStreams", openStreams.getAsInt());
          if (!up) ctx.response().putHeader("Retry-After", "5");
          ctx.response().setStatusCode(up ? 200 : 503)
              .putHeader("Content-Type", "application/json")
              .putHeader("Cache-Control", "no-store")
              .end(body.encode());
        }));
  }
}
