package org.ntc.hub.showcase;

import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ntc.hub.platform.Terms;

/** A showcase as lists and pages show it: its terms in the reader's words. Other features' pages show cards too. */
public final class ShowcaseCards {
  private ShowcaseCards() {}

  /**
   * A catalogue card: the summary, its labels in the words this reader gets, and the language its
   * title and summary are actually shown in (for {@code lang} when it is not the page's).
   */
  public static Map<String, Object> card(ShowcaseSummary summary, String lang, boolean plain) {
    Map<String, Object> card = labelled(summary.fields(lang, new HashMap<>(32)), summary, lang, plain);
    card.put("titleLang", summary.title().languageOf(lang));
    card.put("summaryLang", summary.summary().languageOf(lang));
    return card;
  }

  /** A showcase for a page: its JSON, and the labels of the terms it is filed under in the reader's language. */
  /** The showcase's JSON with its terms in words: plain words for citizens when {@code plain}. */
  static Map<String, Object> labelled(JsonObject showcase, Classification terms, String lang, boolean plain) {
    return labelled(new HashMap<>(showcase.getMap()), terms, lang, plain);
  }

  private static Map<String, Object> labelled(Map<String, Object> shown, Classification terms, String lang, boolean plain) {
    shown.put("categoryLabels", labels(terms.categories(), "category.", lang, plain));
    shown.put("targetGroupLabels", labels(terms.targetGroups(), "targetGroup.", lang, plain));
    shown.put("countryLabels", labels(terms.countries(), "country.", lang, false));
    shown.put("languageLabels", labels(terms.languages(), "spoken.", lang, false));
    if (terms.regulatoryStatus() != null) shown.put("regulatoryLabel", Terms.label(lang, "regulatory.", terms.regulatoryStatus().code(), false));
    if (terms.evidenceLevel() != null) shown.put("evidenceLabel", Terms.label(lang, "evidence.", terms.evidenceLevel().code(), false));
    return shown;
  }

  /** Without {@code plain}, a label is the bundles' (or the admins') text of the key. */
  private static List<String> labels(List<String> ids, String prefix, String lang, boolean plain) {
    String[] labels = new String[ids.size()];
    for (int i = 0; i < labels.length; i++) labels[i] = Terms.label(lang, prefix, ids.get(i), plain);
    return List.of(labels);
  }
}
