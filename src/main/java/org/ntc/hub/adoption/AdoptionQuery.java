package org.ntc.hub.adoption;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import java.util.UUID;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Paging;

/** Which adoption records a list asks for: of one showcase, organisation, region or status; each optional. */
public record AdoptionQuery(UUID showcaseId, UUID organisationId, Region region, AdoptionStatus status, Paging paging) {

  public static AdoptionQuery from(MultiMap params) {
    Paging paging = Paging.from(params, 20);
    JsonObject query = Bodies.query(params);
    FieldErrors errors = new FieldErrors();
    UUID showcaseId = errors.uuid(query, "showcaseId", false);
    UUID organisationId = errors.uuid(query, "organisationId", false);
    Region region = NewAdoption.region(query, errors, false);
    AdoptionStatus status = errors.choice(query, "status", AdoptionStatus.class, false);
    errors.throwIfAny();
    return new AdoptionQuery(showcaseId, organisationId, region, status, paging);
  }
}
