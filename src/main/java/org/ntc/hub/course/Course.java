package org.ntc.hub.course;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ntc.hub.platform.Times;

/** A course as stored: its working copy, its public copy (once approved), who wrote it and its state. */
public record Course(
    UUID id,
    UUID organisationId,
    String organisationName,
    CourseStatus status,
    CourseContent content,
    CourseContent published,
    OffsetDateTime publishedAt,
    String reviewComment,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    OffsetDateTime submittedAt) {

  static final String COLUMNS = """
      c.id, c.organisation_id, o.name AS organisation_name, c.status, c.content, c.published, c.published_at,
      c.review_comment, c.created_at, c.updated_at, c.submitted_at""";
  static final String FROM = " FROM course c LEFT JOIN organisation o ON o.id = c.organisation_id ";

  static Course fromRow(Row row) {
    JsonObject published = row.getJsonObject("published");
    return new Course(row.getUUID("id"), row.getUUID("organisation_id"), row.getString("organisation_name"),
        CourseStatus.of(row.getString("status")), new CourseContent(row.getJsonObject("content")),
        published == null ? null : new CourseContent(published), row.getOffsetDateTime("published_at"),
        row.getString("review_comment"), row.getOffsetDateTime("created_at"), row.getOffsetDateTime("updated_at"),
        row.getOffsetDateTime("submitted_at"));
  }

  public boolean isPublic() {
    return published != null && status != CourseStatus.ARCHIVED;
  }

  /** The centre's own course, written by staff. */
  boolean centres() {
    return organisationId == null;
  }

  /** What anyone may see: the approved copy. */
  public JsonObject publicJson(String lang) {
    return common(published.toJson(lang)).put("status", CourseStatus.PUBLISHED.code());
  }

  /** What owners and staff see: the working copy and its state (never the quizzes' answers). */
  public JsonObject fullJson(String lang) {
    return common(content.toJson(lang))
        .put("status", status.code())
        .put("version", updatedAt.toString())
        .put("createdAt", Times.rfc3339(createdAt))
        .put("updatedAt", Times.rfc3339(updatedAt))
        .put("submittedAt", Times.rfc3339(submittedAt))
        .put("reviewComment", reviewComment)
        .put("hasUnpublishedChanges", published != null && !published.equals(content));
  }

  private JsonObject common(JsonObject json) {
    withImageUrls(json);
    return json.put("id", id.toString())
        .put("organisation", organisationId == null ? null
            : new JsonObject().put("id", organisationId.toString()).put("name", organisationName))
        .put("publishedAt", Times.rfc3339(publishedAt));
  }

  /** Each lesson's images get the address they are served at. */
  private void withImageUrls(JsonObject json) {
    for (JsonObject module : CourseContent.objects(json.getJsonArray("modules"))) {
      for (JsonObject lesson : CourseContent.objects(module.getJsonArray("lessons"))) {
        for (JsonObject image : CourseContent.objects(lesson.getJsonArray("images"))) {
          image.put("url", LessonImages.url(id, image.getString("id")));
        }
      }
    }
  }
}
