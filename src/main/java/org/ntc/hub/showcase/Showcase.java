package org.ntc.hub.showcase;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ntc.hub.platform.Times;

/** A showcase as stored: its working copy, its public copy (if approved), and its state. */
public record Showcase(
    UUID id,
    UUID organisationId,
    String organisationName,
    ShowcaseStatus status,
    ShowcaseContent content,
    ShowcaseContent published,
    OffsetDateTime publishedAt,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    OffsetDateTime submittedAt,
    long viewCount,
    long contactCount,
    boolean organisationVerified) {

  static final String COLUMNS = """
      s.id, s.organisation_id, o.name AS organisation_name, s.status, s.content, s.published, s.published_at,
      s.created_at, s.updated_at, s.submitted_at, s.view_count, s.contact_count, o.verified AS organisation_verified""";

  static Showcase fromRow(Row row) {
    JsonObject published = row.getJsonObject("published");
    return new Showcase(
        row.getUUID("id"),
        row.getUUID("organisation_id"),
        row.getString("organisation_name"),
        ShowcaseStatus.of(row.getString("status")),
        ShowcaseContent.fromStored(row.getJsonObject("content")),
        published == null ? null : ShowcaseContent.fromStored(published),
        row.getOffsetDateTime("published_at"),
        row.getOffsetDateTime("created_at"),
        row.getOffsetDateTime("updated_at"),
        row.getOffsetDateTime("submitted_at"),
        row.getLong("view_count"),
        row.getLong("contact_count"),
        row.getBoolean("organisation_verified"));
  }

  /** Approved, not archived, and its organisation still verified (a rename needs verifying again). */
  public boolean isPublic() {
    return published != null && status != ShowcaseStatus.ARCHIVED && organisationVerified;
  }

  /** What anyone may see: the approved copy only. */
  public JsonObject publicJson(String lang) {
    return published.toJson(lang)
        .put("id", id.toString())
        .put("status", ShowcaseStatus.PUBLISHED.code())
        .put("organisation", new JsonObject().put("id", organisationId.toString()).put("name", organisationName))
        .put("publishedAt", Times.rfc3339(publishedAt));
  }

  /** What owners and staff see: the working copy, its state, and the public copy beside it. */
  public JsonObject fullJson(String lang) {
    JsonObject json = content.toJson(lang)
        .put("id", id.toString())
        .put("status", status.code())
        .put("organisation", new JsonObject().put("id", organisationId.toString()).put("name", organisationName))
        .put("organisationId", organisationId.toString())
        .put("publishedAt", Times.rfc3339(publishedAt))
        .put("version", updatedAt.toString())
        .put("createdAt", Times.rfc3339(createdAt))
        .put("updatedAt", Times.rfc3339(updatedAt))
        .put("submittedAt", Times.rfc3339(submittedAt))
        .put("hasUnpublishedChanges", published != null && !published.equals(content))
        .put("stats", new JsonObject().put("views", viewCount).put("contacts", contactCount));
    if (published != null) json.put("published", published.toJson(lang));
    return json;
  }
}
