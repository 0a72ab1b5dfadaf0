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

  @Test
  @DisplayName("against the catalogue a concept is its lexeme only where its documents were derived with the concept's query")
  void listedConcepts() {
    SearchQuery derived = SearchQuery.of("turvaranneke", Thesaurus.shared(), concept -> true);
    // The word as typed is one of the concept's terms, so the concept's lexeme already finds it.
    assertThat(derived.listed()).isEqualTo("('topicsafetyandalarms' | '0csafetyandalarms')");
    assertThat(derived.tsquery()).isEqualTo(SearchQuery.of("turvaranneke").tsquery());
    // An inflected form's prefix begins with a term's ('kotihoit' with 'kotiho', 'sömne' with 'sömn'): every text it
    // finds names the concept, so the concept's lexeme finds it, and the prefix is not read from the index at all.
    assertThat(SearchQuery.of("kotihoitoon", Thesaurus.shared(), concept -> true).listed())
        .isEqualTo("('topichomecare' | '0chomecare')");
    assertThat(SearchQuery.of("sömnen Hoivatek", Thesaurus.shared(), concept -> true).listed())
        .isEqualTo("('topicsleep' | '0csleep') & 'hoiva':*");
    assertThat(SearchQuery.of("video visits", Thesaurus.shared(), concept -> true).listed())
        .isEqualTo("('topicvideoconsultation' | '0cvideoconsultation')");
    assertThat(SearchQuery.of("fall detector", Thesaurus.shared(), concept -> true).listed()).isEqualTo("('topicfall' | '0cfall')");
    assertThat(SearchQuery.of("fallarm", Thesaurus.shared(), concept -> true).listed()).isEqualTo("('topicfall' | '0cfall')");
    assertThat(SearchQuery.of("kaatumisilmaisin", Thesaurus.shared(), concept -> true).listed()).isEqualTo("('topicfall' | '0cfall')");
    // A prefix shorter than every term's still finds texts no term does: kept.
    assertThat(SearchQuery.of("kotihoi", Thesaurus.shared(), concept -> true).listed()).isEqualTo("('topichomecare' | '0chomecare' | 'kotih':*)");
    // Not derived (the vocabulary changed since): every phrase of the terms, as in the tsquery.
    SearchQuery underived = SearchQuery.of("kotihoito", Thesaurus.shared(), concept -> false);
    assertThat(underived.listed()).doesNotContain("0c").contains("'hemtj", "('home':* <-> 'care':*)", "'topichomecare'");
    assertThat(SearchQuery.of("and").listed()).isEmpty();
  }
}
