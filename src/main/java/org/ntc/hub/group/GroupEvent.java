package org.ntc.hub.group;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Times;

/** An upcoming training or event staff attached to a group. */
public record GroupEvent(UUID trainingId, Localised title, OffsetDateTime startsAt, Site contactPoint) {
  static GroupEvent fromRow(Row row) {
    return new GroupEvent(row.getUUID("id"), Localised.of(row.getJsonObject("title")), row.getOffsetDateTime("starts_at"),
        Site.find(row.getString("contact_point")).orElse(Site.SEINAJOKI));
  }

  public JsonObject toJson(String lang) {
    return new JsonObject().put("trainingId", trainingId.toString()).put("title", title.in(lang))
        .put("startsAt", Times.rfc3339(startsAt, contactPoint.zone())).put("contactPoint", contactPoint.id());
  }
}
