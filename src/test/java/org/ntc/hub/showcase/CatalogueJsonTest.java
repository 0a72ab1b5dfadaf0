package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Paging;

/** The catalogue's JSON written straight from the records is, byte for byte, the document built through maps. */
class CatalogueJsonTest {

  @Test
  @DisplayName("a page with and without images, terms and names reads the same either way, in every language")
  void sameDocument() {
    UUID first = UUID.randomUUID();
    ShowcaseImage image = new ShowcaseImage(UUID.randomUUID(), first, "image/png", 10, "Kuva \"lainaus\"",
        Localised.of("Picture", "Kuva", null), "a.png", true, 1, 640, 480, false);
    ShowcaseImage unsized = new ShowcaseImage(UUID.randomUUID(), first, "image/png", 10, "alt", null, null, true, 1, null,
        null, false);
    ShowcaseSummary withAll = new ShowcaseSummary(first, UUID.randomUUID(), "Hoiva Oy <&>", Localised.of("Title", "Otsikko", "Rubrik"),
        Localised.of(null, "Tiivistelmä – ääkköset", null), List.of("remote-monitoring", "self-care"), List.of("older-people"),
        List.of("FI", "SE"), List.of("fi"), RegulatoryStatus.values()[0], EvidenceLevel.values()[0],
        OffsetDateTime.of(2026, 3, 1, 12, 30, 0, 0, ZoneOffset.UTC), image);
    ShowcaseSummary bare = new ShowcaseSummary(UUID.randomUUID(), UUID.randomUUID(), null, Localised.of("Only English", null, null),
        new Localised(Map.of()), List.of(), List.of(), List.of(), List.of(), null, null, null, null);
    ShowcaseSummary unsizedImage = bare.withImage(unsized);
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    Map<String, Long> categories = new LinkedHashMap<>();
    categories.put("remote-monitoring", 3L);
    categories.put("self-care", 0L);
    facets.put("categories", categories);
    facets.put("countries", Map.of());
    ShowcaseResults results = new ShowcaseResults(List.of(withAll, bare, unsizedImage), new SearchCounts(42, facets, false),
        new Paging(2, 3));
    for (String lang : List.of("fi", "sv", "en")) {
      assertThat(CatalogueJson.of(results, lang).toString()).isEqualTo(results.toJson(lang).encode());
    }
    ShowcaseResults capped = new ShowcaseResults(List.of(bare), new SearchCounts(1000, facets, true), new Paging(1, 20));
    assertThat(CatalogueJson.of(capped, "sv").toString()).isEqualTo(capped.toJson("sv").encode());
    StringBuilder every = new StringBuilder();
    for (char c = 0; c < 0x800; c++) every.append(c);
    every.append("\u2028\u2029\ufeff\uffff");
    String bmp = every.toString();
    String all = bmp + " 😀 𝄞 \ud83d\ude00";
    ShowcaseSummary basic = new ShowcaseSummary(UUID.randomUUID(), UUID.randomUUID(), bmp, Localised.of(bmp, "fi " + bmp, "sv " + all),
        Localised.of(bmp.substring(3), bmp, bmp), List.of(), List.of(), List.of(), List.of(), null, null, null, null);
    ShowcaseSummary escapes = new ShowcaseSummary(UUID.randomUUID(), UUID.randomUUID(), all, Localised.of(all, "fi " + all, null),
        Localised.of("  ", all.substring(1), all.substring(0, 40)), List.of("a\"b"), List.of(), List.of(), List.of(), null, null,
        null, null);
    ShowcaseSummary noEnglish = new ShowcaseSummary(UUID.randomUUID(), UUID.randomUUID(), "x", Localised.of(null, null, "Bara svenska"),
        Localised.of(null, "Sama", "Sama"), List.of(), List.of(), List.of(), List.of(), null, null, null, null);
    ShowcaseResults texts = new ShowcaseResults(List.of(escapes, basic, noEnglish, withAll), new SearchCounts(4, facets, false), new Paging(1, 20));
    for (String lang : List.of("fi", "sv", "en", "de")) {
      // Written to bytes by Jackson's UTF-8 generator, as toBuffer does: characters beyond the BMP as two escapes.
      assertThat(CatalogueJson.of(texts, lang).getBytes()).isEqualTo(texts.toJson(lang).toBuffer().getBytes());
    }
    // Every code the catalogue knows, written from its quoted form: the same bytes as written as a string.
    List<ShowcaseSummary> coded = new java.util.ArrayList<>();
    for (int i = 0; i < Math.max(RegulatoryStatus.values().length, EvidenceLevel.values().length); i++) {
      coded.add(new ShowcaseSummary(UUID.randomUUID(), UUID.randomUUID(), "x", Localised.of("T", null, null), Localised.of("S", null, null),
          Taxonomy.CATEGORIES, Taxonomy.TARGET_GROUPS, List.copyOf(org.ntc.hub.platform.Country.CODES), List.copyOf(Taxonomy.LANGUAGES),
          RegulatoryStatus.values()[i % RegulatoryStatus.values().length], EvidenceLevel.values()[i % EvidenceLevel.values().length],
          null, null));
    }
    ShowcaseResults codes = new ShowcaseResults(coded, new SearchCounts(coded.size(), facets, false), new Paging(1, 20));
    assertThat(CatalogueJson.of(codes, "fi").getBytes()).isEqualTo(codes.toJson("fi").toBuffer().getBytes());
    ShowcaseResults empty = new ShowcaseResults(List.of(), new SearchCounts(0, Map.of(), false), new Paging(1, 20));
    assertThat(CatalogueJson.of(empty, "fi").toString()).isEqualTo(empty.toJson("fi").encode());
  }
}
