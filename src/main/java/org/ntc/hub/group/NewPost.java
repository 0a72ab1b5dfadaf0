package org.ntc.hub.group;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;

/** A reply in a thread, in Markdown. */
public record NewPost(String text) {
  static final int MAX_TEXT = 8000;
  static final Set<String> FIELDS = Set.of("text");

  public static NewPost from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    String text = errors.text(body, "text", 1, MAX_TEXT, true);
    errors.throwIfAny();
    return new NewPost(text);
  }
}
