package org.ntc.hub.platform;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import java.util.Date;

/** The API's OpenAPI document, written as YAML, also as JSON: read once, off the event loop, then kept. */
final class ApiDocument {
  static final String RESOURCE = "api/openapi.yaml";
  private static volatile Buffer json;

  private ApiDocument() {}

  /** Blocks on the first call (it reads and converts the document); later calls return the kept copy. */
  static Buffer json() {
    Buffer kept = json;
    if (kept == null) {
      kept = Buffer.buffer(convert(read()).encode());
      json = kept;
    }
    return kept;
  }

  static boolean ready() {
    return json != null;
  }

  private static Object read() {
    try (InputStream in = ApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException(RESOURCE + " is not on the class path");
      return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** YAML's values as JSON's: every key a string (a status code written 200 too), dates as written. */
  private static JsonObject convert(Object yaml) {
    return (JsonObject) value(yaml);
  }

  private static Object value(Object yaml) {
    if (yaml instanceof Map<?, ?> map) {
      Map<String, Object> object = new LinkedHashMap<>();
      map.forEach((key, v) -> object.put(String.valueOf(key), value(v)));
      return new JsonObject(object);
    }
    if (yaml instanceof List<?> list) return new JsonArray(list.stream().map(ApiDocument::value).toList());
    if (yaml instanceof Date date) return date.toInstant().toString();
    return yaml;
  }
}
