package org.ntc.hub.organisation;

import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.ntc.hub.platform.MemberRole;

/** An account added to an organisation, in a role. */
public record MemberAdded(UUID organisationId, UUID accountId, MemberRole role) {

  public JsonObject toJson() {
    return new JsonObject().put("organisationId", organisationId.toString()).put("accountId", accountId.toString())
        .put("role", role.code());
  }
}
