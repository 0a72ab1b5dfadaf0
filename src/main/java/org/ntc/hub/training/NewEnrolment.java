package org.ntc.hub.training;

import io.vertx.core.json.JsonObject;
import java.util.Optional;
import java.util.Set;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.FieldErrors;

/** An enrolment request: a hybrid training's enrolment names its site, any other's names none. */
public record NewEnrolment(Optional<PoolSite> site) {

  static NewEnrolment from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, Set.of("site"));
    String site = errors.oneOf(body, "site", PoolSite.HYBRID, false);
    errors.throwIfAny();
    return new NewEnrolment(Optional.ofNullable(site).map(code -> Coded.of(PoolSite.class, code)));
  }
}
