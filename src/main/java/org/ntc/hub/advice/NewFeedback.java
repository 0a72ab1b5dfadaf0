package org.ntc.hub.advice;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.I18n;

/**
 * Feedback on the site's accessibility: what did not work, and where. A visitor without an
 * account gives an email address to be answered at (and a name if they like); a signed-in
 * person's account is answered, so they give neither.
 */
public record NewFeedback(String page, String description, String name, String email, String language) {
  static final Set<String> FIELDS = Set.of("page", "description", "name", "email");

  public static NewFeedback from(JsonObject body, String language, boolean signedIn) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    String page = errors.text(body, "page", 1, 300, false);
    String description = errors.text(body, "description", 10, 4000, true);
    String name = signedIn ? null : errors.text(body, "name", 1, 120, false);
    String email = signedIn ? null : errors.email(body, "email", true);
    errors.throwIfAny();
    return new NewFeedback(page, description, name, email, I18n.supported(language) ? language : I18n.FALLBACK);
  }

  /** How the queue names it: "Accessibility feedback", and the page it is about when given. */
  public String topic() {
    String topic = I18n.text(language, "accessibility.feedback.topic") + (page == null ? "" : ": " + page);
    return topic.length() <= 160 ? topic : topic.substring(0, 159) + "…";
  }
}
