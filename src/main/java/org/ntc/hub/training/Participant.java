package org.ntc.hub.training;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Times;

/** Someone enrolled in a training, as staff and the organiser see them; {@code name} is null once erased. */
public record Participant(UUID enrolmentId, PoolSite site, EnrolmentStatus status, OffsetDateTime enrolledAt, UUID accountId,
                          String name, String email, Long position, boolean attended, OffsetDateTime offerExpiresAt) {

  static Participant fromRow(Row row) {
    return new Participant(row.getUUID("id"), Coded.of(PoolSite.class, row.getString("site")),
        Coded.of(EnrolmentStatus.class, row.getString("status")), row.getOffsetDateTime("created_at"),
        row.getUUID("account_id"), row.getString("name"), row.getString("email"), row.getLong("position"),
        row.getOffsetDateTime("attended_at") != null, row.getOffsetDateTime("offer_expires_at"));
  }

  JsonObject toJson() {
    JsonObject json = new JsonObject().put("id", enrolmentId.toString()).put("site", site.code()).put("status", status.code())
        .put("enrolledAt", Times.rfc3339(enrolledAt))
        .put("person", new JsonObject().put("id", accountId.toString()).put("name", name).put("email", email));
    if (position != null) json.put("position", position);
    if (status == EnrolmentStatus.OFFERED) json.put("offerExpiresAt", Times.rfc3339(offerExpiresAt));
    return json.put("attended", attended);
  }
}
