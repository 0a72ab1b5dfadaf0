package org.ntc.hub.advice;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.I18n;

/** A question to the centre: what it is about, in which language the asker wants the answer, and from which country. */
public record NewAdviceRequest(String topic, String description, String language, Country country, AskerType organisationType) {
  private static final Set<String> LANGUAGES = Set.copyOf(I18n.LANGUAGES);
  static final Set<String> FIELDS = Set.of("topic", "description", "language", "country", "organisationType");

  public static NewAdviceRequest from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    String topic = errors.text(body, "topic", 3, 160, true);
    String description = errors.text(body, "description", 10, 4000, true);
    String language = errors.oneOf(body, "language", LANGUAGES, true);
    String country = errors.oneOf(body, "country", Country.CODES, true);
    AskerType type = errors.choice(body, "organisationType", AskerType.class, false);
    errors.throwIfAny();
    return new NewAdviceRequest(topic, description, language, Country.valueOf(country), type);
  }
}
