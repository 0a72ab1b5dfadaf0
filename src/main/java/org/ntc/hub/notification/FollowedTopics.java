package org.ntc.hub.notification;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Localised;

/**
 * What a person follows: topics (taxonomy categories), single needs, organisations and theme
 * groups (a group is followed by being its member).
 */
public record FollowedTopics(List<String> categories, List<Need> challenges, List<Organisation> organisations, List<Group> groups) {

  /** A need the person follows. */
  public record Need(UUID id, Localised title) {}

  /** An organisation the person follows. */
  public record Organisation(UUID id, String name) {}

  /** A theme group the person is a member of. */
  public record Group(UUID id, Localised name) {}

  public boolean followsNeed(UUID id) {
    return challenges.stream().anyMatch(n -> n.id().equals(id));
  }

  public boolean followsOrganisation(UUID id) {
    return organisations.stream().anyMatch(o -> o.id().equals(id));
  }

  public JsonObject toJson() {
    return new JsonObject().put("categories", new JsonArray(categories))
        .put("challenges", new JsonArray(challenges.stream().map(n -> n.id().toString()).toList()))
        .put("organisations", new JsonArray(organisations.stream().map(o -> o.id().toString()).toList()))
        .put("groups", new JsonArray(groups.stream().map(g -> g.id().toString()).toList()));
  }
}
