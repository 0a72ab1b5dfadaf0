package org.ntc.hub.account;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.ntc.hub.platform.Role;
import org.ntc.hub.platform.Viewer;

/** The signed-in person as they see themselves: their account, roles and organisations. */
public record Me(Account account, List<Role> roles, List<Viewer.Membership> organisations, boolean emailVerified) {

  static Me of(Viewer viewer, Account account) {
    return new Me(account, viewer.roles(), viewer.memberships(), viewer.emailVerified());
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject()
        .put("id", account.id().toString())
        .put("email", account.email())
        .put("emailVerified", emailVerified)
        .put("name", account.name())
        .put("locale", account.locale())
        .put("roles", new JsonArray(roles.stream().map(Role::code).toList()))
        .put("organisations", organisationsJson(organisations))
        .put("profile", account.profileJson());
    account.staffSite().ifPresent(site -> json.put("contactPoint", site.id()));
    return json;
  }

  static JsonArray organisationsJson(List<Viewer.Membership> memberships) {
    return new JsonArray(memberships.stream().map(m -> new JsonObject()
        .put("id", m.organisationId().toString()).put("name", m.organisationName()).put("type", m.type().code())
        .put("role", m.role().code()).put("verified", m.verified())).toList());
  }
}
