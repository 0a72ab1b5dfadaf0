package org.ntc.hub.organisation;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.ntc.hub.platform.Paging;

/** One page of the members' directory, and how many organisations the search found in all. */
public record OrganisationPage(List<Organisation> items, long total, Paging paging) {

  public JsonObject toJson(String lang) {
    return paging.page(items.stream().map(o -> o.toJson(lang)).toList(), total);
  }
}
