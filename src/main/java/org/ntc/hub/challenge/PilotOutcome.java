package org.ntc.hub.challenge;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Localised;

/** What a pilot measured, what came of it, and what the contact point recommends. */
public record PilotOutcome(Localised measured, Localised result, Localised recommendation) {
  static final List<String> PARTS = List.of("measured", "result", "recommendation");

  /** The outcome a body names in {@code outcome}, each part checked as {@code outcome.measured} and so on; null if none. */
  static PilotOutcome from(JsonObject body, FieldErrors errors) {
    Object value = body.getValue("outcome");
    if (value == null) return null;
    if (!(value instanceof JsonObject given)) {
      errors.add("outcome", "must be {measured, result, recommendation}");
      return null;
    }
    List<Localised> parts = PARTS.stream().map(part -> errors.localised(
        new JsonObject().put("outcome." + part, given.getValue(part)), "outcome." + part, 3, 2000, true)).toList();
    return new PilotOutcome(parts.get(0), parts.get(1), parts.get(2));
  }

  /** As stored; null stays null. */
  static PilotOutcome fromJson(JsonObject json) {
    if (json == null) return null;
    return new PilotOutcome(Localised.of(json.getJsonObject("measured")), Localised.of(json.getJsonObject("result")),
        Localised.of(json.getJsonObject("recommendation")));
  }

  public JsonObject toJson() {
    return new JsonObject().put("measured", measured.toJson()).put("result", result.toJson())
        .put("recommendation", recommendation.toJson());
  }
}
