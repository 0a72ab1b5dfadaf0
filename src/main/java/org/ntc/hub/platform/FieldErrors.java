package org.ntc.hub.platform;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Collects what is wrong with a request body, field by field, so the caller hears about every
 * problem at once. Each reader returns null where the value is missing or unusable.
 */
public final class FieldErrors {
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
  private final List<FieldError> errors = new ArrayList<>();

  public void add(String field, String message) {
    errors.add(new FieldError(field, message));
  }

  public boolean has(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  public void throwIfAny() {
    if (!errors.isEmpty()) throw new Invalid(errors);
  }

  public String text(JsonObject body, String field, int min, int max, boolean required) {
    Object value = body.getValue(field);
    if (value == null) {
      if (required) add(field, "is required");
      return null;
    }
    if (!(value instanceof String s)) {
      add(field, "must be a string");
      return null;
    }
    String trimmed = s.strip();
    if (trimmed.isEmpty() && !required) return null;
    if (trimmed.length() < min) {
      add(field, min == 1 ? "must not be empty" : "must be at least " + min + " characters");
      return null;
    }
    if (trimmed.length() > max) {
      add(field, "must be at most " + max + " characters");
      return null;
    }
    if (trimmed.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
      add(field, "must not contain control characters");
      return null;
    }
    return trimmed;
  }

  public String email(JsonObject body, String field, boolean required) {
    String value = text(body, field, 3, 254, required);
    if (value == null) return null;
    if (!EMAIL.matcher(value).matches()) {
      add(field, "must be an email address");
      return null;
    }
    return value.toLowerCase();
  }

  public String oneOf(JsonObject body, String field, Set<String> allowed, boolean required) {
    String value = text(body, field, 1, 64, required);
    if (value == null) return null;
    if (!allowed.contains(value)) {
      add(field, "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
      return null;
    }
    return value;
  }

  /** One of an enum's codes, as that enum's value. */
  public <E extends Enum<E> & Coded> E choice(JsonObject body, String field, Class<E> type, boolean required) {
    String code = oneOf(body, field, CODES.get(type), required);
    return code == null ? null : Coded.of(type, code);
  }

  /** Each coded enum's codes, gathered once for the type rather than for every field read (a search reads two). */
  private static final ClassValue<Set<String>> CODES = new ClassValue<>() {
    @Override
    protected Set<String> computeValue(Class<?> type) {
      List<String> codes = new ArrayList<>();
      for (Object value : type.getEnumConstants()) codes.add(((Coded) value).code());
      return Set.copyOf(codes);
    }
  };

  public String url(JsonObject body, String field, boolean required) {
    String value = text(body, field, 1, 500, required);
    if (value == null) return null;
    try {
      URI uri = new URI(value);
      if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
        add(field, "must be an http or https address");
        return null;
      }
      return value;
    } catch (Exception e) {
      add(field, "must be an http or https address");
      return null;
    }
  }

  /** A calendar date, written 2027-03-31. */
  public LocalDate date(JsonObject body, String field, boolean required) {
    String value = text(body, field, 10, 10, required);
    if (value == null) return null;
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      add(field, "must be a date like 2027-03-31");
      return null;
    }
  }

  /** A moment with its offset, written 2027-03-02T09:00:00+02:00. */
  public OffsetDateTime moment(JsonObject body, String field, boolean required) {
    String value = text(body, field, 10, 40, required);
    if (value == null) return null;
    try {
      return OffsetDateTime.parse(value);
    } catch (DateTimeParseException e) {
      add(field, "must be ISO-8601 with an offset, like 2027-03-02T09:00:00+02:00");
      return null;
    }
  }

  /**
   * A whole number from {@code min} to {@code max}, given as a JSON integer; null when absent (or
   * null) and not required. A required one that is missing hears what a wrong one hears, which says
   * what to give: "must be a whole number from 1 to 200".
   */
  public Integer wholeNumber(JsonObject body, String field, int min, int max, boolean required) {
    return wholeNumber(body, field, min, max, required, null);
  }

  /** A whole number of a unit the message names: "must be a whole number of pixels from 1 to 20000". */
  public Integer wholeNumber(JsonObject body, String field, int min, int max, boolean required, String unit) {
    Object value = body.getValue(field);
    if (value == null && !required) return null;
    return wholeNumber(field, value, min, max, unit);
  }

  /** The same check of a value already taken from its body (a form's text read as a number, say); null fails it. */
  public Integer wholeNumber(String field, Object value, int min, int max, String unit) {
    if (!(value instanceof Integer || value instanceof Long) || ((Number) value).longValue() < min
        || ((Number) value).longValue() > max) {
      add(field, "must be a whole number " + (unit == null ? "" : "of " + unit + " ") + "from " + min + " to " + max);
      return null;
    }
    return ((Number) value).intValue();
  }

  public UUID uuid(JsonObject body, String field, boolean required) {
    String value = text(body, field, 1, 64, required);
    if (value == null) return null;
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      add(field, "must be an id");
      return null;
    }
  }

  public List<String> stringList(JsonObject body, String field, Set<String> allowed, int max) {
    Object value = body.getValue(field);
    if (value == null) return List.of();
    if (!(value instanceof JsonArray array)) {
      add(field, "must be a list");
      return List.of();
    }
    if (array.size() > max) {
      add(field, "must have at most " + max + " entries");
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Object item : array) {
      if (!(item instanceof String s) || (allowed != null && !allowed.contains(s))) {
        add(field, allowed == null ? "must list strings" : "may only contain " + String.join(", ", allowed.stream().sorted().toList()));
        return List.of();
      }
      if (!out.contains(s)) out.add(s);
    }
    return out;
  }

  /**
   * Localised text: an object of en, fi and sv strings, each {@code min}..{@code max} long; empty
   * entries are dropped, and a required one needs at least one language.
   */
  public Localised localised(JsonObject body, String field, int min, int max, boolean required) {
    Object value = body.getValue(field);
    if (value == null) {
      if (required) add(field, "is required, in at least one of en, fi, sv");
      return Localised.of((JsonObject) null);
    }
    if (!(value instanceof JsonObject json)) {
      add(field, "must be an object of en, fi, sv texts");
      return Localised.of((JsonObject) null);
    }
    JsonObject clean = new JsonObject();
    boolean faulty = false;
    for (String lang : json.fieldNames()) {
      String name = field + "." + lang;
      if (!I18n.supported(lang)) {
        add(name, "is not a language: use en, fi or sv");
        faulty = true;
        continue;
      }
      Object text = json.getValue(lang);
      // null, empty and blank all mean "not in this language", never an empty text.
      if (text == null || text instanceof String s && s.isBlank()) continue;
      String checked = text(json, lang, min, max, false);
      if (checked == null) {
        faulty = true;
        errors.stream().filter(e -> e.field().equals(lang)).findFirst().ifPresent(e -> {
          errors.remove(e);
          errors.add(new FieldError(name, e.message()));
        });
      } else {
        clean.put(lang, checked);
      }
    }
    if (required && clean.isEmpty() && !faulty) add(field, "is required, in at least one of en, fi, sv");
    return Localised.of(clean);
  }

  /** Rejects fields the caller may not know about being ignored, such as a typo of a real one. */
  public void onlyKnown(JsonObject body, Set<String> known) {
    for (String name : body.fieldNames()) {
      if (!known.contains(name)) add(name, "is not a known field");
    }
  }
}
