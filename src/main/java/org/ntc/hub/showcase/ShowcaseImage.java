package org.ntc.hub.showcase;

import io.vertx.core.json.JsonObject;
import java.util.UUID;

/** An image of a showcase, without its bytes; {@code fileName} only where the listing asked for it. */
public record ShowcaseImage(UUID id, UUID showcaseId, String contentType, int size, String alt, String fileName,
                            boolean approved) {

  String url() {
    return "/api/v1/showcases/" + showcaseId + "/images/" + id;
  }

  JsonObject toJson() {
    JsonObject json = new JsonObject().put("id", id.toString()).put("url", url()).put("alt", alt)
        .put("contentType", contentType).put("size", size);
    if (fileName != null) json.put("fileName", fileName);
    return json.put("approved", approved);
  }

  /** What the moderation queue shows of an image awaiting review. */
  JsonObject toQueueJson() {
    return new JsonObject().put("id", id.toString()).put("alt", alt).put("url", url());
  }
}
