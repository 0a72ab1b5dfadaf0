package org.ntc.hub.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.OwnNode;

/**
 * Search quality on a fixed set of realistic queries in Finnish, Swedish and English against
 * known content ({@link SearchCorpus}): inflected forms, compounds, other languages, target-group
 * words, company names and typos (a typo that finds nothing counts through its first "did you
 * mean"). Recall at 10 = the share of each query's expected items among its first ten results,
 * averaged over the queries.
 */
@OwnNode("measures recall against a fixed corpus and nothing else")
class SearchQualityTest extends ApiTest {
  private static final double RECALL_FLOOR = 0.9;

  private record Case(String query, List<String> expected) {}

  private static Case q(String query, String... expected) {
    return new Case(query, List.of(expected));
  }

  private static final List<Case> CASES = List.of(
      // Finnish: base forms, inflections, compounds, company names
      q("kotihoito", "S1", "T1", "L3", "C2", "L2"),
      q("kotihoidon", "S1", "T1"),
      q("kotihoitoon", "S1", "T1"),
      q("ikäihmiset", "S1", "S3", "S6", "S8", "C1"),
      q("uni", "S2", "S9"),
      q("unettomuus", "S2", "S9"),
      q("turvaranneke", "S6"),
      q("kaatuminen", "S6", "C2"),
      q("muistisairaus", "S8"),
      q("lääkeautomaatti", "M1", "S3"),
      q("verenpaine", "S5", "T2"),
      q("yksinäisyys", "C1"),
      q("Hoivatek", "O1", "S1", "S6", "S2"),
      q("omaishoitaja", "S7"),
      q("etäseuranta", "S5", "L1"),
      q("lääkkeiden", "S3", "M1", "L3"),
      q("unen", "S2"),
      // Swedish
      q("hemtjänst", "S1", "T1", "C2", "L2"),
      q("äldre", "S1", "S3", "S6", "S8", "C1"),
      q("sömn", "S2", "S9"),
      q("läkemedelsautomat", "S3", "M1"),
      q("trygghetslarm", "S6"),
      q("blodtryck", "S5", "T2"),
      q("ensamhet", "C1"),
      q("demens", "S8"),
      q("anhörigvårdare", "S7"),
      q("Trygga Hem", "O2", "S3"),
      q("videobesök", "S1", "L2"),
      q("rehabilitering", "S4"),
      q("fallolyckor", "C2", "S6"),
      // English
      q("home care", "S1", "T1", "C2", "L2", "L3"),
      q("sleep", "S2", "S9"),
      q("elderly", "S1", "S3", "S6", "S8", "C1"),
      q("older people", "S1", "S3", "S6", "S8", "C1"),
      q("blood pressure", "S5", "T2"),
      q("medicine dispenser", "S3", "M1", "L3"),
      q("dementia", "S8"),
      q("loneliness", "C1"),
      q("heart failure", "L1"),
      q("knee rehabilitation", "S4"),
      q("family carer", "S7"),
      q("video consultation", "S1", "L2"),
      q("monitoring", "S5", "L1"),
      // Typos
      q("kotihoto", "S1", "T1"),
      q("hemtjänts", "S1", "C2"),
      q("dementai", "S8"),
      q("Hoivatec", "O1"),
      q("blodtrtyck", "S5", "T2"),
      q("loneliess", "C1"),
      q("muistisiaraus", "S8"));

  @BeforeAll
  static void seed() {
    SearchCorpus.seed(app::execute);
  }

  private List<String> top10(String query) {
    JsonObject answer = http.get("/api/v1/search?pageSize=10&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), null).json();
    if (answer.getLong("total") == 0 && !answer.getJsonArray("suggestions").isEmpty()) {
      return top10(answer.getJsonArray("suggestions").getString(0));
    }
    return answer.getJsonArray("items").stream().map(i -> ((JsonObject) i).getString("id")).toList();
  }

  @Test
  @DisplayName("recall at 10 over 50 queries in fi, sv and en is at least 0.9")
  void recallAtTen() {
    assertThat(CASES).hasSizeGreaterThanOrEqualTo(40);
    double sum = 0;
    List<String> misses = new ArrayList<>();
    for (Case c : CASES) {
      List<String> found = top10(c.query());
      long hits = c.expected().stream().filter(key -> found.contains(SearchCorpus.id(key))).count();
      sum += (double) hits / c.expected().size();
      c.expected().stream().filter(key -> !found.contains(SearchCorpus.id(key)))
          .forEach(key -> misses.add(c.query() + " → " + key + " " + SearchCorpus.TITLES.get(key)));
    }
    double recall = sum / CASES.size();
    System.out.printf(Locale.ROOT, "search recall@10 over %d queries: %.3f; missed: %s%n", CASES.size(), recall, misses);
    assertThat(recall).as("recall@10; missed: " + misses).isGreaterThanOrEqualTo(RECALL_FLOOR);
  }

  @Test
  @DisplayName("precision: what is found is about the query, not merely near it")
  void precision() {
    assertThat(top10("blood pressure")).doesNotContain(SearchCorpus.id("S4"), SearchCorpus.id("S9"), SearchCorpus.id("S2"));
    assertThat(top10("blood pressure").get(0)).isIn(SearchCorpus.id("S5"), SearchCorpus.id("T2"));
    assertThat(top10("kotihoito")).doesNotContain(SearchCorpus.id("S4"), SearchCorpus.id("S9"), SearchCorpus.id("S5"));
    assertThat(top10("sömn")).doesNotContain(SearchCorpus.id("S5"), SearchCorpus.id("S3"));
    assertThat(top10("knee")).containsExactly(SearchCorpus.id("S4"));
  }

  @Test
  @DisplayName("drafts, pending, archived, withdrawn, members-only and unverified items are never found")
  void nothingPrivate() {
    for (String query : List.of("kotihoito", "kotihoidon", "luonnos", "odottava", "arkistoitu", "vahvistamaton", "sisäinen",
        "vanhentunut", "keskeneräinen", "Salaperäinen Startup")) {
      List<String> found = top10(query);
      for (String key : List.of("X1", "X2", "X3", "X4", "X5", "X6", "X7", "X8", "X9", "XA", "O4")) {
        assertThat(found).as(query + " must not find " + key).doesNotContain(SearchCorpus.id(key));
      }
    }
  }
}
