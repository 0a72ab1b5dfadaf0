package org.ntc.hub.showcase;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** What an edit to a published showcase changes, field by field and language by language. */
public final class ShowcaseDiff {
  private static final List<String> LOCALISED = List.of("title", "summary", "description");

  private ShowcaseDiff() {}

  /** A pending showcase as the moderation queue lists it, with the diff when it edits a published one. */
  public static JsonObject queueItem(Showcase showcase, String lang) {
    JsonObject item = showcase.fullJson(lang);
    item.put("kind", showcase.published() == null ? "new" : "edit");
    item.put("isEdit", showcase.published() != null);
    item.put("changes", showcase.published() == null ? new JsonArray() : changes(showcase.published(), showcase.content()));
    return item;
  }

  static JsonArray changes(ShowcaseContent before, ShowcaseContent after) {
    JsonObject old = before.toStored();
    JsonObject now = after.toStored();
    JsonArray changes = new JsonArray();
    for (String field : now.fieldNames().stream().sorted().toList()) {
      if (LOCALISED.contains(field)) {
        JsonObject a = old.getJsonObject(field, new JsonObject());
        JsonObject b = now.getJsonObject(field, new JsonObject());
        for (String language : List.of("en", "fi", "sv")) {
          String x = a.getString(language);
          String y = b.getString(language);
          if (x == null ? y != null : !x.equals(y)) {
            changes.add(new JsonObject().put("field", field + "." + language).put("before", x).put("after", y));
          }
        }
      } else {
        Object x = old.getValue(field);
        Object y = now.getValue(field);
        if (x == null ? y != null : !x.equals(y)) {
          changes.add(new JsonObject().put("field", field).put("before", x == null ? null : String.valueOf(x))
              .put("after", y == null ? null : String.valueOf(y)));
        }
      }
    }
    return changes;
  }
}
