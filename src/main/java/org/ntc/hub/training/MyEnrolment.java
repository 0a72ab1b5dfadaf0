package org.ntc.hub.training;

import io.vertx.core.json.JsonObject;

/** The viewer's own live enrolment in a training. */
public record MyEnrolment(EnrolmentStatus status, PoolSite site) {

  boolean confirmed() {
    return status == EnrolmentStatus.CONFIRMED;
  }

  JsonObject toJson() {
    return new JsonObject().put("status", status.code()).put("site", site.code());
  }
}
