package org.ntc.hub.group;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Times;

/** A theme group: its name and description in up to three languages, and how many members and threads it has. */
public record ThemeGroup(UUID id, Localised name, Localised description, long members, long threads, OffsetDateTime createdAt) {
  static final String COLUMNS = """
      g.id, g.name, g.description, g.created_at,
      (SELECT count(*) FROM group_member m JOIN account a ON a.id = m.account_id AND a.erased_at IS NULL
        WHERE m.group_id = g.id) AS members,
      (SELECT count(*) FROM group_thread t WHERE t.group_id = g.id) AS threads""";

  static ThemeGroup fromRow(Row row) {
    return new ThemeGroup(row.getUUID("id"), Localised.of(row.getJsonObject("name")), Localised.of(row.getJsonObject("description")),
        row.getLong("members"), row.getLong("threads"), row.getOffsetDateTime("created_at"));
  }

  public JsonObject toJson(String lang) {
    return new JsonObject().put("id", id.toString())
        .put("name", name.in(lang)).put("nameI18n", name.toJson())
        .put("description", description.in(lang)).put("descriptionI18n", description.toJson())
        .put("memberCount", members).put("threadCount", threads).put("createdAt", Times.rfc3339(createdAt));
  }
}
