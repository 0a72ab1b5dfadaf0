package org.ntc.hub.challenge;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;

/** The categories an organisation follows, to hear of matching needs when they are published. */
public record Follows(UUID organisationId, List<String> categories) {

  public JsonObject toJson() {
    return new JsonObject().put("organisationId", organisationId.toString()).put("categories", new JsonArray(categories));
  }
}
