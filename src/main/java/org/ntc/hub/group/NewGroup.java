package org.ntc.hub.group;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Localised;

/** A group's name and description, each in at least one of en, fi, sv; an edit may change either. */
public record NewGroup(Localised name, Localised description) {
  static final Set<String> FIELDS = Set.of("name", "description");

  public static NewGroup from(JsonObject body) {
    return read(body, true);
  }

  /** An edit: the fields it names, the others kept (null here). */
  public static NewGroup change(JsonObject body) {
    NewGroup change = read(body, false);
    if (change.name() == null && change.description() == null) {
      FieldErrors errors = new FieldErrors();
      errors.add("name", "is required when description is absent");
      errors.throwIfAny();
    }
    return change;
  }

  private static NewGroup read(JsonObject body, boolean required) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    Localised name = body.containsKey("name") || required ? errors.localised(body, "name", 3, 120, true) : null;
    Localised description = body.containsKey("description") || required
        ? errors.localised(body, "description", 10, 2000, true) : null;
    errors.throwIfAny();
    return new NewGroup(name, description);
  }
}
