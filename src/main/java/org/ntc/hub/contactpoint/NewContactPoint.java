package org.ntc.hub.contactpoint;

import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.ntc.hub.platform.FieldErrors;

/** A contact point an admin adds: its id in addresses (lower-case letters, for ever) and its details. */
public record NewContactPoint(String id, ContactPointDetails details) {
  private static final Pattern ID = Pattern.compile("^[a-z]{2,40}$");

  public static NewContactPoint from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    Set<String> known = new HashSet<>(ContactPointDetails.FIELDS);
    known.add("id");
    errors.onlyKnown(body, known);
    String id = errors.text(body, "id", 2, 40, true);
    if (id != null && !ID.matcher(id).matches()) {
      errors.add("id", "must be lower-case letters a–z only, such as vaasa");
      id = null;
    }
    ContactPointDetails details = ContactPointDetails.read(body, errors, true);
    errors.throwIfAny();
    return new NewContactPoint(id, details);
  }
}
