package org.ntc.hub.showcase;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Paging;

/** A search of the public catalogue: text in any of the three languages, and filters. */
public record ShowcaseSearch(String text, String category, String targetGroup, Country country, String language,
                             RegulatoryStatus regulatoryStatus, EvidenceLevel evidenceLevel, UUID organisationId,
                             Paging paging) {
  private static final Set<String> CATEGORIES = Set.copyOf(Taxonomy.CATEGORIES);
  private static final Set<String> TARGET_GROUPS = Set.copyOf(Taxonomy.TARGET_GROUPS);

  public static ShowcaseSearch from(MultiMap params) {
    FieldErrors errors = new FieldErrors();
    JsonObject query = Bodies.query(params);
    String q = errors.text(query, "q", 1, 200, false);
    String category = errors.oneOf(query, "category", CATEGORIES, false);
    String targetGroup = errors.oneOf(query, "targetGroup", TARGET_GROUPS, false);
    String country = errors.oneOf(query, "country", Country.CODES, false);
    String language = errors.oneOf(query, "language", Taxonomy.LANGUAGES, false);
    RegulatoryStatus regulatory = errors.choice(query, "regulatoryStatus", RegulatoryStatus.class, false);
    EvidenceLevel evidence = errors.choice(query, "evidenceLevel", EvidenceLevel.class, false);
    UUID organisation = errors.uuid(query, "organisation", false);
    errors.throwIfAny();
    return new ShowcaseSearch(q, category, targetGroup, Country.find(country).orElse(null), language, regulatory, evidence,
        organisation, Paging.from(params, 20));
  }
}
