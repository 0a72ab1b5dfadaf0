package org.ntc.hub.organisation;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import java.util.stream.Collectors;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.OrganisationType;

/**
 * A new organisation, or (with {@link #change}) an edit where absent fields keep their value; in an
 * edit's description, a language given as empty text is removed.
 */
public record NewOrganisation(String name, OrganisationType type, Country country, String website, Localised description,
                              Set<String> present, Set<String> clearedLanguages) {
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
    OrganisationType type = creating ? errors.choice(body, "type", OrganisationType.class, true) : null;
    Country country = creating || body.containsKey("country") ? country(body, "country", true, errors) : null;
    String website = errors.url(body, "website", false);
    Localised description = description(body, lang, errors);
    errors.throwIfAny();
    return new NewOrganisation(name, type, country, website, description, body.fieldNames(), cleared(body));
  }

  /** The description's languages given as empty text. */
  private static Set<String> cleared(JsonObject body) {
    if (!(body.getValue("description") instanceof JsonObject json)) return Set.of();
    return json.fieldNames().stream().filter(I18n::supported)
        .filter(lang -> json.getValue(lang) instanceof String text && text.isBlank()).collect(Collectors.toUnmodifiableSet());
  }

  /** One of the countries, by its ISO code. */
  static Country country(JsonObject body, String field, boolean required, FieldErrors errors) {
    String code = errors.oneOf(body, field, Country.CODES, required);
    return code == null ? null : Country.valueOf(code);
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
        if (!I18n.supported(key)) errors.add("description." + key, "is not a language: use en, fi or sv");
        else errors.text(json, key, 0, 4000, false);
      }
      return Localised.of(json);
    }
    errors.add("description", "must be text or an object of en, fi, sv");
    return Localised.of((JsonObject) null);
  }
}
