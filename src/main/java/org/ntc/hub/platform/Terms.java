package org.ntc.hub.platform;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words a page uses for the vocabulary things are filed under. Professionals (staff, and
 * members of any organisation) read the professional term ({@code category.self-care}); visitors
 * and citizens read the plain one ({@code plain.category.self-care}) where the bundles have it.
 * Both stay findable: the search thesaurus lists the plain words beside the professional ones.
 * Where admins have reworded a label for a language, their wording is what everyone reads.
 */
public final class Terms {
  /**
   * Labels found once for each wording: by language and reader (two places for each of
   * {@link I18n#LANGUAGES}, the second for plain words), then by key prefix, then by id.
   */
  @SuppressWarnings("unchecked")
  private static final PerWording<Map<String, Map<String, String>>[]> KEPT = new PerWording<>(() -> {
    Map<String, Map<String, String>>[] parts = new Map[I18n.LANGUAGES.size() * 2];
    for (int i = 0; i < parts.length; i++) parts[i] = new ConcurrentHashMap<>();
    return parts;
  });

  /** Ids are the taxonomy's and the countries' (a few dozen); a flood of unknown ones starts afresh. */
  private static final int MAX_LABELS = 5_000;

  private Terms() {}

  public static boolean plainFor(Viewer viewer) {
    return !viewer.staff() && viewer.memberships().isEmpty();
  }

  /** The label of {@code key} ({@code category.self-care}) in the words this reader gets. */
  public static String label(String lang, String key, boolean plain) {
    String text = I18n.text(lang, key);
    boolean reworded = !text.equals(I18n.bundled(lang, key));
    if (plain && !reworded && I18n.has("plain." + key)) return I18n.text(lang, "plain." + key);
    return text;
  }

  /**
   * {@link #label label(lang, prefix + id, plain)}, found once while the wording stays the same:
   * pages ask for the same few dozen labels on every request.
   */
  public static String label(String lang, String prefix, String id, boolean plain) {
    int language = I18n.LANGUAGES.indexOf(lang);
    if (language < 0) return label(lang, prefix + id, plain);
    Map<String, Map<String, String>> byPrefix = KEPT.get()[language * 2 + (plain ? 1 : 0)];
    Map<String, String> labels = byPrefix.get(prefix);
    if (labels == null) labels = byPrefix.computeIfAbsent(prefix, part -> new ConcurrentHashMap<>());
    String label = labels.get(id);
    if (label == null) {
      if (labels.size() >= MAX_LABELS) labels.clear();
      label = label(lang, prefix + id, plain);
      labels.put(id, label);
    }
    return label;
  }
}
