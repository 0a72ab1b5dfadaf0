package org.ntc.hub.showcase;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many showcases match a search, and how many of them carry each facet's ids (facet → id → count,
 * in order). When {@code lowerBound}, counting stopped at a cap: there are more hits than {@code total},
 * and each facet count is at least what it says.
 */
public record SearchCounts(long total, Map<String, Map<String, Long>> facets, boolean lowerBound) {

  /** Counts made over at most {@code cap} + 1 hits: more than {@code cap} reads as "more than {@code cap}". */
  static SearchCounts capped(long counted, Map<String, Map<String, Long>> facets, long cap) {
    if (counted <= cap) return new SearchCounts(counted, facets, false);
    Map<String, Map<String, Long>> bounded = new LinkedHashMap<>();
    facets.forEach((facet, counts) -> {
      Map<String, Long> each = new LinkedHashMap<>();
      counts.forEach((id, n) -> each.put(id, Math.min(n, cap)));
      bounded.put(facet, each);
    });
    return new SearchCounts(cap, bounded, true);
  }

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
