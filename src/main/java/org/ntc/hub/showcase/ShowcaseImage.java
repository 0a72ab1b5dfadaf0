package org.ntc.hub.showcase;

import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.ntc.hub.platform.Localised;

/**
 * An image of a showcase, without its bytes; {@code fileName} only where the listing asked for it.
 * {@code alt} is the text this reader gets (the approved one for the public), {@code altI18n} the
 * same in several languages where its maker gave them (else null); {@code altPending} tells
 * owners and staff that a new alt text awaits review.
 */
public record ShowcaseImage(UUID id, UUID showcaseId, String contentType, int size, String alt, Localised altI18n,
                            String fileName, boolean approved, int position, Integer width, Integer height,
                            boolean altPending) {

  String url() {
    return "/api/v1/showcases/" + showcaseId + "/images/" + id;
  }

  /** The alt text in the reader's language where there is one for it. */
  String alt(String lang) {
    return altI18n == null || lang == null ? alt : altI18n.in(lang);
  }

  JsonObject toJson() {
    return toJson(null);
  }

  JsonObject toJson(String lang) {
    JsonObject json = new JsonObject().put("id", id.toString()).put("url", url()).put("alt", alt(lang))
        .put("contentType", contentType).put("size", size).put("position", position);
    if (altI18n != null) json.put("altI18n", altI18n.toJson());
    if (width != null && height != null) json.put("width", width).put("height", height);
    if (fileName != null) json.put("fileName", fileName);
    if (altPending) json.put("altPending", true);
    return json.put("approved", approved);
  }

  /** What the moderation queue shows of an image awaiting review. */
  JsonObject toQueueJson() {
    return new JsonObject().put("id", id.toString()).put("alt", alt).put("url", url()).put("altOnly", approved && altPending);
  }
}
