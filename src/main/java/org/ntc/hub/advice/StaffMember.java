package org.ntc.hub.advice;

import io.vertx.sqlclient.Row;
import java.util.UUID;
import org.ntc.hub.platform.Site;

/** A member of staff a question may be assigned to, and the contact point they work at (none for an admin). */
public record StaffMember(UUID id, String name, Site contactPoint) {
  static StaffMember fromRow(Row row) {
    return new StaffMember(row.getUUID("id"), row.getString("name"), Site.find(row.getString("staff_contact_point")).orElse(null));
  }
}
