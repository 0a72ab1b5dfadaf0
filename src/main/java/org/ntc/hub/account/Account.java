package org.ntc.hub.account;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A person's account and profile, as stored. */
public record Account(
    UUID id,
    String email,
    String name,
    String locale,
    boolean admin,
    Optional<String> staffContactPoint,
    String title,
    String expertise,
    List<String> languages,
    JsonObject visibility,
    OffsetDateTime createdAt) {

  static final String COLUMNS = """
      id, email, name, locale, is_admin, staff_contact_point, title, expertise, languages, visibility, created_at""";

  static Account fromRow(Row row) {
    String[] languages = row.getArrayOfStrings("languages");
    return new Account(
        row.getUUID("id"),
        row.getString("email"),
        row.getString("name"),
        row.getString("locale"),
        row.getBoolean("is_admin"),
        Optional.ofNullable(row.getString("staff_contact_point")),
        row.getString("title"),
        row.getString("expertise"),
        languages == null ? List.of() : List.of(languages),
        row.getJsonObject("visibility"),
        row.getOffsetDateTime("created_at"));
  }

  JsonObject profileJson() {
    return new JsonObject()
        .put("title", title)
        .put("expertise", expertise)
        .put("languages", new JsonArray(languages))
        .put("visibility", visibility);
  }
}
