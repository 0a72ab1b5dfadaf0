package org.ntc.hub.organisation;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.MemberRole;

/** An organisation's admin adds an existing account, by its email, as an admin or a member. */
public record NewMember(String email, MemberRole role) {
  private static final Set<String> FIELDS = Set.of("email", "role");

  public static NewMember from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    String email = errors.email(body, "email", true);
    MemberRole role = errors.choice(body, "role", MemberRole.class, true);
    errors.throwIfAny();
    return new NewMember(email, role);
  }
}
