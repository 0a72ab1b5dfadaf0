package org.ntc.hub.showcase;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.ntc.hub.platform.Paging;

/** One page of the messages an organisation's showcases received, newest first. */
public record Inbox(List<ReceivedMessage> items, long total, Paging paging) {

  public JsonObject toJson() {
    return paging.page(items.stream().map(ReceivedMessage::toJson).toList(), total);
  }
}
