package org.ntc.hub.admin;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.I18n;

/**
 * The labels an admin wrote, key → language → text, from the labels form (fields named
 * {@code fi|category.remote-monitoring}). An empty text means the default wording again.
 */
public record LabelChange(Map<String, Map<String, String>> texts) {
  static final int MAX_LENGTH = 80;

  static String fieldName(String lang, String key) {
    return lang + "|" + key;
  }

  static LabelChange fromForm(JsonObject form, List<String> keys) {
    FieldErrors errors = new FieldErrors();
    Map<String, Map<String, String>> texts = new LinkedHashMap<>();
    for (String key : keys) {
      if (!I18n.overridable(key)) continue;
      for (String lang : I18n.LANGUAGES) {
        String name = fieldName(lang, key);
        if (!form.containsKey(name)) continue;
        JsonObject one = new JsonObject().put("text", form.getValue(name));
        FieldErrors check = new FieldErrors();
        String text = check.text(one, "text", 1, MAX_LENGTH, false);
        if (check.has("text")) {
          if (!errors.has("labels")) errors.add("labels", "each label is at most " + MAX_LENGTH + " characters, on one line");
          continue;
        }
        texts.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(lang, text == null ? "" : text.replaceAll("\\s+", " "));
      }
    }
    errors.throwIfAny();
    return new LabelChange(texts);
  }
}
