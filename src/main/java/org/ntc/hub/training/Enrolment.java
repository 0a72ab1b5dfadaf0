package org.ntc.hub.training;

import io.vertx.core.json.JsonObject;
import java.util.UUID;

/** A new enrolment: confirmed, or waitlisted at {@code position} (from 1) of its pool. */
public record Enrolment(UUID id, UUID trainingId, EnrolmentStatus status, PoolSite site, long position) {

  JsonObject toJson() {
    JsonObject json = new JsonObject().put("id", id.toString()).put("trainingId", trainingId.toString())
        .put("status", status.code()).put("site", site.code());
    if (status == EnrolmentStatus.WAITLISTED) json.put("position", position);
    return json;
  }
}
