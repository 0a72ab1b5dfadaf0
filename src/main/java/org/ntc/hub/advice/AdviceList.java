package org.ntc.hub.advice;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.ntc.hub.platform.Paging;

/** One page of questions, and how many there are in all. */
public record AdviceList(List<AdviceRequest> items, long total) {
  public JsonObject toJson(Paging paging) {
    return paging.page(items.stream().map(AdviceRequest::toJson).toList(), total);
  }
}
