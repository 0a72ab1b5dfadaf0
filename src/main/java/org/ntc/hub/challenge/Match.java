package org.ntc.hub.challenge;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Localised;

/** A published showcase that fits a need: its score, and the true reasons it fits. */
public record Match(UUID showcaseId, Localised title, Localised summary, UUID organisationId, String organisationName,
                    double score, List<Reason> reasons) {

  /** One thing the showcase shares with the need: a concept both texts name, a category, a target group, the country or a language. */
  public record Reason(String kind, String id) {
    static final String CONCEPT = "concept";
    static final String CATEGORY = "category";
    static final String TARGET_GROUP = "target-group";
    static final String COUNTRY = "country";
    static final String LANGUAGE = "language";

    public String label(String lang) {
      return switch (kind) {
        case CONCEPT -> Matching.conceptLabel(id, lang);
        case CATEGORY -> I18n.text(lang, "category." + id);
        case TARGET_GROUP -> I18n.text(lang, "targetGroup." + id);
        case COUNTRY -> I18n.text(lang, "country." + id);
        default -> I18n.text(lang, "spoken." + id);
      };
    }

    /** The reason in words, in the reader's language. */
    public String text(String lang) {
      return switch (kind) {
        case CONCEPT -> I18n.text(lang, "match.concept", label(lang));
        case CATEGORY -> I18n.text(lang, "match.category", label(lang));
        case TARGET_GROUP -> I18n.text(lang, "match.targetGroup", label(lang));
        case COUNTRY -> I18n.text(lang, "match.country");
        default -> I18n.text(lang, "match.language");
      };
    }

    JsonObject toJson(String lang) {
      return new JsonObject().put("kind", kind).put("id", id).put("label", label(lang)).put("text", text(lang));
    }
  }

  /** One line: what the showcase shares with the need. */
  public String why(String lang) {
    return String.join("; ", reasons.stream().map(r -> r.text(lang)).toList());
  }

  /** The reasons as sentences, each starting with a capital, for the page. */
  public List<String> sentences(String lang) {
    return reasons.stream().map(r -> capitalised(r.text(lang), lang)).toList();
  }

  public JsonObject toJson(String lang) {
    return new JsonObject()
        .put("showcase", new JsonObject().put("id", showcaseId.toString())
            .put("title", title.in(lang))
            .put("summary", summary.in(lang))
            .put("organisation", new JsonObject().put("id", organisationId.toString()).put("name", organisationName)))
        .put("score", Math.round(score * 100) / 100.0)
        .put("why", why(lang))
        .put("reasons", new JsonArray(reasons.stream().map(r -> r.toJson(lang)).toList()));
  }

  private static String capitalised(String text, String lang) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.forLanguageTag(lang)) + text.substring(1);
  }
}
