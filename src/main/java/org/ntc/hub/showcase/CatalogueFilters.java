package org.ntc.hub.showcase;

import com.github.jknack.handlebars.Handlebars;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.PerWording;
import org.ntc.hub.platform.Terms;
import org.ntc.hub.platform.Views;

/**
 * The catalogue page's filters: for each facet its name, its label and its options, each option with
 * its label in the reader's words, its count and whether the search chose it. Everything but the counts
 * and the choice is the same on every page in a language, so the options' escaped HTML around them is
 * made once for each wording, language and reader, and a page only writes its counts in between.
 */
final class CatalogueFilters {
  private static final List<String> COUNTRIES = Arrays.stream(Country.values()).map(Country::name).toList();

  /** A facet: the query parameter, the key prefix of its labels, its ids in order, and its counts' name. */
  private record Facet(String name, String prefix, List<String> ids, String counted) {}

  private static final List<Facet> FACETS = List.of(
      new Facet("category", "category.", Taxonomy.CATEGORIES, "categories"),
      new Facet("targetGroup", "targetGroup.", Taxonomy.TARGET_GROUPS, "targetGroups"),
      new Facet("country", "country.", COUNTRIES, "countries"),
      new Facet("regulatoryStatus", "regulatory.", Taxonomy.REGULATORY_STATUSES, "regulatoryStatuses"),
      new Facet("evidenceLevel", "evidence.", Taxonomy.EVIDENCE_LEVELS, "evidenceLevels"));

  /** An option as HTML: {@code <option value="id"}, then " selected" if chosen, then {@code >label (}, count, ")". */
  private record Option(String id, String start, String labelled) {}

  private record Shown(Facet facet, String label, List<Option> options) {}

  /** The facets as shown, by language and reader ({@code fi} or {@code fi+plain}). */
  private static final PerWording<Map<String, List<Shown>>> KEPT = new PerWording<>(ConcurrentHashMap::new);

  private CatalogueFilters() {}

  /** The filters of a page with these counts, for this search, in this language and reader's words. */
  static List<Map<String, Object>> of(ShowcaseSearch search, SearchCounts counts, String lang, boolean plain) {
    String[] chosen = {search.category(), search.targetGroup(), search.country() == null ? null : search.country().name(),
        code(search.regulatoryStatus()), code(search.evidenceLevel())};
    List<Shown> shown = shown(lang, plain);
    @SuppressWarnings("unchecked")
    Map<String, Object>[] filters = new Map[shown.size()];
    for (int i = 0; i < filters.length; i++) {
      Shown facet = shown.get(i);
      StringBuilder html = new StringBuilder(64 * facet.options().size());
      for (Option option : facet.options()) {
        html.append(option.start());
        if (option.id().equals(chosen[i])) html.append(" selected");
        html.append(option.labelled()).append(count(counts, facet.facet().counted(), option.id(), lang)).append(")</option>");
      }
      filters[i] = Map.of("name", facet.facet().name(), "label", facet.label(), "options", new Handlebars.SafeString(html));
    }
    return List.of(filters);
  }

  /** Each filter's name and label in this language and reader's words, as the wording is now. */
  static List<Map<String, Object>> labels(String lang, boolean plain) {
    return shown(lang, plain).stream().map(facet -> Map.<String, Object>of("name", facet.facet().name(), "label", facet.label()))
        .toList();
  }

  private static List<Shown> shown(String lang, boolean plain) {
    return KEPT.get().computeIfAbsent(plain ? lang + "+plain" : lang, reader -> FACETS.stream()
        .map(facet -> new Shown(facet, I18n.text(lang, "filter." + facet.name()), facet.ids().stream()
            .map(id -> new Option(id, "<option value=\"" + Views.escaped(id) + "\"",
                ">" + Views.escaped(Terms.label(lang, facet.prefix() + id, plain)) + " ("))
            .toList()))
        .toList());
  }

  /** A facet's count as shown: "at least" when counting stopped at the cap. */
  private static String count(SearchCounts counts, String facet, String id, String lang) {
    long n = counts.count(facet, id);
    return counts.lowerBound() ? Views.escaped(I18n.text(lang, "showcases.countAtLeast", n)) : Long.toString(n);
  }

  private static String code(Coded value) {
    return value == null ? null : value.code();
  }
}
