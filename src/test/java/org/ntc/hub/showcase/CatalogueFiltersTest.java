package org.ntc.hub.showcase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.jknack.handlebars.Handlebars;
import io.vertx.core.MultiMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Terms;

/** The filters' options, written once for each language and reader, read as the template wrote them option by option. */
class CatalogueFiltersTest {
  private static final String OPTIONS =
      "{{#each options}}<option value=\"{{value}}\"{{#if selected}} selected{{/if}}>{{label}} ({{count}})</option>{{/each}}";

  @Test
  void sameOptionsAsTheTemplateWrote() throws Exception {
    var template = new Handlebars().compileInline(OPTIONS);
    List<Facet> facets = List.of(new Facet("category", "category.", Taxonomy.CATEGORIES, "categories"),
        new Facet("targetGroup", "targetGroup.", Taxonomy.TARGET_GROUPS, "targetGroups"),
        new Facet("country", "country.", List.of(java.util.Arrays.stream(Country.values()).map(Country::name)
            .toArray(String[]::new)), "countries"),
        new Facet("regulatoryStatus", "regulatory.", Taxonomy.REGULATORY_STATUSES, "regulatoryStatuses"),
        new Facet("evidenceLevel", "evidence.", Taxonomy.EVIDENCE_LEVELS, "evidenceLevels"));
    Map<String, Map<String, Long>> facetCounts = new HashMap<>();
    for (Facet facet : facets) {
      Map<String, Long> counts = new HashMap<>();
      for (int i = 0; i < facet.ids().size(); i += 2) counts.put(facet.ids().get(i), 1000L + i);
      facetCounts.put(facet.counted(), counts);
    }
    ShowcaseSearch search = ShowcaseSearch.from(MultiMap.caseInsensitiveMultiMap().add("category", "self-care")
        .add("targetGroup", "families").add("country", "SE").add("regulatoryStatus", "mdr-class-iia").add("evidenceLevel", "pilot"));
    String[] chosen = {"self-care", "families", "SE", "mdr-class-iia", "pilot"};
    for (boolean lowerBound : List.of(false, true)) {
      SearchCounts counts = new SearchCounts(5000, facetCounts, lowerBound);
      for (String lang : I18n.LANGUAGES) {
        for (boolean plain : List.of(false, true)) {
          for (ShowcaseSearch asked : List.of(search, ShowcaseSearch.from(MultiMap.caseInsensitiveMultiMap()))) {
            List<Map<String, Object>> filters = CatalogueFilters.of(asked, counts, lang, plain);
            for (int i = 0; i < facets.size(); i++) {
              Facet facet = facets.get(i);
              String selected = asked == search ? chosen[i] : null;
              List<Map<String, Object>> options = facet.ids().stream().map(id -> Map.<String, Object>of("value", id,
                  "label", Terms.label(lang, facet.prefix() + id, plain), "selected", id.equals(selected),
                  "count", lowerBound ? I18n.text(lang, "showcases.countAtLeast", counts.count(facet.counted(), id))
                      : counts.count(facet.counted(), id))).toList();
              String what = lang + (plain ? " plain " : " ") + facet.name() + (lowerBound ? " at least" : "");
              assertEquals(template.apply(Map.of("options", options)), filters.get(i).get("options").toString(), what);
              assertEquals(facet.name(), filters.get(i).get("name"), what);
              assertEquals(I18n.text(lang, "filter." + facet.name()), filters.get(i).get("label"), what);
            }
          }
        }
      }
    }
  }

  private record Facet(String name, String prefix, List<String> ids, String counted) {}
}
