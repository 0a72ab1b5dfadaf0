package org.ntc.hub.contactpoint;

import io.vertx.core.json.JsonObject;
import org.ntc.hub.platform.FieldErrors;

/** An admin's edit of a contact point: only the fields given change; its id never does. */
public record ContactPointChange(ContactPointDetails details) {
  public static ContactPointChange from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, ContactPointDetails.FIELDS);
    ContactPointDetails details = ContactPointDetails.read(body, errors, false);
    errors.throwIfAny();
    return new ContactPointChange(details);
  }
}
