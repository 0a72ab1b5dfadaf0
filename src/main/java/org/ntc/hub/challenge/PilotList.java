package org.ntc.hub.challenge;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.ntc.hub.platform.Paging;

/** One page of pilots, and how many the query finds in all. */
public record PilotList(List<Pilot> items, long total) {

  public JsonObject toJson(Paging paging, String lang) {
    return paging.page(items.stream().map(p -> p.toJson(lang)).toList(), total);
  }
}
