package org.ntc.hub.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.search.Thesaurus.Concept;

class ThesaurusTest {
  private final Thesaurus thesaurus = Thesaurus.shared();

  private java.util.List<String> ids(String text) {
    return thesaurus.mentioned(text).stream().map(Concept::id).toList();
  }

  @Test
  @DisplayName("a concept is found in each language and in inflected forms")
  void inflectedFormsInEachLanguage() {
    assertThat(ids("Kotihoidon asiakkaiden unen seuranta")).contains("home-care", "sleep");
    assertThat(ids("Sömnen hos äldres hemtjänst")).contains("sleep", "older-people", "home-care");
    assertThat(ids("Sleep tracking for older people in home care")).contains("sleep", "older-people", "home-care");
    assertThat(ids("Ikäihmisten lääkkeiden annostelu")).contains("older-people", "medication-management");
  }

  @Test
  @DisplayName("a multi-word term needs its words in a row, and a short term is not found inside a longer word")
  void multiWordAndShortTerms() {
    assertThat(ids("blood tests and pressure")).doesNotContain("blood-pressure");
    assertThat(ids("home blood pressure")).contains("blood-pressure");
    assertThat(ids("kollegor")).doesNotContain("lung");
  }

  @Test
  @DisplayName("every concept has terms in all three languages")
  void everyConceptIsTrilingual() {
    assertThat(thesaurus.concepts()).hasSizeGreaterThan(40).allSatisfy(concept ->
        assertThat(concept.terms()).allSatisfy((lang, terms) -> assertThat(terms).as(concept.id() + " " + lang).isNotEmpty()));
  }
}
