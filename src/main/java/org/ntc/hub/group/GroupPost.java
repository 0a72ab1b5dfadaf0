package org.ntc.hub.group;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ntc.hub.platform.Markdown;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;

/**
 * A post in a thread, in Markdown. A hidden post keeps its text for its author and the moderators,
 * who also read why it was hidden; anyone else reads only that a moderator hid it.
 */
public record GroupPost(UUID id, UUID threadId, UUID authorId, String authorName, String organisationName, String text,
                        OffsetDateTime createdAt, OffsetDateTime hiddenAt, String hiddenReason) {
  static final String COLUMNS = """
      p.id, p.thread_id, p.author_id, a.name AS author_name, p.text, p.created_at, p.hidden_at, p.hidden_reason,
      (SELECT o.name FROM membership ms JOIN organisation o ON o.id = ms.organisation_id AND o.verified
        WHERE ms.account_id = p.author_id ORDER BY o.name, o.id LIMIT 1) AS organisation_name""";
  static final String FROM = " FROM group_post p LEFT JOIN account a ON a.id = p.author_id AND a.erased_at IS NULL";

  static GroupPost fromRow(Row row) {
    return new GroupPost(row.getUUID("id"), row.getUUID("thread_id"), row.getUUID("author_id"), row.getString("author_name"),
        row.getString("organisation_name"), row.getString("text"), row.getOffsetDateTime("created_at"),
        row.getOffsetDateTime("hidden_at"), row.getString("hidden_reason"));
  }

  public boolean hidden() {
    return hiddenAt != null;
  }

  public boolean writtenBy(Viewer viewer) {
    return viewer.signedIn() && viewer.id().equals(authorId);
  }

  /** The post as this viewer may read it: a hidden post's text and reason only for its author and staff. */
  public GroupPost shownTo(Viewer viewer) {
    if (!hidden() || writtenBy(viewer) || viewer.staff()) return this;
    return new GroupPost(id, threadId, authorId, authorName, organisationName, null, createdAt, hiddenAt, null);
  }

  public JsonObject toJson() {
    return new JsonObject().put("id", id.toString()).put("threadId", threadId.toString())
        .put("author", authorId == null ? null : new JsonObject().put("id", authorId.toString()).put("name", authorName)
            .put("organisation", organisationName))
        .put("text", text).put("html", text == null ? null : Markdown.toSafeHtml(text))
        .put("createdAt", Times.rfc3339(createdAt)).put("hidden", hidden())
        .put("hiddenAt", Times.rfc3339(hiddenAt)).put("hiddenReason", hiddenReason);
  }
}
