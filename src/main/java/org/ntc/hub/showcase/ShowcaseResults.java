package org.ntc.hub.showcase;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.ntc.hub.platform.Paging;

/**
 * One page of a catalogue search, with the total and the facet counts among all the hits; for a
 * text search with more hits than are counted, lower bounds ({@code totalCapped}).
 */
public record ShowcaseResults(List<ShowcaseSummary> items, SearchCounts counts, Paging paging) {

  public long total() {
    return counts.total();
  }

  /** Whether there are more hits than {@link #total()} says (counting stopped at a cap). */
  public boolean totalCapped() {
    return counts.lowerBound();
  }

  public JsonObject toJson(String lang) {
    return paging.page(items.stream().map(s -> s.toJson(lang)).toList(), counts.total())
        .put("totalCapped", counts.lowerBound())
        .put("facets", counts.facetsJson());
  }
}
