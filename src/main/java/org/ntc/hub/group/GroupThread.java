package org.ntc.hub.group;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Times;

/** A thread of a group: its title, who started it, how many posts it holds and what it links to. */
public record GroupThread(UUID id, UUID groupId, String title, UUID authorId, String authorName, OffsetDateTime createdAt,
                          OffsetDateTime lastPostAt, long posts, List<UUID> showcaseIds, List<UUID> libraryIds) {
  static final String COLUMNS = """
      t.id, t.group_id, t.title, t.author_id, a.name AS author_name, t.created_at, t.last_post_at, t.showcase_ids, t.library_ids,
      (SELECT count(*) FROM group_post p WHERE p.thread_id = t.id) AS posts""";
  static final String FROM = " FROM group_thread t LEFT JOIN account a ON a.id = t.author_id AND a.erased_at IS NULL";

  static GroupThread fromRow(Row row) {
    return new GroupThread(row.getUUID("id"), row.getUUID("group_id"), row.getString("title"), row.getUUID("author_id"),
        row.getString("author_name"), row.getOffsetDateTime("created_at"), row.getOffsetDateTime("last_post_at"),
        row.getLong("posts"), ids(row.getArrayOfUUIDs("showcase_ids")), ids(row.getArrayOfUUIDs("library_ids")));
  }

  private static List<UUID> ids(UUID[] ids) {
    return ids == null ? List.of() : Arrays.asList(ids);
  }

  public JsonObject toJson() {
    return new JsonObject().put("id", id.toString()).put("groupId", groupId.toString()).put("title", title)
        .put("author", authorId == null ? null : new JsonObject().put("id", authorId.toString()).put("name", authorName))
        .put("postCount", posts).put("createdAt", Times.rfc3339(createdAt)).put("lastPostAt", Times.rfc3339(lastPostAt))
        .put("showcaseIds", new JsonArray(showcaseIds.stream().map(UUID::toString).toList()))
        .put("libraryIds", new JsonArray(libraryIds.stream().map(UUID::toString).toList()));
  }
}
