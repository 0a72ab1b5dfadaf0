package org.ntc.hub.challenge;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import org.ntc.hub.platform.Invalid;

/**
 * An edit of a need: the fields it names, each checked as a new need's are; the fields it
 * leaves out keep their value. {@code expectedScale} named as null or empty clears it.
 */
record ChallengeChange(JsonObject fields) {

  /** {@code today}: the day at the centre; a changed answer date must be after it. */
  static ChallengeChange from(JsonObject body, LocalDate today) {
    if (body.containsKey("organisationId")) throw new Invalid("organisationId", "cannot be changed");
    NewChallenge.check(body, today, false);
    return new ChallengeChange(body.copy());
  }

  boolean empty() {
    return fields.isEmpty();
  }

  /** The need as it reads with this change. */
  NewChallenge applyTo(Challenge c) {
    JsonObject whole = new JsonObject().put("organisationId", c.organisationId().toString())
        .put("title", c.title().toJson()).put("description", c.description().toJson())
        .put("categories", new JsonArray(c.categories())).put("targetGroups", new JsonArray(c.targetGroups())).put("country", c.country().name())
        .put("languages", new JsonArray(c.languages())).put("responsesDue", c.responsesDue().toString())
        .put("expectedScale", c.expectedScale()).put("scale", c.scale());
    fields.forEach(e -> whole.put(e.getKey(), e.getValue()));
    return NewChallenge.check(whole, null, true);
  }
}
