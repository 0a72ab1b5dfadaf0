package org.ntc.hub.platform;

import io.vertx.core.json.JsonObject;
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
    if (json == null) return new Localised(Map.of());
    return new Localised(texts(written(json, "en"), written(json, "fi"), written(json, "sv")));
  }

  /** The texts given, blank ones left out: what {@link #of(JsonObject)} makes of a document holding these strings. */
  public static Localised written(String en, String fi, String sv) {
    return new Localised(texts(written(en), written(fi), written(sv)));
  }

  private static String written(String text) {
    return text != null && !text.isBlank() ? text : null;
  }

  public static Localised of(String en, String fi, String sv) {
    return new Localised(texts(en, fi, sv));
  }

  private static String written(JsonObject json, String lang) {
    return json.getValue(lang) instanceof String s ? written(s) : null;
  }

  /**
   * The texts present of {@link I18n#LANGUAGES} (en, fi, sv), put in that order into an immutable map
   * at once: the same map as copying an ordered one, without building and copying it for every text.
   */
  private static Map<String, String> texts(String en, String fi, String sv) {
    if (en == null) {
      if (fi == null) return sv == null ? Map.of() : Map.of("sv", sv);
      return sv == null ? Map.of("fi", fi) : Map.of("fi", fi, "sv", sv);
    }
    if (fi == null) return sv == null ? Map.of("en", en) : Map.of("en", en, "sv", sv);
    return sv == null ? Map.of("en", en, "fi", fi) : Map.of("en", en, "fi", fi, "sv", sv);
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
