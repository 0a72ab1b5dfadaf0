package org.ntc.hub.organisation;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Localised;

/** A new organisation, or (with {@link #change}) an edit where absent fields keep their value. */
public record NewOrganisation(String name, String type, String country, String website, Localised description,
                              Set<String> present) {
  static final Set<String> TYPES = Set.of("company", "care", "research");
  static final Set<String> COUNTRIES = Set.of("FI", "SE", "NO");
  private static final Set<String> FIELDS = Set.of("name", "type", "country", "website", "description");

  public static NewOrganisation from(JsonObject body, String lang) {
    return read(body, lang, true);
  }

  public static NewOrganisation change(JsonObject body, String lang) {
    NewOrganisation change = read(body, lang, false);
    if (change.present().contains("type")) {
      FieldErrors errors = new FieldErrors();
      errors.add("type", "cannot be changed; create a new organisation instead");
      errors.throwIfAny();
    }
    return change;
  }

  private static NewOrganisation read(JsonObject body, String lang, boolean creating) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    String name = creating || body.containsKey("name") ? errors.text(body, "name", 2, 160, true) : null;
    String type = creating ? errors.oneOf(body, "type", TYPES, true) : null;
    String country = creating || body.containsKey("country") ? errors.oneOf(body, "country", COUNTRIES, true) : null;
    String website = errors.url(body, "website", false);
    Localised description = description(body, lang, errors);
    errors.throwIfAny();
    return new NewOrganisation(name, type, country, website, description, body.fieldNames());
  }

  /** A description is localised text, or a plain string taken to be in the caller's language. */
  private static Localised description(JsonObject body, String lang, FieldErrors errors) {
    Object value = body.getValue("description");
    if (value == null) return Localised.of((JsonObject) null);
    if (value instanceof String) {
      String text = errors.text(body, "description", 0, 4000, false);
      return text == null ? Localised.of((JsonObject) null) : Localised.of(new JsonObject().put(lang, text));
    }
    if (value instanceof JsonObject json) {
      for (String key : json.fieldNames()) {
        if (!Set.of("en", "fi", "sv").contains(key)) errors.add("description." + key, "is not a language: use en, fi or sv");
        else errors.text(json, key, 0, 4000, false);
      }
      return Localised.of(json);
    }
    errors.add("description", "must be text or an object of en, fi, sv");
    return Localised.of((JsonObject) null);
  }
}
