package org.ntc.hub.evidence;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** A showcase's evidence at a glance: for each MAST domain, in order, what public sources say of it. */
public record EvidenceProfile(List<Domain> domains) {

  /** One domain: its statements, newest first, and what they add up to. */
  public record Domain(MastDomain domain, List<Statement> statements) {
    long count(Rating rating) {
      return statements.stream().filter(s -> s.rating() == rating).count();
    }

    /** {@code not-known} without statements; the rating they share; else {@code mixed}. */
    public String overall() {
      if (statements.isEmpty()) return "not-known";
      Rating first = statements.get(0).rating();
      return statements.stream().allMatch(s -> s.rating() == first) ? first.code() : "mixed";
    }

    JsonObject toJson(String lang) {
      JsonObject summary = new JsonObject().put("statements", statements.size())
          .put("positive", count(Rating.POSITIVE)).put("neutral", count(Rating.NEUTRAL)).put("negative", count(Rating.NEGATIVE))
          .put("overall", overall());
      return new JsonObject().put("domain", domain.code()).put("summary", summary)
          .put("statements", new JsonArray(statements.stream().map(s -> s.toJson(lang)).toList()));
    }
  }

  public JsonArray toJson(String lang) {
    return new JsonArray(domains.stream().map(d -> d.toJson(lang)).toList());
  }
}
