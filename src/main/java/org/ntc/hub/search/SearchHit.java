package org.ntc.hub.search;

import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Localised;

/** One thing found: what it is, its title and summary in the languages it has, and its page. */
public record SearchHit(SearchType type, UUID id, Localised title, Localised summary, String url) {
  static SearchHit fromRow(Row row) {
    return new SearchHit(Coded.of(SearchType.class, row.getString("type")), row.getUUID("id"),
        Localised.of(row.getJsonObject("title")), Localised.of(row.getJsonObject("summary")), row.getString("url"));
  }

  public JsonObject toJson(String lang) {
    return new JsonObject().put("type", type.code()).put("id", id.toString()).put("title", title.in(lang))
        .put("summary", summary.in(lang)).put("url", url);
  }
}
