package org.ntc.hub.challenge;

import io.vertx.core.json.JsonObject;
import java.util.UUID;

/** An answer just sent: what its sender gets back. */
public record SentAnswer(UUID id, UUID challengeId, UUID showcaseId, String proposal) {

  public JsonObject toJson() {
    return new JsonObject().put("id", id.toString()).put("challengeId", challengeId.toString())
        .put("showcaseId", showcaseId.toString()).put("proposal", proposal);
  }
}
