package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Views;

/**
 * The catalogue's cards, written in Java, read byte for byte as the template wrote them card by card
 * (kept in the tests as {@code test/catalogue-cards}), hostile titles, summaries and alt texts included.
 */
class CatalogueCardsTest {
  private static final String HOSTILE = "<script>alert(\"x&y\")</script> 'quoted' `tick` a=b &amp;";

  @Test
  void sameCardsAsTheTemplateWrote() {
    List<ShowcaseSummary> showcases = showcases();
    for (String lang : I18n.LANGUAGES) {
      for (boolean plain : List.of(false, true)) {
        List<Map<String, Object>> cards = new ArrayList<>();
        for (ShowcaseSummary showcase : showcases) cards.add(ShowcaseCards.card(showcase, lang, plain));
        Map<String, Object> model = new HashMap<>(Map.of("lang", lang, "results", cards));
        String written = "<ul class=\"cards results\">\n  " + CatalogueCards.of(showcases, lang, plain) + "\n</ul>\n";
        assertThat(written).as(lang + (plain ? " plain" : "")).isEqualTo(Views.mailHtml("test/catalogue-cards", model));
      }
    }
    assertThat(Views.mailHtml("test/catalogue-cards", Map.of("lang", "fi", "results", List.of())))
        .as("no results").isEqualTo("<ul class=\"cards results\">\n  " + CatalogueCards.of(List.of(), "fi", false) + "\n</ul>\n");
  }

  @Test
  void hostileTextIsEscaped() {
    String html = CatalogueCards.of(showcases(), "en", true).toString();
    assertThat(html).doesNotContain("<script").doesNotContain("\"x&y\"").doesNotContain("'quoted'")
        .doesNotContain("\"><img").contains("&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt; &#x27;quoted&#x27;"
            + " &#x60;tick&#x60; a&#x3D;b &amp;amp;");
  }

  private static List<ShowcaseSummary> showcases() {
    UUID org = UUID.randomUUID();
    JsonObject hostile = new JsonObject().put("fi", HOSTILE + " fi").put("sv", HOSTILE + " sv").put("en", HOSTILE);
    List<ShowcaseSummary> showcases = new ArrayList<>();
    showcases.add(summary(org, "Tom & \"Jerry\" <Oy>", Localised.of(hostile), Localised.of(hostile), List.of("self-care",
        "remote-monitoring"), List.of("FI", "SE"), EvidenceLevel.values()[0], null));
    showcases.add(summary(org, null, Localised.of(new JsonObject().put("sv", "Bara på svenska & så")),
        Localised.of(new JsonObject().put("en", "Only English <b>")), List.of(), List.of(), null, null));
    UUID first = UUID.randomUUID();
    for (Integer[] size : new Integer[][] {{800, 600}, {null, null}, {0, 0}, {800, null}}) {
      UUID id = UUID.randomUUID();
      ShowcaseImage image = new ShowcaseImage(first, id, "image/png", 10, "\"><img src=x onerror=alert(1)>",
          Localised.of(new JsonObject().put("fi", "Kuva \"lainaus\" & <b>")), null, true, 0, size[0], size[1], false);
      showcases.add(summary(org, "Org", Localised.of(hostile), Localised.of(hostile), List.of("care-coordination"),
          List.of("NO"), EvidenceLevel.values()[1], image));
    }
    return showcases;
  }

  private static ShowcaseSummary summary(UUID org, String orgName, Localised title, Localised summary, List<String> categories,
                                         List<String> countries, EvidenceLevel evidence, ShowcaseImage image) {
    return new ShowcaseSummary(UUID.randomUUID(), org, orgName, title, summary, categories, List.of("older-people"), countries,
        List.of("fi"), null, evidence, OffsetDateTime.parse("2026-01-02T03:04:05Z"), image);
  }
}
