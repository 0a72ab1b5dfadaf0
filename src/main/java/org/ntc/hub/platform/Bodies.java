package org.ntc.hub.platform;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import java.util.Map;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Reads request bodies at the edge: the right media type, well-formed, an object. */
public final class Bodies {
  private Bodies() {}

  public static JsonObject json(RoutingContext ctx) {
    String type = ctx.request().getHeader("Content-Type");
    if (type == null || !type.toLowerCase().startsWith("application/json")) {
      throw new UnsupportedMedia("Send the body as application/json");
    }
    if (ctx.body() == null || ctx.body().length() == 0) throw Invalid.malformed("a JSON object is required");
    Object value;
    try {
      value = Json.decodeValue(ctx.body().buffer());
    } catch (DecodeException e) {
      throw Invalid.malformed("not valid JSON");
    }
    if (value instanceof JsonObject object) return object;
    if (value instanceof Map<?, ?> map) return new JsonObject(castMap(map));
    throw Invalid.malformed("the body must be a JSON object");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }

  /** The query's non-blank parameters as JSON, so {@link FieldErrors} checks them like body fields. */
  public static JsonObject query(io.vertx.core.MultiMap params) {
    JsonObject query = new JsonObject();
    params.forEach((name, value) -> {
      if (!value.isBlank()) query.put(name, value);
    });
    return query;
  }

  /** An optional JSON body: absent is an empty object. */
  public static JsonObject optionalJson(RoutingContext ctx) {
    return ctx.body() == null || ctx.body().length() <= 0 ? new JsonObject() : json(ctx);
  }
}
