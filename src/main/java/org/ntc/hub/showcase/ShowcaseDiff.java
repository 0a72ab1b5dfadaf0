package org.ntc.hub.showcase;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What an edit to a published showcase changes, field by field and language by language. */
public final class ShowcaseDiff {
  private static final List<String> LOCALISED = List.of("title", "summary", "description");

  /** One changed field ({@code title.fi} for one language of a text), as it was and as it would be. */
  public record Change(String field, String before, String after) {
    JsonObject toJson() {
      return new JsonObject().put("field", field).put("before", before).put("after", after);
    }
  }

  private ShowcaseDiff() {}

  static List<Change> changes(ShowcaseContent before, ShowcaseContent after) {
    JsonObject old = before.toStored();
    JsonObject now = after.toStored();
    List<Change> changes = new ArrayList<>();
    for (String field : now.fieldNames().stream().sorted().toList()) {
      if (LOCALISED.contains(field)) {
        changes.addAll(textChanges(field, old.getJsonObject(field, new JsonObject()), now.getJsonObject(field, new JsonObject())));
      } else if (field.equals("howToGet")) {
        changes.addAll(partChanges(field, before.howToGet().toJson(), after.howToGet().toJson()));
      } else {
        Object x = old.getValue(field);
        Object y = now.getValue(field);
        if (!Objects.equals(x, y)) changes.add(new Change(field, x == null ? null : String.valueOf(x), y == null ? null : String.valueOf(y)));
      }
    }
    return changes;
  }

  /** How to get it, part by part ({@code howToGet.priceMin}), so a reviewer sees which promise changed. */
  private static List<Change> partChanges(String field, JsonObject before, JsonObject after) {
    List<Change> changes = new ArrayList<>();
    for (String part : after.fieldNames().stream().sorted().toList()) {
      Object x = before.getValue(part);
      Object y = after.getValue(part);
      if (!Objects.equals(x, y)) {
        changes.add(new Change(field + "." + part, x == null ? null : String.valueOf(x), y == null ? null : String.valueOf(y)));
      }
    }
    return changes;
  }

  private static List<Change> textChanges(String field, JsonObject before, JsonObject after) {
    List<Change> changes = new ArrayList<>();
    for (String language : List.of("en", "fi", "sv")) {
      String x = before.getString(language);
      String y = after.getString(language);
      if (!Objects.equals(x, y)) changes.add(new Change(field + "." + language, x, y));
    }
    return changes;
  }
}
