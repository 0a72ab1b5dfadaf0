package org.ntc.hub.showcase;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import java.util.Set;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Paging;

/** A search of the public catalogue: text in any of the three languages, and filters. */
public record ShowcaseSearch(String text, String category, String targetGroup, String country, String language,
                             String regulatoryStatus, String evidenceLevel, String organisationId, Paging paging) {

  public static ShowcaseSearch from(MultiMap params) {
    FieldErrors errors = new FieldErrors();
    JsonObject query = Bodies.query(params);
    String q = errors.text(query, "q", 1, 200, false);
    String category = errors.oneOf(query, "category", Set.copyOf(Taxonomy.CATEGORIES), false);
    String targetGroup = errors.oneOf(query, "targetGroup", Set.copyOf(Taxonomy.TARGET_GROUPS), false);
    String country = errors.oneOf(query, "country", Taxonomy.COUNTRIES, false);
    String language = errors.oneOf(query, "language", Taxonomy.LANGUAGES, false);
    String regulatory = errors.oneOf(query, "regulatoryStatus", Set.copyOf(Taxonomy.REGULATORY_STATUSES), false);
    String evidence = errors.oneOf(query, "evidenceLevel", Set.copyOf(Taxonomy.EVIDENCE_LEVELS), false);
    java.util.UUID organisation = errors.uuid(query, "organisation", false);
    errors.throwIfAny();
    return new ShowcaseSearch(q, category, targetGroup, country, language, regulatory, evidence,
        organisation == null ? null : organisation.toString(), Paging.from(params, 20));
  }

  public boolean filtered() {
    return text != null || category != null || targetGroup != null || country != null || language != null
        || regulatoryStatus != null || evidenceLevel != null || organisationId != null;
  }
}
