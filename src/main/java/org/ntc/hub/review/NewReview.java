package org.ntc.hub.review;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.I18n;

/**
 * A "we tried it" review as its author writes it. {@code organisationId} names which of the
 * author's verified care organisations they speak from (their first when left out); {@code lang}
 * is the language they wrote in (the request's when left out).
 */
public record NewReview(ReviewSetting setting, ReviewDuration duration, String worked, String didNotWork,
                        Recommendation recommend, String lang, UUID organisationId) {
  static final Set<String> FIELDS = Set.of("setting", "duration", "worked", "didNotWork", "recommend", "lang", "organisationId");
  static final int MAX_TEXT = 2000;

  public static NewReview from(JsonObject body, String requestLang) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    ReviewSetting setting = errors.choice(body, "setting", ReviewSetting.class, true);
    ReviewDuration duration = errors.choice(body, "duration", ReviewDuration.class, true);
    String worked = errors.text(body, "worked", 1, MAX_TEXT, true);
    String didNotWork = errors.text(body, "didNotWork", 1, MAX_TEXT, true);
    Recommendation recommend = errors.choice(body, "recommend", Recommendation.class, true);
    String lang = errors.oneOf(body, "lang", Set.copyOf(I18n.LANGUAGES), false);
    UUID organisationId = errors.uuid(body, "organisationId", false);
    errors.throwIfAny();
    return new NewReview(setting, duration, worked, didNotWork, recommend, lang == null ? requestLang : lang, organisationId);
  }
}
