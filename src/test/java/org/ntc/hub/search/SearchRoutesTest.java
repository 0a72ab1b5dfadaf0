package org.ntc.hub.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.OwnNode;
import org.ntc.hub.support.PageHtml;

/** {@code GET /api/v1/search} and {@code /search}: types, paging, help when nothing is found, bad input, the header box. */
@OwnNode("asserts exact totals over a fixed corpus")
class SearchRoutesTest extends ApiTest {
  @BeforeAll
  static void seed() {
    SearchCorpus.seed(app::execute);
  }

  private JsonObject search(String query) {
    Http.Response response = http.get("/api/v1/search?" + query, null);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.json();
  }

  private static String q(String text) {
    return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static List<String> ids(JsonObject answer) {
    return answer.getJsonArray("items").stream().map(i -> ((JsonObject) i).getString("id")).toList();
  }

  @Test
  @DisplayName("a Swedish word finds Finnish-only content of every type, each item with its type, title, summary and page")
  void crossLanguage() {
    JsonObject answer = search(q("hemtjänst") + "&lang=fi");
    assertThat(ids(answer)).contains(SearchCorpus.id("S1"), SearchCorpus.id("T1"), SearchCorpus.id("L3"));
    JsonObject s1 = answer.getJsonArray("items").stream().map(i -> (JsonObject) i)
        .filter(i -> i.getString("id").equals(SearchCorpus.id("S1"))).findFirst().orElseThrow();
    assertThat(s1.getString("type")).isEqualTo("showcase");
    assertThat(s1.getString("title")).isEqualTo("Kotihoidon etäkäynnit");
    assertThat(s1.getString("url")).isEqualTo("/showcases/" + SearchCorpus.id("S1"));
    assertThat(answer.getJsonObject("facets").getJsonObject("type").getLong("training")).isEqualTo(1);
  }

  @Test
  @DisplayName("type narrows to one kind while the counts per type stay; pages are stable")
  void typeAndPaging() {
    JsonObject trainings = search(q("kotihoito") + "&type=training");
    assertThat(ids(trainings)).containsExactly(SearchCorpus.id("T1"));
    assertThat(trainings.getLong("total")).isEqualTo(1);
    assertThat(trainings.getJsonObject("facets").getJsonObject("type").getLong("showcase")).isEqualTo(1);
    JsonObject first = search(q("äldre") + "&pageSize=2");
    JsonObject second = search(q("äldre") + "&pageSize=2&page=2");
    assertThat(first.getLong("total")).isEqualTo(second.getLong("total")).isGreaterThanOrEqualTo(5);
    assertThat(ids(first)).hasSize(2).doesNotContainAnyElementsOf(ids(second));
    assertThat(second.getInteger("page")).isEqualTo(2);
  }

  @Test
  @DisplayName("target-group words and company names find what is filed under them or offered by them")
  void targetGroupsAndCompanies() {
    assertThat(ids(search(q("ikäihmiset") + "&type=showcase")))
        .containsExactlyInAnyOrder(SearchCorpus.id("S1"), SearchCorpus.id("S3"), SearchCorpus.id("S6"), SearchCorpus.id("S8"));
    assertThat(ids(search(q("Trygga Hem")))).contains(SearchCorpus.id("O2"), SearchCorpus.id("S3"), SearchCorpus.id("S5"));
    JsonObject catalogue = http.get("/api/v1/showcases?" + q("Hoivatek"), null).json();
    assertThat(ids(catalogue)).contains(SearchCorpus.id("S1"), SearchCorpus.id("S6"));
    assertThat(ids(http.get("/api/v1/showcases?" + q("elderly"), null).json())).contains(SearchCorpus.id("S6"), SearchCorpus.id("S8"));
  }

  @Test
  @DisplayName("nothing found: other spellings that find something, and related topics")
  void zeroResults() {
    JsonObject answer = search(q("plodtryck"));
    assertThat(answer.getLong("total")).isZero();
    assertThat(answer.getJsonArray("suggestions").getList()).contains("blodtryck");
    assertThat(answer.getJsonArray("relatedTopics")).isNotEmpty();
    JsonObject nothing = search(q("qqqqxxxx"));
    assertThat(nothing.getJsonArray("items")).isEmpty();
    assertThat(nothing.getJsonArray("suggestions")).isEmpty();
  }

  @Test
  @DisplayName("the index follows changes: a renamed company, withdrawn material, an unverified organisation")
  void indexFollows() {
    app.execute("UPDATE organisation SET name = 'Hoivaväline Oy' WHERE id = '" + SearchCorpus.id("O1") + "'");
    assertThat(ids(search(q("Hoivaväline")))).contains(SearchCorpus.id("O1"), SearchCorpus.id("S1"));
    assertThat(ids(http.get("/api/v1/showcases?" + q("Hoivaväline"), null).json())).contains(SearchCorpus.id("S1"));
    app.execute("UPDATE organisation SET name = 'Hoivatek Oy' WHERE id = '" + SearchCorpus.id("O1") + "'");
    app.execute("UPDATE material SET withdrawn_at = now() WHERE id = '" + SearchCorpus.id("M1") + "'");
    assertThat(ids(search(q("lääkeautomaatti")))).doesNotContain(SearchCorpus.id("M1"));
    app.execute("UPDATE material SET withdrawn_at = NULL WHERE id = '" + SearchCorpus.id("M1") + "'");
    assertThat(ids(search(q("lääkeautomaatti")))).contains(SearchCorpus.id("M1"));
  }

  @Test
  @DisplayName("bad input is a 400 problem, never a 500; signs alone are no error")
  void badInput() {
    for (String bad : List.of("", "q=", q("x".repeat(201)), q("uni") + "&type=people", q("uni") + "&page=0", q("uni") + "&page=x",
        q("uni") + "&pageSize=1000", q("uni") + "&lang=de", "q=%zz")) {
      Http.Response response = http.get("/api/v1/search?" + bad, null);
      assertThat(response.status()).as(bad).isEqualTo(400);
      assertThat(response.header("Content-Type")).as(bad).startsWith("application/problem+json");
    }
    for (String odd : List.of("'&|!():*", "\\", "a:*b", "'); DROP TABLE search_entry; --", "ää öö")) {
      assertThat(http.get("/api/v1/search?" + q(odd), null).status()).as(odd).isEqualTo(200);
    }
    assertThat(http.get("/search?" + q("uni") + "&type=people", null).status()).isEqualTo(400);
    assertThat(http.get("/search?" + q("x".repeat(201)), null).status()).isEqualTo(400);
  }

  @Test
  @DisplayName("/search groups results by type with a heading and count each, in fi, sv and en")
  void page() {
    for (String lang : List.of("fi", "sv", "en")) {
      Element main = PageHtml.main(http.get("/search?lang=" + lang + "&" + q("kotihoito"), null).text());
      assertThat(main.select("form[role=search] label[for=search-q]")).hasSize(1);
      assertThat(main.select("section.search-group h2")).hasSizeGreaterThanOrEqualTo(3);
      assertThat(main.select("section.search-group h2").first().text()).matches(".+ \\(\\d+\\)");
      assertThat(main.select("a[href=/showcases/" + SearchCorpus.id("S1") + "]")).hasSize(1);
      assertThat(main.select("nav.search-types a[aria-current=page]")).hasSize(1);
      assertThat(main.text()).doesNotContain("showcase", "topicolderpeople", "older-people");
    }
    Element sv = PageHtml.main(http.get("/search?lang=sv&" + q("kotihoito") + "&type=training", null).text());
    assertThat(sv.select("section.search-group h2").text()).startsWith("Utbildningar och evenemang");
    assertThat(sv.select("section.search-group li")).hasSize(1);
  }

  @Test
  @DisplayName("a search that finds nothing offers other spellings and related topics as links")
  void zeroResultPage() {
    Element main = PageHtml.main(http.get("/search?lang=en&" + q("plodtryck"), null).text());
    assertThat(main.select("section.search-help h2").text()).isEqualTo("Nothing found");
    assertThat(main.select("section.search-help a[href=/search?q=blodtryck]")).hasSize(1);
    assertThat(main.select("ul.search-topics a")).isNotEmpty();
    Element empty = PageHtml.main(http.get("/search?lang=fi", null).text());
    assertThat(empty.select("input#search-q")).hasSize(1);
    assertThat(empty.select("section.search-help")).isEmpty();
  }

  @Test
  @DisplayName("every page's header has a labelled search box that goes to /search")
  void headerBox() {
    for (String path : List.of("/", "/showcases", "/trainings", "/challenges", "/materials", "/organisations", "/login",
        "/search?q=uni")) {
      Document page = PageHtml.parse(http.get(path + (path.contains("?") ? "&" : "?") + "lang=sv", null).text());
      Element form = page.selectFirst("header form[role=search][action=/search]");
      assertThat(form).as(path).isNotNull();
      assertThat(form.select("label[for=site-search]").text()).as(path).isEqualTo("Sök i allt");
      assertThat(form.select("input#site-search[name=q]")).as(path).hasSize(1);
    }
  }
}
