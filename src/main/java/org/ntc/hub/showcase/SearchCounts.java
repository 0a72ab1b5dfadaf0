package org.ntc.hub.showcase;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;

/** How many showcases match a search, and how many of them carry each facet's ids (facet → id → count, in order). */
public record SearchCounts(long total, Map<String, Map<String, Long>> facets) {

  public long count(String facet, String id) {
    return facets.getOrDefault(facet, Map.of()).getOrDefault(id, 0L);
  }

  /** Each facet's ids that have hits, with their counts. */
  JsonObject facetsJson() {
    JsonObject json = new JsonObject();
    facets.forEach((facet, counts) -> {
      JsonArray list = new JsonArray();
      counts.forEach((id, n) -> {
        if (n > 0) list.add(new JsonObject().put("id", id).put("count", n));
      });
      json.put(facet, list);
    });
    return json;
  }
}
