package org.ntc.hub.advice;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Site;

/** A question handed to another contact point, with a note for its staff. */
public record Handoff(Site contactPoint, String note) {
  static final Set<String> FIELDS = Set.of("contactPoint", "note");

  public static Handoff from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    String contactPoint = errors.oneOf(body, "contactPoint", Site.ids(), true);
    String note = errors.text(body, "note", 1, 4000, true);
    errors.throwIfAny();
    return new Handoff(Site.of(contactPoint), note);
  }
}
