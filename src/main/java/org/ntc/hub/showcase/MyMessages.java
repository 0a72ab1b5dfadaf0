package org.ntc.hub.showcase;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.ntc.hub.platform.Paging;

/** One page of the messages a person sent to companies, newest first, each with its replies. */
public record MyMessages(List<MyMessage> items, long total, Paging paging) {

  public JsonObject toJson(String lang) {
    return paging.page(items.stream().map(m -> m.toJson(lang)).toList(), total);
  }
}
