package org.ntc.hub.showcase;

import io.vertx.core.json.JsonObject;
import java.util.Optional;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;

/** Taking a showcase out of view, with the reason its members are told (staff must give one for others' showcases). */
public record ArchiveRequest(Optional<String> reason) {

  public static ArchiveRequest from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, Set.of("reason"));
    String reason = errors.text(body, "reason", 1, 2000, false);
    errors.throwIfAny();
    return new ArchiveRequest(Optional.ofNullable(reason));
  }
}
