package org.ntc.hub.visit;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Times;

/** A bookable visit at a contact point, with how many places its confirmed bookings hold. */
public record Slot(UUID id, Site contactPoint, VisitKind kind, OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity,
                   int booked, List<String> languages, Localised description, String meetingLink, boolean cancelled) {

  static final String COLUMNS = """
      s.id, s.contact_point, s.kind, s.starts_at, s.ends_at, s.capacity, s.languages, s.description, s.meeting_link,
      s.cancelled_at, (SELECT count(*) FROM visit_booking b WHERE b.slot_id = s.id AND b.status = 'confirmed') AS booked""";

  static Slot fromRow(Row row) {
    return new Slot(row.getUUID("id"), Site.of(row.getString("contact_point")), Coded.of(VisitKind.class, row.getString("kind")),
        row.getOffsetDateTime("starts_at"), row.getOffsetDateTime("ends_at"), row.getInteger("capacity"),
        row.getLong("booked").intValue(), Arrays.asList(row.getArrayOfStrings("languages")),
        Localised.of(row.getJsonObject("description")), row.getString("meeting_link"), row.getOffsetDateTime("cancelled_at") != null);
  }

  public int placesLeft() {
    return Math.max(0, capacity - booked);
  }

  /** As JSON; the meeting link only when {@code withLink}: for the people booked on it and for staff. */
  JsonObject toJson(String lang, boolean withLink) {
    JsonObject json = new JsonObject().put("id", id.toString()).put("contactPoint", contactPoint.id()).put("kind", kind.code())
        .put("startsAt", Times.rfc3339(startsAt, contactPoint.zone())).put("endsAt", Times.rfc3339(endsAt, contactPoint.zone()))
        .put("capacity", capacity).put("booked", booked).put("placesLeft", placesLeft()).put("languages", new JsonArray(languages))
        .put("description", description.in(lang)).put("descriptionI18n", description.toJson()).put("cancelled", cancelled);
    if (withLink && meetingLink != null) json.put("meetingLink", meetingLink);
    return json;
  }
}
