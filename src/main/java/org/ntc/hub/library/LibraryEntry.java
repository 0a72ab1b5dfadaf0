package org.ntc.hub.library;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Times;

/** An entry as stored: its working copy, its public copy (once approved), who wrote it and its state. */
public record LibraryEntry(
    UUID id,
    LibraryKind kind,
    UUID organisationId,
    String organisationName,
    LibraryStatus status,
    EntryContent content,
    EntryContent published,
    OffsetDateTime publishedAt,
    String reviewComment,
    String authorName,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    OffsetDateTime submittedAt) {

  static final String COLUMNS = """
      e.id, e.kind, e.organisation_id, o.name AS organisation_name, e.status, e.content, e.published, e.published_at,
      e.review_comment, a.name AS author_name, e.created_at, e.updated_at, e.submitted_at""";
  static final String FROM =
      " FROM library_entry e LEFT JOIN organisation o ON o.id = e.organisation_id LEFT JOIN account a ON a.id = e.created_by ";

  static LibraryEntry fromRow(Row row) {
    JsonObject published = row.getJsonObject("published");
    return new LibraryEntry(row.getUUID("id"), Coded.of(LibraryKind.class, row.getString("kind")),
        row.getUUID("organisation_id"), row.getString("organisation_name"), LibraryStatus.of(row.getString("status")),
        new EntryContent(row.getJsonObject("content")), published == null ? null : new EntryContent(published),
        row.getOffsetDateTime("published_at"), row.getString("review_comment"), row.getString("author_name"),
        row.getOffsetDateTime("created_at"), row.getOffsetDateTime("updated_at"), row.getOffsetDateTime("submitted_at"));
  }

  public boolean isPublic() {
    return published != null && status != LibraryStatus.ARCHIVED;
  }

  /** The centre's own entry, written by staff. */
  boolean centres() {
    return organisationId == null;
  }

  public String title(String lang) {
    return (published != null ? published : content).title().in(lang);
  }

  /** What anyone may see: the approved copy. */
  public JsonObject publicJson(String lang) {
    return common(published.toJson(lang)).put("status", LibraryStatus.PUBLISHED.code());
  }

  /** What owners and staff see: the working copy, its state, and the public copy beside it. */
  public JsonObject fullJson(String lang) {
    JsonObject json = common(content.toJson(lang))
        .put("status", status.code())
        .put("version", updatedAt.toString())
        .put("createdAt", Times.rfc3339(createdAt))
        .put("updatedAt", Times.rfc3339(updatedAt))
        .put("submittedAt", Times.rfc3339(submittedAt))
        .put("reviewComment", reviewComment)
        .put("hasUnpublishedChanges", published != null && !published.equals(content));
    if (published != null) json.put("published", published.toJson(lang));
    return json;
  }

  private JsonObject common(JsonObject json) {
    return json.put("id", id.toString())
        .put("kind", kind.code())
        .put("organisation", organisationId == null ? null
            : new JsonObject().put("id", organisationId.toString()).put("name", organisationName))
        .put("author", authorName)
        .put("publishedAt", Times.rfc3339(publishedAt));
  }
}
