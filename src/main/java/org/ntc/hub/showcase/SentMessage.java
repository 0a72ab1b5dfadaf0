package org.ntc.hub.showcase;

import io.vertx.core.json.JsonObject;
import java.util.UUID;

/** A message sent to a showcase's company, as its sender hears back about it. */
public record SentMessage(UUID id, UUID showcaseId, String message) {

  public JsonObject toJson() {
    return new JsonObject().put("id", id.toString()).put("showcaseId", showcaseId.toString()).put("message", message);
  }
}
