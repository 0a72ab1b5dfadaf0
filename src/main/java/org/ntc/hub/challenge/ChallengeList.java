package org.ntc.hub.challenge;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.ntc.hub.platform.Paging;

/** One page of published needs, and how many there are in all. */
public record ChallengeList(List<Challenge> items, long total) {

  public JsonObject toJson(Paging paging, String lang) {
    return paging.page(Challenge.toJson(items, lang), total);
  }
}
