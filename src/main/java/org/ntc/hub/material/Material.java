package org.ntc.hub.material;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Times;

/** Learning material as stored, without a file's bytes. */
public record Material(UUID id, Localised title, String topic, String language, Visibility visibility, MaterialKind kind,
                       String url, String fileName, String contentType, Integer size, UUID trainingId, UUID showcaseId,
                       OffsetDateTime createdAt, UUID organisationId) {

  static final String COLUMNS = """
      id, title, topic, language, visibility, kind, url, file_name, content_type, size, training_id, showcase_id, created_at,
      organisation_id""";

  static Material fromRow(Row row) {
    return new Material(row.getUUID("id"), Localised.of(row.getJsonObject("title")), row.getString("topic"),
        row.getString("language"), Coded.of(Visibility.class, row.getString("visibility")),
        Coded.of(MaterialKind.class, row.getString("kind")), row.getString("url"), row.getString("file_name"),
        row.getString("content_type"), row.getInteger("size"), row.getUUID("training_id"), row.getUUID("showcase_id"),
        row.getOffsetDateTime("created_at"), row.getUUID("organisation_id"));
  }

  /** Where a reader opens it: the link itself, or the file as this site serves it. */
  public String href() {
    return kind == MaterialKind.LINK ? url : "/api/v1/materials/" + id + "/file";
  }

  public JsonObject toJson(String lang) {
    return new JsonObject().put("id", id.toString()).put("title", title.in(lang)).put("titleI18n", title.toJson())
        .put("topic", topic).put("language", language).put("visibility", visibility.code())
        .put("kind", kind.code())
        .put("url", href())
        .put("fileName", fileName).put("contentType", contentType).put("size", size)
        .put("trainingId", trainingId == null ? null : trainingId.toString())
        .put("showcaseId", showcaseId == null ? null : showcaseId.toString())
        .put("createdAt", Times.rfc3339(createdAt))
        .put("organisationId", organisationId == null ? null : organisationId.toString());
  }
}
