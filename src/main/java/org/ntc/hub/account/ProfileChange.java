package org.ntc.hub.account;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.I18n;

/** An edit of one's own profile; absent fields keep their value. */
public record ProfileChange(String name, String title, String expertise, List<String> languages, String locale,
                            JsonObject visibility, Set<String> present) {
  static final Set<String> FIELDS_WITH_VISIBILITY = Set.of("name", "title", "organisations", "expertise", "languages");
  static final Set<String> SPOKEN = Set.of("fi", "sv", "en", "no", "da", "de", "et", "ru", "se", "ar", "so", "uk", "fr", "es");
  private static final Set<String> FIELDS = Set.of("name", "title", "expertise", "languages", "locale", "visibility");

  public static ProfileChange from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    String name = body.containsKey("name") ? errors.text(body, "name", 1, 120, true) : null;
    String title = errors.text(body, "title", 0, 120, false);
    String expertise = errors.text(body, "expertise", 0, 1000, false);
    List<String> languages = errors.stringList(body, "languages", SPOKEN, 10);
    String locale = errors.oneOf(body, "locale", Set.copyOf(I18n.LANGUAGES), false);
    JsonObject visibility = null;
    Object raw = body.getValue("visibility");
    if (raw != null) {
      if (!(raw instanceof JsonObject v)) {
        errors.add("visibility", "must be an object of field: public | members | private");
      } else {
        for (String field : v.fieldNames()) {
          if (!FIELDS_WITH_VISIBILITY.contains(field)) errors.add("visibility." + field, "is not a profile field");
          else if (!(v.getValue(field) instanceof String level) || !Visibility.CODES.contains(level)) {
            errors.add("visibility." + field, "must be public, members or private");
          }
        }
        visibility = v;
      }
    }
    errors.throwIfAny();
    return new ProfileChange(name, title, expertise, languages, locale, visibility, body.fieldNames());
  }

  boolean has(String field) {
    return present.contains(field);
  }
}
