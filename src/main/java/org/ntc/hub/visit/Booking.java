package org.ntc.hub.visit;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ntc.hub.platform.Times;

/** A person's place on a visit; the meeting link of a virtual visit is theirs while the booking is confirmed. */
public record Booking(UUID id, UUID accountId, BookingStatus status, OffsetDateTime createdAt, Slot slot) {

  JsonObject toJson(String lang) {
    return new JsonObject().put("id", id.toString()).put("slotId", slot.id().toString()).put("status", status.code())
        .put("createdAt", Times.rfc3339(createdAt, slot.contactPoint().zone()))
        .put("slot", slot.toJson(lang, status == BookingStatus.CONFIRMED));
  }
}
