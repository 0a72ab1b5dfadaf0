package org.ntc.hub.review;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.I18n;

/** What the author changes in their review: only the fields given. */
public record ReviewChange(ReviewSetting setting, ReviewDuration duration, String worked, String didNotWork,
                           Recommendation recommend, String lang) {
  static final Set<String> FIELDS = Set.of("setting", "duration", "worked", "didNotWork", "recommend", "lang");

  public static ReviewChange from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    ReviewSetting setting = errors.choice(body, "setting", ReviewSetting.class, false);
    ReviewDuration duration = errors.choice(body, "duration", ReviewDuration.class, false);
    String worked = nonBlank(body, "worked", errors);
    String didNotWork = nonBlank(body, "didNotWork", errors);
    Recommendation recommend = errors.choice(body, "recommend", Recommendation.class, false);
    String lang = errors.oneOf(body, "lang", Set.copyOf(I18n.LANGUAGES), false);
    errors.throwIfAny();
    return new ReviewChange(setting, duration, worked, didNotWork, recommend, lang);
  }

  /** A text that is given must say something: a review keeps both of its texts. */
  private static String nonBlank(JsonObject body, String field, FieldErrors errors) {
    return errors.text(body, field, 1, NewReview.MAX_TEXT, body.containsKey(field));
  }

  NewReview applied(Review review) {
    return new NewReview(setting != null ? setting : review.setting(), duration != null ? duration : review.duration(),
        worked != null ? worked : review.worked(), didNotWork != null ? didNotWork : review.didNotWork(),
        recommend != null ? recommend : review.recommend(), lang != null ? lang : review.lang(), review.organisationId());
  }
}
