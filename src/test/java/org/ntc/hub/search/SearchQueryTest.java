package org.ntc.hub.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How a typed query becomes a tsquery: inflections by prefix, other languages through the thesaurus. */
class SearchQueryTest {
  @Test
  @DisplayName("a Finnish word stands for its inflected forms and its Swedish and English terms")
  void expandsAcrossLanguages() {
    SearchQuery query = SearchQuery.of("kotihoito");
    assertThat(query.tsquery()).contains("'kotiho':*", "'hemtj", "('home':* <-> 'care':*)", "'topichomecare'");
    assertThat(query.concepts()).extracting(Thesaurus.Concept::id).containsExactly("home-care");
  }

  @Test
  @DisplayName("a Swedish inflected word names its concept; target groups reach their topic lexeme")
  void inflectedAndTargetGroups() {
    assertThat(SearchQuery.of("sömnen").concepts()).extracting(Thesaurus.Concept::id).containsExactly("sleep");
    assertThat(SearchQuery.of("äldre").tsquery()).contains("'topicolderpeople'", "'ikäihm");
    assertThat(SearchQuery.of("ikääntyneet").concepts()).extracting(Thesaurus.Concept::id).contains("older-people");
  }

  @Test
  @DisplayName("a multi-word term is one group; other words are AND-ed; little words and signs are left out")
  void groupsAndLittleWords() {
    SearchQuery query = SearchQuery.of("blood pressure and Hoivatek!");
    assertThat(query.concepts()).extracting(Thesaurus.Concept::id).containsExactly("blood-pressure");
    assertThat(query.tsquery()).endsWith(" & 'hoiva':*").doesNotContain("'and'");
    assertThat(SearchQuery.of("and & | ! ( ) ' :*").isEmpty()).isTrue();
    assertThat(SearchQuery.of("'); DROP TABLE x; --").tsquery()).doesNotContain(";", "(')");
  }

  @Test
  @DisplayName("taxonomy labels, as the bundles word them, name their concept")
  void taxonomyLabels() {
    assertThat(SearchQuery.of("Personer med kroniska sjukdomar", SearchService.thesaurus()).concepts())
        .extracting(Thesaurus.Concept::id).contains("chronic-conditions");
  }

  @Test
  @DisplayName("against the index a concept is one exact lexeme, AND-ed with the prefixes of other words")
  void indexedConcepts() {
    assertThat(SearchQuery.of("sömnen").indexed()).isEqualTo("('topicsleep' | '0csleep')");
    assertThat(SearchQuery.of("home care Hoivatek").indexed()).isEqualTo("('topichomecare' | '0chomecare') & 'hoiva':*");
    Thesaurus.Concept sleep = Thesaurus.shared().concept("sleep").orElseThrow();
    assertThat(SearchQuery.conceptQuery(sleep)).contains("'uni'", "'sömn':*", "'slee':*").doesNotContain("0c");
  }
}
