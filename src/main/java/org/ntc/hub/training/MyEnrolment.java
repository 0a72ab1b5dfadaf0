package org.ntc.hub.training;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.ntc.hub.platform.Times;

/** The viewer's own live enrolment in a training; {@code offerExpiresAt} is set while a seat is offered to them. */
public record MyEnrolment(EnrolmentStatus status, PoolSite site, OffsetDateTime offerExpiresAt) {

  boolean confirmed() {
    return status == EnrolmentStatus.CONFIRMED;
  }

  boolean offered() {
    return status == EnrolmentStatus.OFFERED;
  }

  JsonObject toJson(ZoneId zone) {
    JsonObject json = new JsonObject().put("status", status.code()).put("site", site.code());
    if (offered()) json.put("offerExpiresAt", Times.rfc3339(offerExpiresAt, zone));
    return json;
  }
}
