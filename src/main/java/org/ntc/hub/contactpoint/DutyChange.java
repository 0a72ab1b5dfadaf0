package org.ntc.hub.contactpoint;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;

/** A staff member goes on duty at their contact point, or off. */
public record DutyChange(boolean onDuty) {
  private static final Set<String> FIELDS = Set.of("onDuty");

  public static DutyChange from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    if (!(body.getValue("onDuty") instanceof Boolean)) errors.add("onDuty", "must be true or false");
    errors.throwIfAny();
    return new DutyChange(body.getBoolean("onDuty"));
  }
}
