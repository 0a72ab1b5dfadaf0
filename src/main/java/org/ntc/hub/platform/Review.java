package org.ntc.hub.platform;

import io.vertx.core.json.JsonObject;
import java.util.Optional;
import java.util.Set;

/**
 * Staff's decision on something waiting in the moderation queue (a showcase, a training, a
 * need): approve it, or send it back with a comment saying what to change. {@code version}
 * names what the reviewer saw, so a review of an older version is refused.
 */
public record Review(Decision decision, String comment, Optional<String> version) {

  public enum Decision implements Coded {
    APPROVE, REQUEST_CHANGES;

    @Override
    public String code() {
      return Coded.codeOf(this);
    }
  }

  public static Review from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, Set.of("decision", "comment", "version"));
    Decision decision = errors.choice(body, "decision", Decision.class, true);
    String comment = errors.text(body, "comment", 1, 2000, decision == Decision.REQUEST_CHANGES);
    String version = errors.text(body, "version", 1, 64, false);
    errors.throwIfAny();
    return new Review(decision, comment, Optional.ofNullable(version));
  }

  public boolean approved() {
    return decision == Decision.APPROVE;
  }
}
