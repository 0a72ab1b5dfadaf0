package org.ntc.hub.challenge;

import io.vertx.core.json.JsonArray;
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
                    String expectedScale, Integer scale) {
  static final Set<String> FIELDS = Set.of("organisationId", "title", "description", "categories", "targetGroups", "country",
      "languages", "responsesDue", "expectedScale", "scale");

  /** {@code today}: the day at the centre, after which answers must be due. */
  static NewChallenge from(JsonObject body, LocalDate today) {
    return check(body, today, true);
  }

  /**
   * Checks the fields of {@code body}: all of them for a whole need, only those named for an
   * edit (then the result is null). Without {@code today} the answer date is not compared with it.
   */
  static NewChallenge check(JsonObject body, LocalDate today, boolean whole) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    UUID organisationId = errors.uuid(body, "organisationId", whole);
    Localised title = errors.localised(body, "title", 3, 160, whole || body.containsKey("title"));
    Localised description = errors.localised(body, "description", 10, 4000, whole || body.containsKey("description"));
    List<String> categories = errors.stringList(body, "categories", Set.copyOf(Taxonomy.CATEGORIES), 5);
    if (categories.isEmpty() && !errors.has("categories") && (whole || body.containsKey("categories"))) {
      errors.add("categories", "name at least one category");
    }
    List<String> targetGroups = errors.stringList(body, "targetGroups", Set.copyOf(Taxonomy.TARGET_GROUPS), 7);
    if (targetGroups.isEmpty() && !errors.has("targetGroups") && (whole || body.containsKey("targetGroups"))) {
      errors.add("targetGroups", "name at least one target group");
    }
    String country = errors.oneOf(body, "country", Country.CODES, whole || body.containsKey("country"));
    List<String> languages = errors.stringList(body, "languages", Set.copyOf(I18n.LANGUAGES), 3);
    String expectedScale = errors.text(body, "expectedScale", 1, 200, false);
    Integer scale = Scale.of(body, "scale", false, errors);
    LocalDate due = errors.date(body, "responsesDue", whole || body.containsKey("responsesDue"));
    if (today != null && due != null && !due.isAfter(today)) errors.add("responsesDue", "must be a date after today");
    else if (today != null && due != null && due.isAfter(today.plusYears(2))) errors.add("responsesDue", "must be within two years");
    errors.throwIfAny();
    if (!whole) return null;
    return new NewChallenge(organisationId, title, description, categories, targetGroups, Country.valueOf(country), languages,
        due, expectedScale, scale);
  }

  /** As a request body names it: what a form shows again. */
  JsonObject toJson() {
    return new JsonObject().put("organisationId", organisationId.toString()).put("title", title.toJson())
        .put("description", description.toJson()).put("categories", new JsonArray(categories))
        .put("targetGroups", new JsonArray(targetGroups)).put("country", country.name())
        .put("languages", new JsonArray(languages)).put("responsesDue", responsesDue.toString())
        .put("expectedScale", expectedScale).put("scale", scale);
  }
}
