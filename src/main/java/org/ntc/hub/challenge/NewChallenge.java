package org.ntc.hub.challenge;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.showcase.Taxonomy;

/** A need as a care organisation describes it, checked field by field. */
record NewChallenge(UUID organisationId, Localised title, Localised description, List<String> categories,
                    List<String> targetGroups, Country country, List<String> languages, LocalDate responsesDue,
                    String expectedScale) {
  static final Set<String> FIELDS = Set.of("organisationId", "title", "description", "categories", "targetGroups", "country",
      "languages", "responsesDue", "expectedScale");

  /** {@code today}: the day at the centre, after which answers must be due. */
  static NewChallenge from(JsonObject body, LocalDate today) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    UUID organisationId = errors.uuid(body, "organisationId", true);
    Localised title = errors.localised(body, "title", 3, 160, true);
    Localised description = errors.localised(body, "description", 10, 4000, true);
    List<String> categories = errors.stringList(body, "categories", Set.copyOf(Taxonomy.CATEGORIES), 5);
    if (categories.isEmpty() && !errors.has("categories")) errors.add("categories", "name at least one category");
    List<String> targetGroups = errors.stringList(body, "targetGroups", Set.copyOf(Taxonomy.TARGET_GROUPS), 7);
    if (targetGroups.isEmpty() && !errors.has("targetGroups")) errors.add("targetGroups", "name at least one target group");
    String country = errors.oneOf(body, "country", Country.CODES, true);
    List<String> languages = errors.stringList(body, "languages", Set.copyOf(I18n.LANGUAGES), 3);
    String expectedScale = errors.text(body, "expectedScale", 1, 200, false);
    LocalDate due = errors.date(body, "responsesDue", true);
    if (due != null && !due.isAfter(today)) errors.add("responsesDue", "must be a date after today");
    else if (due != null && due.isAfter(today.plusYears(2))) errors.add("responsesDue", "must be within two years");
    errors.throwIfAny();
    return new NewChallenge(organisationId, title, description, categories, targetGroups, Country.valueOf(country), languages,
        due, expectedScale);
  }
}
