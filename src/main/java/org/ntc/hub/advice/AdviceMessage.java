package org.ntc.hub.advice;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ntc.hub.platform.Times;

/** One message of a question's thread: from the asker or staff, or a note staff alone see. */
public record AdviceMessage(UUID id, UUID authorId, String authorName, boolean fromStaff, String text, boolean internal,
                            OffsetDateTime createdAt) {
  static final String COLUMNS = """
      m.id, m.author_id, a.name AS author_name, m.from_staff, m.text, m.internal, m.created_at""";

  static AdviceMessage fromRow(Row row) {
    return new AdviceMessage(row.getUUID("id"), row.getUUID("author_id"), row.getString("author_name"),
        row.getBoolean("from_staff"), row.getString("text"), row.getBoolean("internal"), row.getOffsetDateTime("created_at"));
  }

  public JsonObject toJson() {
    return new JsonObject().put("id", id.toString())
        .put("author", authorId == null ? null : new JsonObject().put("id", authorId.toString()).put("name", authorName))
        .put("fromStaff", fromStaff).put("text", text).put("internal", internal).put("createdAt", Times.rfc3339(createdAt));
  }
}
