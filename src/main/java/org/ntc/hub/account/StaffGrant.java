package org.ntc.hub.account;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Site;

/** An admin makes a person staff at a contact point. */
public record StaffGrant(UUID userId, Site contactPoint) {
  private static final Set<String> FIELDS = Set.of("userId", "contactPoint");

  public static StaffGrant from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    UUID userId = errors.uuid(body, "userId", true);
    String contactPoint = errors.oneOf(body, "contactPoint", Site.ids(), true);
    errors.throwIfAny();
    return new StaffGrant(userId, Site.of(contactPoint));
  }
}
