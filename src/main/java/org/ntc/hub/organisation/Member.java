package org.ntc.hub.organisation;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.MemberRole;
import org.ntc.hub.platform.Times;

/** A person in an organisation's member list; an erased person has no name. */
public record Member(UUID accountId, String name, MemberRole role, OffsetDateTime since) {

  static Member fromRow(Row row) {
    return new Member(row.getUUID("id"), row.getString("name"), Coded.of(MemberRole.class, row.getString("role")),
        row.getOffsetDateTime("created_at"));
  }

  public JsonObject toJson() {
    return new JsonObject().put("accountId", accountId.toString()).put("name", name).put("role", role.code())
        .put("since", Times.rfc3339(since));
  }
}
