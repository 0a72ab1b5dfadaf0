package org.ntc.hub.account;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Times;

/** A person's account and profile, as stored. */
public record Account(
    UUID id,
    String email,
    String name,
    String locale,
    boolean admin,
    Optional<Site> staffSite,
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
        Optional.ofNullable(row.getString("staff_contact_point")).map(Site::of),
        row.getString("title"),
        row.getString("expertise"),
        languages == null ? List.of() : List.of(languages),
        row.getJsonObject("visibility"),
        row.getOffsetDateTime("created_at"));
  }

  /** Who may see this profile field, as the person chose: members, unless they chose otherwise. */
  Visibility visibilityOf(String field) {
    String level = visibility.getString(field);
    return level == null ? Visibility.DEFAULT : Coded.find(Visibility.class, level).orElse(Visibility.PRIVATE);
  }

  JsonObject profileJson() {
    return new JsonObject()
        .put("title", title)
        .put("expertise", expertise)
        .put("languages", new JsonArray(languages))
        .put("visibility", visibility);
  }

  /** What an export holds of the account itself. */
  JsonObject exportJson() {
    return new JsonObject().put("id", id.toString()).put("email", email).put("name", name).put("locale", locale)
        .put("createdAt", Times.rfc3339(createdAt)).put("admin", admin)
        .put("staffContactPoint", staffSite.map(Site::id).orElse(null));
  }

  /** The answer to a staff grant: who, and where they are staff now. */
  public JsonObject staffJson() {
    return new JsonObject().put("id", id.toString()).put("name", name).put("email", email)
        .put("contactPoint", staffSite.map(Site::id).orElse(null));
  }
}
