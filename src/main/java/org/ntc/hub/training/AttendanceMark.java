package org.ntc.hub.training;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.FieldErrors;

/** Staff's or the organiser's note that a participant attended, or did not. */
public record AttendanceMark(UUID accountId, boolean attended) {

  static AttendanceMark from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, Set.of("accountId", "attended"));
    UUID accountId = errors.uuid(body, "accountId", true);
    if (!(body.getValue("attended") instanceof Boolean)) errors.add("attended", "must be true or false");
    errors.throwIfAny();
    return new AttendanceMark(accountId, body.getBoolean("attended"));
  }

  JsonObject toJson(UUID trainingId) {
    return new JsonObject().put("trainingId", trainingId.toString()).put("accountId", accountId.toString())
        .put("attended", attended);
  }
}
