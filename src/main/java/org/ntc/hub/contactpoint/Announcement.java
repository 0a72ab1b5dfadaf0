package org.ntc.hub.contactpoint;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Times;

/** A short note from a contact point's staff: opening changes, a new test arena, an event. */
public record Announcement(UUID id, Site contactPoint, Localised text, OffsetDateTime postedAt, String author) {

  static Announcement fromRow(Row row) {
    return new Announcement(row.getUUID("id"), Site.of(row.getString("contact_point")), Localised.of(row.getJsonObject("text")),
        row.getOffsetDateTime("posted_at"), row.getString("author"));
  }

  public JsonObject toJson(String lang) {
    return new JsonObject().put("id", id.toString()).put("contactPoint", contactPoint.id()).put("text", text.in(lang))
        .put("textI18n", text.toJson()).put("postedAt", Times.rfc3339(postedAt)).put("author", author);
  }

  /** The event payload: every language, so each browser shows its own. */
  JsonObject eventJson() {
    return new JsonObject().put("announcementId", id.toString()).put("contactPoint", contactPoint.id())
        .put("text", text.toJson()).put("postedAt", Times.rfc3339(postedAt)).put("author", author);
  }
}
