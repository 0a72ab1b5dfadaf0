package org.ntc.hub.group;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.util.UUID;
import org.ntc.hub.platform.Localised;

/** A public showcase or library entry a thread links to, with its title. */
public record Linked(String type, UUID id, Localised title) {
  static Linked fromRow(Row row) {
    return new Linked(row.getString("type"), row.getUUID("id"), Localised.of(row.getJsonObject("title")));
  }

  public String path() {
    return ("showcase".equals(type) ? "/showcases/" : "/library/") + id;
  }

  public JsonObject toJson(String lang) {
    return new JsonObject().put("type", type).put("id", id.toString()).put("title", title.in(lang)).put("link", path());
  }
}
