package org.ntc.hub.platform;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Text in up to three languages. {@link #in} falls back to English, then to whichever
 * language the author wrote, so a reader never sees an empty title.
 */
public record Localised(Map<String, String> texts) {
  public Localised {
    texts = Map.copyOf(texts);
  }

  public static Localised of(JsonObject json) {
    Map<String, String> texts = new LinkedHashMap<>();
    if (json != null) {
      for (String lang : I18n.LANGUAGES) {
        Object value = json.getValue(lang);
        if (value instanceof String s && !s.isBlank()) texts.put(lang, s);
      }
    }
    return new Localised(texts);
  }

  public static Localised of(String en, String fi, String sv) {
    Map<String, String> texts = new LinkedHashMap<>();
    if (en != null) texts.put("en", en);
    if (fi != null) texts.put("fi", fi);
    if (sv != null) texts.put("sv", sv);
    return new Localised(texts);
  }

  public String in(String lang) {
    String text = texts.get(lang);
    if (text != null) return text;
    text = texts.get(I18n.FALLBACK);
    if (text != null) return text;
    return I18n.LANGUAGES.stream().map(texts::get).filter(t -> t != null).findFirst().orElse("");
  }

  /** The language that {@link #in} actually answers with, for {@code lang} attributes. */
  public String languageOf(String lang) {
    if (texts.containsKey(lang)) return lang;
    if (texts.containsKey(I18n.FALLBACK)) return I18n.FALLBACK;
    return I18n.LANGUAGES.stream().filter(texts::containsKey).findFirst().orElse(lang);
  }

  public boolean isEmpty() {
    return texts.isEmpty();
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    I18n.LANGUAGES.forEach(lang -> {
      if (texts.containsKey(lang)) json.put(lang, texts.get(lang));
    });
    return json;
  }
}
