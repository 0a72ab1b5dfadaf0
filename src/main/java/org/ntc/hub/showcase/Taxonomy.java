package org.ntc.hub.showcase;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.I18n;

/** The e-health vocabulary showcases are filed under; labels come from the message bundles. */
public final class Taxonomy {
  public static final List<String> CATEGORIES = List.of(
      "remote-monitoring", "video-consultation", "digital-therapeutics", "safety-and-alarms",
      "medication-management", "rehabilitation", "assistive-living", "self-care", "care-coordination",
      "health-data-interoperability");
  public static final List<String> TARGET_GROUPS = List.of(
      "older-people", "chronic-conditions", "families", "people-with-disabilities", "mental-health",
      "professionals", "informal-carers");
  public static final Set<String> LANGUAGES = Set.of("fi", "sv", "en", "no", "se", "da", "de", "et", "ru", "ar", "so", "uk");
  /** The languages a showcase's form offers to tick, in the order it shows them. */
  static final List<String> FORM_LANGUAGES = List.of("fi", "sv", "en", "se", "no");
  static final List<String> REGULATORY_STATUSES = codes(RegulatoryStatus.class);
  static final List<String> EVIDENCE_LEVELS = codes(EvidenceLevel.class);

  private Taxonomy() {}

  public static JsonObject toJson(String lang) {
    return new JsonObject()
        .put("categories", labelled(CATEGORIES, "category.", lang))
        .put("targetGroups", labelled(TARGET_GROUPS, "targetGroup.", lang))
        .put("regulatoryStatuses", labelled(REGULATORY_STATUSES, "regulatory.", lang))
        .put("evidenceLevels", labelled(EVIDENCE_LEVELS, "evidence.", lang));
  }

  private static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
  }

  private static JsonArray labelled(List<String> ids, String prefix, String lang) {
    JsonArray array = new JsonArray();
    ids.forEach(id -> array.add(new JsonObject().put("id", id).put("label", I18n.text(lang, prefix + id))));
    return array;
  }
}
