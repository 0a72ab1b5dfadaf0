package org.ntc.hub.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/** The interface texts in English, Finnish and Swedish, and the choice among them. */
public final class I18n {
  public static final List<String> LANGUAGES = List.of("en", "fi", "sv");
  public static final String FALLBACK = "en";

  /** The keys whose text admins may reword (the taxonomy labels); everything else is the bundles' alone. */
  public static final List<String> OVERRIDABLE_PREFIXES = List.of("category.", "targetGroup.");

  private static final Map<String, Map<String, String>> BUNDLES = loadAll();
  /** Parsed patterns by language and pattern text (so an admin's new wording is parsed anew). */
  private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();
  private static final int MAX_FORMATS = 5_000;
  /**
   * What {@link #text} finds for each language in one lookup: the fallback's texts, this language's over them,
   * the admins' wording over both. Replaced whole when the wording changes, never changed in place.
   */
  private static volatile Map<String, Map<String, String>> shown = shownTexts(Map.of());

  private I18n() {}

  /**
   * What the texts are now: a new object whenever admins change the wording, so anything made from
   * the texts (labels, option lists) can be kept while this stays the same object.
   */
  public static Object wording() {
    return shown;
  }

  public static boolean supported(String lang) {
    return lang != null && LANGUAGES.contains(lang);
  }

  public static String text(String lang, String key, Object... args) {
    Map<String, String> texts = shown.get(lang);
    String pattern = (texts != null ? texts : BUNDLES.get(FALLBACK)).get(key);
    if (pattern == null) pattern = key;
    if (args.length == 0) return pattern;
    MessageFormat format = FORMATS.get(lang + '\u0000' + pattern);
    if (format == null) {
      if (FORMATS.size() >= MAX_FORMATS) FORMATS.clear();
      format = new MessageFormat(pattern, Locale.forLanguageTag(lang));
      FORMATS.put(lang + '\u0000' + pattern, format);
    }
    // A MessageFormat is not thread-safe; parsing one (and its number formats) costs far more than waiting for it.
    synchronized (format) {
      return format.format(args);
    }
  }

  /** The text the bundles give, whatever the admins wrote instead. */
  public static String bundled(String lang, String key) {
    String text = bundle(lang).get(key);
    return text != null ? text : BUNDLES.get(FALLBACK).getOrDefault(key, key);
  }

  /** Whether admins may reword this key: a label the bundles have, under one of {@link #OVERRIDABLE_PREFIXES}. */
  public static boolean overridable(String key) {
    return key != null && has(key) && OVERRIDABLE_PREFIXES.stream().anyMatch(key::startsWith);
  }

  /**
   * Makes these texts (language → key → text) win over the bundles, replacing any set before.
   * Keys admins may not reword, and languages the site does not speak, are left out.
   */
  public static void overrides(Map<String, Map<String, String>> byLanguage) {
    Map<String, Map<String, String>> kept = new HashMap<>();
    byLanguage.forEach((lang, texts) -> {
      if (!supported(lang)) return;
      Map<String, String> allowed = new HashMap<>();
      texts.forEach((key, text) -> {
        if (overridable(key) && text != null && !text.isBlank()) allowed.put(key, text);
      });
      kept.put(lang, Map.copyOf(allowed));
    });
    shown = shownTexts(Map.copyOf(kept));
  }

  private static Map<String, Map<String, String>> shownTexts(Map<String, Map<String, String>> wording) {
    Map<String, Map<String, String>> all = new HashMap<>();
    for (String lang : LANGUAGES) {
      Map<String, String> texts = new HashMap<>(BUNDLES.get(FALLBACK));
      texts.putAll(bundle(lang));
      texts.putAll(wording.getOrDefault(lang, Map.of()));
      all.put(lang, texts);
    }
    return all;
  }

  public static boolean has(String key) {
    return BUNDLES.get(FALLBACK).containsKey(key);
  }

  public static Map<String, String> bundle(String lang) {
    return BUNDLES.getOrDefault(lang, BUNDLES.get(FALLBACK));
  }

  /** The best supported language of an {@code Accept-Language} header, honouring q-values. */
  public static Optional<String> fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) return Optional.empty();
    try {
      return Locale.LanguageRange.parse(header).stream()
          .sorted(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed())
          .filter(range -> range.getWeight() > 0)
          .map(range -> range.getRange().split("-")[0].toLowerCase(Locale.ROOT))
          .filter(I18n::supported)
          .findFirst();
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  private static Map<String, Map<String, String>> loadAll() {
    Map<String, Map<String, String>> all = new HashMap<>();
    for (String lang : LANGUAGES) all.put(lang, load(lang));
    return Map.copyOf(all);
  }

  static Map<String, String> load(String lang) {
    String resource = "i18n/messages_" + lang + ".properties";
    try (InputStream in = I18n.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing " + resource);
      Properties props = new Properties();
      props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> map = new HashMap<>();
      props.stringPropertyNames().forEach(k -> map.put(k, props.getProperty(k)));
      return Map.copyOf(map);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }
}
