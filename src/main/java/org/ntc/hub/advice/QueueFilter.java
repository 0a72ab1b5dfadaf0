package org.ntc.hub.advice;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Site;

/** Which questions of the queue to list: by state and contact point, or all (null). */
public record QueueFilter(AdviceStatus status, Site contactPoint) {
  public static final QueueFilter ALL = new QueueFilter(null, null);

  public static QueueFilter from(MultiMap params) {
    JsonObject query = Bodies.query(params);
    FieldErrors errors = new FieldErrors();
    AdviceStatus status = errors.choice(query, "status", AdviceStatus.class, false);
    String contactPoint = errors.oneOf(query, "contactPoint", Site.ids(), false);
    errors.throwIfAny();
    return new QueueFilter(status, contactPoint == null ? null : Site.of(contactPoint));
  }
}
