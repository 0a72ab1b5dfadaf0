package org.ntc.hub.account;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Site;

/** An admin makes the person with this email staff at a contact point (the admin page's form). */
public record StaffInvite(String email, Site contactPoint) {
  private static final Set<String> FIELDS = Set.of("email", "contactPoint");

  public static StaffInvite from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    String email = errors.email(body, "email", true);
    String contactPoint = errors.oneOf(body, "contactPoint", Site.ids(), true);
    errors.throwIfAny();
    return new StaffInvite(email, Site.of(contactPoint));
  }
}
