package org.ntc.hub.platform;

import com.github.jknack.handlebars.ValueResolver;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.Set;

/** Lets templates read Vert.x JSON objects and arrays as they read maps and lists. */
final class JsonValueResolver implements ValueResolver {
  static final JsonValueResolver INSTANCE = new JsonValueResolver();

  @Override
  public Object resolve(Object context, String name) {
    if (context instanceof JsonObject json) {
      return json.containsKey(name) ? json.getValue(name) : UNRESOLVED;
    }
    if (context instanceof JsonArray array) {
      if (name.equals("length")) return array.size();
      try {
        int index = Integer.parseInt(name);
        return index >= 0 && index < array.size() ? array.getValue(index) : UNRESOLVED;
      } catch (NumberFormatException e) {
        return UNRESOLVED;
      }
    }
    return UNRESOLVED;
  }

  @Override
  public Object resolve(Object context) {
    return context instanceof JsonObject || context instanceof JsonArray ? context : UNRESOLVED;
  }

  @Override
  public Set<Map.Entry<String, Object>> propertySet(Object context) {
    return context instanceof JsonObject json ? json.getMap().entrySet() : Set.of();
  }
}
