package org.ntc.hub.library;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.showcase.Taxonomy;

/**
 * What an entry says, in its stored form: the working copy and the public copy have this same
 * shape. The evidence profile reads {@code domains} and {@code showcaseIds} from the stored JSON.
 */
public record EntryContent(JsonObject stored) {
  static final List<String> SHARED = List.of("title", "summary", "body", "categories", "countries", "showcaseIds",
      "trainingIds", "challengeIds", "domains");
  /** Every content field of every kind. */
  static final Set<String> FIELDS = allFields();
  /** The fields written in several languages, as forms name them ({@code title_fi}). */
  static final List<String> LOCALISED = List.of("title", "summary", "body", "setting", "workModel", "results", "barriers",
      "enablers", "population", "findings", "steps");
  static final Set<String> LISTS = Set.of("categories", "countries", "showcaseIds", "trainingIds", "challengeIds");
  private static final Pattern DOI = Pattern.compile("^10\\.\\d{4,9}/\\S{1,180}$");

  /** The named fields of {@code body}, checked into their stored form; absent ones as if sent empty. */
  static JsonObject checked(JsonObject body, Set<String> fields, FieldErrors errors) {
    JsonObject stored = new JsonObject();
    for (String field : fields) {
      Object value = check(body, field, errors);
      stored.put(field, value);
    }
    return stored;
  }

  private static Object check(JsonObject body, String field, FieldErrors errors) {
    return switch (field) {
      case "title" -> errors.localised(body, field, 3, 200, true).toJson();
      case "summary" -> errors.localised(body, field, 10, 600, true).toJson();
      case "body", "steps" -> errors.localised(body, field, 0, 20_000, false).toJson();
      case "setting", "population" -> errors.localised(body, field, 0, 1_000, false).toJson();
      case "workModel", "results", "barriers", "enablers", "findings" -> errors.localised(body, field, 0, 4_000, false).toJson();
      case "scale", "contact" -> errors.text(body, field, 1, 200, false);
      case "citation" -> errors.text(body, field, 5, 600, false);
      case "url" -> errors.url(body, field, false);
      case "doi" -> doi(body, errors);
      case "design" -> {
        StudyDesign design = errors.choice(body, field, StudyDesign.class, false);
        yield design == null ? null : design.code();
      }
      case "categories" -> new JsonArray(errors.stringList(body, field, Set.copyOf(Taxonomy.CATEGORIES), 5));
      case "countries" -> new JsonArray(errors.stringList(body, field, Country.CODES, 3));
      case "showcaseIds", "trainingIds", "challengeIds" -> ids(body, field, errors);
      case "domains" -> domains(body, errors);
      default -> throw new IllegalArgumentException(field);
    };
  }

  /** The fields a complete entry of this kind must have, beyond each field's own checks. */
  static void requireComplete(JsonObject stored, LibraryKind kind, FieldErrors errors) {
    if (stored.getJsonArray("categories", new JsonArray()).isEmpty() && !errors.has("categories")) {
      errors.add("categories", "name at least one category");
    }
    if (kind == LibraryKind.CASE && stored.getJsonObject("setting", new JsonObject()).isEmpty() && !errors.has("setting")) {
      errors.add("setting", "is required, in at least one of en, fi, sv");
    }
    if (kind == LibraryKind.RESEARCH) {
      if (stored.getString("citation") == null && !errors.has("citation")) errors.add("citation", "is required");
      if (stored.getString("design") == null && !errors.has("design")) errors.add("design", "is required");
    }
  }

  /** The fields an entry of this kind has. */
  static Set<String> fieldsOf(LibraryKind kind) {
    Set<String> fields = new HashSet<>(SHARED);
    fields.addAll(kind.fields());
    return fields;
  }

  private static String doi(JsonObject body, FieldErrors errors) {
    String doi = errors.text(body, "doi", 1, 200, false);
    if (doi == null) return null;
    doi = doi.replaceFirst("^(https?://(dx\\.)?doi\\.org/|doi:)", "");
    if (!DOI.matcher(doi).matches()) {
      errors.add("doi", "must be a DOI like 10.1000/xyz123");
      return null;
    }
    return doi;
  }

  private static JsonArray ids(JsonObject body, String field, FieldErrors errors) {
    List<String> ids = errors.stringList(body, field, null, 20);
    List<String> valid = new ArrayList<>();
    for (String id : ids) {
      try {
        valid.add(UUID.fromString(id).toString());
      } catch (IllegalArgumentException e) {
        errors.add(field, "must list ids");
        return new JsonArray();
      }
    }
    return new JsonArray(valid);
  }

  private static JsonObject domains(JsonObject body, FieldErrors errors) {
    Object value = body.getValue("domains");
    JsonObject stored = new JsonObject();
    if (value == null) return stored;
    if (!(value instanceof JsonObject domains)) {
      errors.add("domains", "must be an object of MAST domains");
      return stored;
    }
    for (String key : domains.fieldNames()) {
      String name = "domains." + key;
      if (!Rating.DOMAINS.contains(key)) {
        errors.add(name, "is not a MAST domain: use " + String.join(", ", Rating.DOMAINS));
        continue;
      }
      if (!(domains.getValue(key) instanceof JsonObject domain)) {
        errors.add(name, "must be an object with finding and rating");
        continue;
      }
      FieldErrors own = new FieldErrors();
      own.onlyKnown(domain, Set.of("finding", "rating"));
      Localised finding = own.localised(domain, "finding", 0, 1_000, false);
      Rating rating = own.choice(domain, "rating", Rating.class, true);
      try {
        own.throwIfAny();
        stored.put(key, new JsonObject().put("finding", finding.toJson()).put("rating", rating.code()));
      } catch (org.ntc.hub.platform.Invalid invalid) {
        invalid.errors().forEach(e -> errors.add(name + "." + e.field(), e.message()));
      }
    }
    return stored;
  }

  Localised title() {
    return Localised.of(stored.getJsonObject("title"));
  }

  Localised summary() {
    return Localised.of(stored.getJsonObject("summary"));
  }

  Localised localised(String field) {
    return Localised.of(stored.getJsonObject(field));
  }

  List<String> strings(String field) {
    JsonArray array = stored.getJsonArray(field);
    return array == null ? List.of() : array.stream().map(String::valueOf).toList();
  }

  JsonObject domains() {
    return stored.getJsonObject("domains", new JsonObject());
  }

  /** This content with the fields of a change replaced. */
  EntryContent with(JsonObject fields) {
    return new EntryContent(stored.copy().mergeIn(fields));
  }

  /** The content in the reader's language, with each localised field's texts beside it as {@code xxxI18n}. */
  JsonObject toJson(String lang) {
    JsonObject json = stored.copy();
    for (String field : LOCALISED) {
      if (!stored.containsKey(field)) continue;
      Localised text = localised(field);
      json.put(field, text.isEmpty() ? null : text.in(lang)).put(field + "I18n", text.toJson());
    }
    return json;
  }

  private static Set<String> allFields() {
    Set<String> fields = new HashSet<>(SHARED);
    for (LibraryKind kind : LibraryKind.values()) fields.addAll(kind.fields());
    return Set.copyOf(fields);
  }
}
