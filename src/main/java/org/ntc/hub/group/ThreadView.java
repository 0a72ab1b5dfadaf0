package org.ntc.hub.group;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** A thread with its posts as the viewer may read them, and the public pages it links to. */
public record ThreadView(ThemeGroup group, GroupThread thread, List<GroupPost> posts, List<Linked> links, boolean member) {
  public JsonObject toJson(String lang) {
    return thread.toJson().put("groupName", group.name().in(lang)).put("member", member)
        .put("links", new JsonArray(links.stream().map(l -> l.toJson(lang)).toList()))
        .put("posts", new JsonArray(posts.stream().map(GroupPost::toJson).toList()));
  }
}
