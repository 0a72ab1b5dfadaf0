package org.ntc.hub.showcase;

import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Invalid;

/**
 * An edit of a showcase's content: the fields it names, each checked as a whole content
 * requires it and kept in their stored form; the fields it leaves out keep their value.
 */
public record ShowcaseChange(JsonObject fields) {

  public static ShowcaseChange from(JsonObject body) {
    if (body.containsKey("organisationId")) throw new Invalid("organisationId", "cannot be changed");
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, ShowcaseContent.FIELDS);
    errors.throwIfAny();
    Set<String> named = new HashSet<>(body.fieldNames());
    JsonObject fields = ShowcaseContent.checked(body, named, errors);
    errors.throwIfAny();
    return new ShowcaseChange(fields);
  }
}
