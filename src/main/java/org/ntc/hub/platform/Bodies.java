package org.ntc.hub.platform;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import java.util.Map;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.core.MultiMap;
import java.util.Locale;

/**
 * Reads request bodies at the edge: the right media type, well-formed, an object. An empty body
 * is an empty object whatever its media type, so actions take no body and creations answer
 * with the fields they miss.
 */
public final class Bodies {
  private Bodies() {}

  public static JsonObject json(RoutingContext ctx) {
    if (isEmpty(ctx)) return new JsonObject();
    String type = ctx.request().getHeader("Content-Type");
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new UnsupportedMedia("Send the body as application/json");
    }
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
  public static JsonObject query(MultiMap params) {
    JsonObject query = new JsonObject();
    params.forEach((name, value) -> {
      if (!value.isBlank()) query.put(name, value);
    });
    return query;
  }

  /** No body at all, or one of no bytes: the body handler leaves no buffer for either. */
  static boolean isEmpty(RoutingContext ctx) {
    return ctx.body() == null || ctx.body().buffer() == null || ctx.body().buffer().length() == 0;
  }
}
