package org.ntc.hub.search;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.ntc.hub.platform.I18n;

/**
 * One page of what a search found, with the hits per type (each counted up to
 * {@link SearchRepository#COUNTED}, beyond which {@code capped} says "or more"), and for a search
 * that found nothing, other spellings that find something and the topics it touches.
 */
public record SearchResults(SearchRequest request, SearchQuery query, List<SearchHit> items, long total,
                            Map<SearchType, Long> counts, List<String> suggestions, List<Thesaurus.Concept> topics) {
  public boolean capped(long count) {
    return count > SearchRepository.COUNTED;
  }

  /** A topic's name for a reader: the taxonomy's label where the concept is a category or target group. */
  public static String label(Thesaurus.Concept concept, String lang) {
    for (String prefix : I18n.OVERRIDABLE_PREFIXES) {
      if (I18n.has(prefix + concept.id())) return I18n.text(lang, prefix + concept.id());
    }
    String term = concept.label(lang);
    return term.isEmpty() ? term : Character.toUpperCase(term.charAt(0)) + term.substring(1);
  }

  public JsonObject toJson(String lang) {
    JsonObject facets = new JsonObject();
    counts.forEach((type, n) -> facets.put(type.code(), Math.min(n, SearchRepository.COUNTED)));
    JsonObject json = new JsonObject()
        .put("items", new JsonArray(items.stream().map(hit -> hit.toJson(lang)).toList()))
        .put("total", Math.min(total, SearchRepository.COUNTED))
        .put("totalCapped", capped(total))
        .put("page", request.paging().page())
        .put("pageSize", request.paging().pageSize())
        .put("facets", new JsonObject().put("type", facets))
        .put("suggestions", new JsonArray(suggestions))
        .put("relatedTopics", new JsonArray(topics.stream()
            .map(c -> new JsonObject().put("id", c.id()).put("label", label(c, lang))).toList()));
    return json;
  }
}
