package org.ntc.hub.contactpoint;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Localised;

/** An announcement to post: its text in at least one of en, fi and sv. */
public record NewAnnouncement(Localised text) {
  private static final Set<String> FIELDS = Set.of("text");

  public static NewAnnouncement from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    Localised text = errors.localised(body, "text", 3, 1000, true);
    errors.throwIfAny();
    return new NewAnnouncement(text);
  }

  /** The page's form: one text area per language, {@code text_fi}, {@code text_sv} and {@code text_en}; empty ones are left out. */
  public static NewAnnouncement fromForm(JsonObject form) {
    JsonObject text = new JsonObject();
    for (String lang : I18n.LANGUAGES) {
      String value = form.getString("text_" + lang, "").strip();
      if (!value.isEmpty()) text.put(lang, value);
    }
    return from(new JsonObject().put("text", text));
  }
}
