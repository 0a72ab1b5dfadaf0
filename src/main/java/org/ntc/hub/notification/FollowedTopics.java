package org.ntc.hub.notification;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** The topics (taxonomy categories) a person follows. */
public record FollowedTopics(List<String> categories) {

  public JsonObject toJson() {
    return new JsonObject().put("categories", new JsonArray(categories));
  }
}
