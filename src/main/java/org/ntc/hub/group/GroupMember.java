package org.ntc.hub.group;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.util.UUID;
import org.ntc.hub.platform.Country;

/**
 * A member of a group, with the verified organisation they belong to (the first by name) and its
 * country; {@code name} is null for a person who keeps their name private.
 */
public record GroupMember(UUID accountId, String name, UUID organisationId, String organisationName, Country country) {
  static GroupMember fromRow(Row row) {
    String country = row.getString("country");
    return new GroupMember(row.getUUID("id"), row.getString("name"), row.getUUID("organisation_id"),
        row.getString("organisation_name"), country == null ? null : Country.find(country).orElse(null));
  }

  public JsonObject toJson() {
    return new JsonObject().put("id", accountId.toString()).put("name", name)
        .put("organisation", organisationId == null ? null : new JsonObject().put("id", organisationId.toString())
            .put("name", organisationName).put("country", country == null ? null : country.name()));
  }
}
