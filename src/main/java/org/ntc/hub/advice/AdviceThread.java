package org.ntc.hub.advice;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** A question and the messages of its thread its reader may see. */
public record AdviceThread(AdviceRequest request, List<AdviceMessage> messages) {
  public JsonObject toJson() {
    return request.toJson().put("messages", new JsonArray(messages.stream().map(AdviceMessage::toJson).toList()));
  }
}
