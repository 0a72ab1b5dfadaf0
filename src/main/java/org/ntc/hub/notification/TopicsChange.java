package org.ntc.hub.notification;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;

/** The topics a person is to follow from now on, each once; none to follow nothing. */
public record TopicsChange(List<String> categories) {
  static final Set<String> FIELDS = Set.of("categories");

  /** @param known the taxonomy's categories */
  public static TopicsChange from(JsonObject body, List<String> known) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    if (!body.containsKey("categories")) errors.add("categories", "is required");
    List<String> categories = errors.stringList(body, "categories", Set.copyOf(known), known.size());
    errors.throwIfAny();
    return new TopicsChange(categories);
  }
}
