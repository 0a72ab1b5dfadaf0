package org.ntc.hub.support;

import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Values generated from the API document's schemas: a plausible one for each field (so a request
 * gets past validation and reaches the service), and hostile ones to put in its place.
 */
public final class SchemaSamples {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  /** JSON values no field should take, or only just: each must answer a documented 4xx, never a 500. */
  public static final List<Object> HOSTILE = Arrays.asList(null, "", "   ", "x".repeat(10_000), 0, -1, 1e308,
      new BigInteger("123456789012345678901234567890"), true, new JsonArray(), new JsonObject(),
      "🙂 Ünïcödé Ωμέγα 中文 \u202e\u200b", "\u0000", new JsonObject().put("en", (String) null).put("sv", ""),
      new JsonArray().add((Object) null).add(""), "<script>alert(1)</script>");

  /** The same for query parameters and path segments, as text (encoded before sending). */
  public static final List<String> HOSTILE_TEXT = List.of("", " ", "x".repeat(1000), "-1", "0", "99999999999999999999",
      "1.5", "abc", "🙂Ω中文\u202e", "\u0000", "' OR 1=1--", "%", "../../etc/passwd", "2027-02-30", "true", "[]");

  /** Whole bodies that are not what any JSON operation takes. */
  public static final List<String> HOSTILE_BODIES = List.of("", "null", "[]", "\"text\"", "42", "{\"a\":", "{}",
      "{\"x\":" + "[".repeat(2000) + "]".repeat(2000) + "}");

  private final Map<String, Object> known;

  /** {@code known}: values for fields whose valid value depends on what exists (ids of real things, categories). */
  public SchemaSamples(Map<String, Object> known) {
    this.known = known;
  }

  public Object valid(String name, Schema<?> schema) {
    if (name != null && known.containsKey(name)) return copy(known.get(name));
    if (schema == null) return "fuzz";
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) return schema.getEnum().get(0);
    if (schema instanceof ComposedSchema composed) {
      if (composed.getOneOf() != null && !composed.getOneOf().isEmpty()) return valid(name, composed.getOneOf().get(0));
      if (composed.getAnyOf() != null && !composed.getAnyOf().isEmpty()) return valid(name, composed.getAnyOf().get(0));
    }
    OpenApiDocument.Shape shape = OpenApiDocument.shape(schema);
    String type = schema.getType() != null ? schema.getType() : shape.properties().isEmpty() ? "string" : "object";
    return switch (type) {
      case "integer" -> schema.getMinimum() == null ? 1 : Math.max(1, schema.getMinimum().intValue());
      case "number" -> 1;
      case "boolean" -> true;
      case "array" -> {
        JsonArray array = new JsonArray();
        int items = schema.getMinItems() == null ? 1 : Math.max(1, schema.getMinItems());
        for (int i = 0; i < items; i++) array.add(valid(null, schema.getItems()));
        yield array;
      }
      case "object" -> {
        JsonObject object = new JsonObject();
        shape.properties().forEach((property, s) -> object.put(property, valid(property, s)));
        yield object;
      }
      default -> string(schema);
    };
  }

  private static Object string(Schema<?> schema) {
    String format = schema.getFormat() == null ? "" : schema.getFormat();
    return switch (format) {
      case "uuid" -> UUID.randomUUID().toString();
      case "date" -> LocalDate.now().plusDays(30).toString();
      case "date-time" -> java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusDays(7).withNano(0).toString();
      case "email" -> "fuzz-" + COUNTER.incrementAndGet() + "@example.org";
      case "uri" -> "https://example.org/fuzz";
      default -> {
        int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
        int max = schema.getMaxLength() == null ? Integer.MAX_VALUE : schema.getMaxLength();
        String text = "Fuzzed text number " + COUNTER.incrementAndGet() + " for this field, long enough";
        int length = Math.max(min, Math.min(text.length(), max));
        yield text.repeat(length / text.length() + 1).substring(0, length);
      }
    };
  }

  private static Object copy(Object value) {
    if (value instanceof JsonObject o) return o.copy();
    if (value instanceof JsonArray a) return a.copy();
    return value;
  }

  /** The valid body with one field replaced by each hostile value in turn, and the field left out. */
  public List<JsonObject> mutations(JsonObject valid) {
    List<JsonObject> bodies = new ArrayList<>();
    for (String field : valid.fieldNames()) {
      for (Object hostile : HOSTILE) bodies.add(valid.copy().put(field, hostile));
      JsonObject without = valid.copy();
      without.remove(field);
      bodies.add(without);
      if (valid.getValue(field) instanceof JsonObject nested && !nested.isEmpty()) {
        String inner = nested.fieldNames().iterator().next();
        for (Object hostile : List.of("", "x".repeat(10_000), 5, new JsonObject())) {
          JsonObject body = valid.copy();
          body.getJsonObject(field).put(inner, hostile);
          bodies.add(body);
        }
      }
    }
    bodies.add(valid.copy().put("unexpectedField", "x"));
    return bodies;
  }
}
