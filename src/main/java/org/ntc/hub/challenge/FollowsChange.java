package org.ntc.hub.challenge;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.showcase.Taxonomy;

/** The categories an organisation is to follow from now on, each once; none to follow nothing. */
record FollowsChange(List<String> categories) {
  static final Set<String> FIELDS = Set.of("categories");

  static FollowsChange from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    List<String> categories = errors.stringList(body, "categories", Set.copyOf(Taxonomy.CATEGORIES), Taxonomy.CATEGORIES.size());
    errors.throwIfAny();
    return new FollowsChange(categories.stream().distinct().toList());
  }
}
