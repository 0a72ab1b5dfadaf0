package org.ntc.hub.platform;

/**
 * The words a page uses for the vocabulary things are filed under. Professionals (staff, and
 * members of any organisation) read the professional term ({@code category.self-care}); visitors
 * and citizens read the plain one ({@code plain.category.self-care}) where the bundles have it.
 * Both stay findable: the search thesaurus lists the plain words beside the professional ones.
 * Where admins have reworded a label for a language, their wording is what everyone reads.
 */
public final class Terms {
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
}
