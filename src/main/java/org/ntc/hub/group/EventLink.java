package org.ntc.hub.group;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ntc.hub.platform.FieldErrors;

/** A training or event to attach to a group, by its id or its address as pasted. */
public record EventLink(UUID trainingId) {
  static final Set<String> FIELDS = Set.of("trainingId");
  private static final Pattern UUID_IN = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  public static EventLink from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    String text = errors.text(body, "trainingId", 1, 500, true);
    UUID id = null;
    if (text != null) {
      Matcher found = UUID_IN.matcher(text);
      if (found.find()) id = UUID.fromString(found.group());
      else errors.add("trainingId", "must be the id or address of a training");
    }
    errors.throwIfAny();
    return new EventLink(id);
  }
}
