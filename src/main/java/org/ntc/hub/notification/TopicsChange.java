package org.ntc.hub.notification;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.FieldErrors;

/**
 * What a person is to follow from now on: each list it names replaces what the person followed of
 * that kind (an empty list follows none); a list it leaves out stays as it was. At least one is named.
 */
public record TopicsChange(List<String> categories, List<UUID> challenges, List<UUID> organisations, List<UUID> groups) {
  static final Set<String> FIELDS = Set.of("categories", "challenges", "organisations", "groups");
  static final int MOST = 500;

  /** @param known the taxonomy's categories */
  public static TopicsChange from(JsonObject body, List<String> known) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    if (FIELDS.stream().noneMatch(body::containsKey)) errors.add("categories", "name categories, challenges, organisations or groups");
    List<String> categories = body.containsKey("categories") ? errors.stringList(body, "categories", Set.copyOf(known), known.size())
        : null;
    List<UUID> challenges = ids(body, "challenges", errors);
    List<UUID> organisations = ids(body, "organisations", errors);
    List<UUID> groups = ids(body, "groups", errors);
    errors.throwIfAny();
    return new TopicsChange(categories, challenges, organisations, groups);
  }

  private static List<UUID> ids(JsonObject body, String field, FieldErrors errors) {
    if (!body.containsKey(field)) return null;
    if (!(body.getValue(field) instanceof JsonArray array)) {
      errors.add(field, "must be a list of ids");
      return null;
    }
    if (array.size() > MOST) {
      errors.add(field, "must name at most " + MOST);
      return null;
    }
    Set<UUID> ids = new LinkedHashSet<>();
    for (Object value : array) {
      try {
        if (!(value instanceof String text) || text.length() != 36) throw new IllegalArgumentException();
        ids.add(UUID.fromString(text));
      } catch (IllegalArgumentException e) {
        errors.add(field, "must be a list of ids");
        return null;
      }
    }
    return new ArrayList<>(ids);
  }
}
