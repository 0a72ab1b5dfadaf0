package org.ntc.hub.challenge;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.ntc.hub.platform.Paging;

/** One page of pilots, each with what a page names, and how many the query finds in all. */
public record PilotList(List<PilotView> items, long total) {

  public JsonObject toJson(Paging paging, String lang) {
    return paging.page(items.stream().map(v -> v.pilot().toJson(lang)).toList(), total);
  }
}
