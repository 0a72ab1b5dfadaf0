package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import org.ntc.hub.platform.Database;
import org.ntc.hub.platform.Db;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.OwnNode;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.TestDatabase;

/**
 * A catalogue larger than the search counts: a text search with more hits than that says its
 * counts are lower bounds, and its first page still holds the best matches, in order, even when
 * they were published after a thousand showcases found only through the thesaurus.
 */
@OwnNode("asserts totals and facet counts over the whole catalogue")
class ShowcaseSearchCapTest extends ApiTest {
  /** Found for "turvaranneke" only through the thesaurus (the concept's other terms). */
  static final int WIDENED = 1100;
  /** Name the product as typed, in the title; published last, so a search reading in table order meets them last. */
  static final int EXACT = 5;
  static final List<String> exact = new ArrayList<>();
  static final List<String> widened = new ArrayList<>();

  @BeforeAll
  static void catalogue() throws Exception {
    UUID organisation = UUID.randomUUID();
    try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(app.dbUrl()))) {
      c.setAutoCommit(false);
      CatalogueRows.organisation(c, organisation, "Hälytin Oy", "https://halytin.example", "Hälyttimiä", true);
      List<CatalogueRows.Published> rows = new ArrayList<>();
      OffsetDateTime now = OffsetDateTime.now();
      for (int i = 0; i < WIDENED + EXACT; i++) {
        boolean named = i >= WIDENED;
        UUID id = UUID.randomUUID();
        // The widened ones are spread over the last years; the named ones are the newest.
        OffsetDateTime published = named ? now.minusMinutes(WIDENED + EXACT - i) : now.minusDays(30).minusMinutes(7L * i % 5000);
        rows.add(new CatalogueRows.Published(id, organisation, content(named, named ? List.of("FI", "NO") : List.of("FI")), published));
        (named ? exact : widened).add(id.toString());
      }
      CatalogueRows.published(c, rows);
      c.commit();
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        s.execute("VACUUM ANALYZE showcase_listing");
      }
    }
  }

  private static JsonObject content(boolean named, List<String> countries) {
    // The others name the concept in their descriptions only, by its other terms: found, but ranked below.
    JsonObject title = named
        ? new JsonObject().put("fi", "Turvaranneke kotiin").put("sv", "Armband hemma").put("en", "Wristband at home")
        : new JsonObject().put("fi", "Kotiapu").put("sv", "Hemhjälp").put("en", "Help at home");
    JsonObject description = named
        ? new JsonObject().put("fi", "Kotihoidon asiakkaille.").put("sv", "För hemtjänstens kunder.").put("en", "For home care clients.")
        : new JsonObject().put("fi", "Turvapuhelin kotihoidon asiakkaille.").put("sv", "Trygghetslarm för hemtjänstens kunder.")
            .put("en", "A personal alarm for home care clients.");
    return new JsonObject()
        .put("title", title)
        .put("summary", new JsonObject().put("fi", "Apua kotona.").put("sv", "Hjälp hemma.").put("en", "Help at home."))
        .put("description", description)
        .put("categories", new JsonArray().add("safety-and-alarms"))
        .put("targetGroups", new JsonArray().add("older-people"))
        .put("countries", new JsonArray(countries))
        .put("languages", new JsonArray().add("fi").add("sv").add("en"))
        .put("regulatoryStatus", "not-medical-device")
        .put("evidenceLevel", "routine-use")
        .put("website", null)
        .put("contactEmail", null);
  }

  /** The named showcases, newest first (they are named alike, so rank alike). */
  private static List<String> newestFirst() {
    List<String> ids = new ArrayList<>(exact);
    Collections.reverse(ids);
    return ids;
  }

  private JsonObject search(String query) {
    var response = http.get("/api/v1/showcases?" + query, null);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.json();
  }

  private static List<String> ids(JsonObject page) {
    return page.getJsonArray("items").stream().map(i -> ((JsonObject) i).getString("id")).toList();
  }

  private static long count(JsonObject page, String facet, String id) {
    return page.getJsonObject("facets").getJsonArray(facet).stream().map(f -> (JsonObject) f)
        .filter(f -> f.getString("id").equals(id)).map(f -> f.getLong("count")).findFirst().orElse(0L);
  }

  @Test
  @DisplayName("more hits than are counted: the total and the facet counts are lower bounds, and say so")
  void capped() {
    JsonObject page = search("q=turvaranneke&pageSize=10");
    assertThat(page.getBoolean("totalCapped")).isTrue();
    assertThat(page.getLong("total")).isEqualTo(ShowcaseSearchSql.COUNTED);
    assertThat(count(page, "countries", "FI")).isEqualTo(ShowcaseSearchSql.COUNTED);
    assertThat(count(page, "categories", "safety-and-alarms")).isEqualTo(ShowcaseSearchSql.COUNTED);
    assertThat(count(page, "countries", "NO")).isBetween(1L, (long) EXACT);
  }

  @Test
  @DisplayName("the first page holds the showcases naming the product as typed, best and newest first, then the rest in order")
  void firstPage() {
    JsonObject page = search("q=turvaranneke&pageSize=20");
    List<String> ids = ids(page);
    assertThat(ids).hasSize(20);
    assertThat(ids.subList(0, EXACT)).containsExactlyElementsOf(newestFirst());
    assertThat(widened).containsAll(ids.subList(EXACT, 20));
    List<String> published = page.getJsonArray("items").stream().skip(EXACT)
        .map(i -> ((JsonObject) i).getString("publishedAt")).toList();
    assertThat(published).isSortedAccordingTo((a, b) -> OffsetDateTime.parse(b).compareTo(OffsetDateTime.parse(a)));
    List<String> next = ids(search("q=turvaranneke&pageSize=20&page=2"));
    assertThat(next).hasSize(20).doesNotContainAnyElementsOf(ids);
  }

  @Test
  @DisplayName("pages reach as far as the ranked candidates, and no further")
  void paging() {
    int pageSize = 100;
    int last = ShowcaseSearchSql.CANDIDATES / pageSize;
    assertThat(ids(search("q=turvaranneke&pageSize=" + pageSize + "&page=" + last))).hasSize(pageSize);
    JsonObject beyond = search("q=turvaranneke&pageSize=" + pageSize + "&page=" + (last + 1));
    assertThat(beyond.getJsonArray("items")).isEmpty();
    assertThat(beyond.getBoolean("totalCapped")).isTrue();
  }

  @Test
  @DisplayName("fewer hits than the cap, or no text: counted and ranked exactly, as before")
  void exactBelowTheCap() {
    JsonObject narrow = search("q=turvaranneke&country=NO");
    assertThat(narrow.getBoolean("totalCapped")).isFalse();
    assertThat(narrow.getLong("total")).isEqualTo(EXACT);
    assertThat(ids(narrow)).containsExactlyElementsOf(newestFirst());
    assertThat(count(narrow, "countries", "FI")).isEqualTo(EXACT);
    JsonObject browse = search("country=FI");
    assertThat(browse.getBoolean("totalCapped")).isFalse();
    assertThat(browse.getLong("total")).isEqualTo(WIDENED + EXACT);
    assertThat(count(browse, "categories", "safety-and-alarms")).isEqualTo(WIDENED + EXACT);
    assertThat(ids(search("q=%22turvaranneke%22&pageSize=100"))).containsExactlyElementsOf(newestFirst());
  }

  @Test
  @DisplayName("the catalogue page says \"more than 1,000\" in fi, sv and en, and marks its filter counts as lower bounds")
  void page() {
    Element fi = PageHtml.main(http.get("/showcases?lang=fi&q=turvaranneke", null).text());
    assertThat(fi.selectFirst("#result-count").text()).startsWith("Yli 1").endsWith("000 ratkaisua");
    assertThat(fi.selectFirst("#result-count-note")).isNotNull();
    assertThat(fi.select("#filter-country option").text()).contains("+)");
    Element sv = PageHtml.main(http.get("/showcases?lang=sv&q=turvaranneke", null).text());
    assertThat(sv.selectFirst("#result-count").text()).startsWith("Över 1").endsWith("000 lösningar");
    Element en = PageHtml.main(http.get("/showcases?lang=en&q=turvaranneke", null).text());
    assertThat(en.selectFirst("#result-count").text()).isEqualTo("More than 1,000 solutions");
    Element narrow = PageHtml.main(http.get("/showcases?lang=en&q=turvaranneke&country=NO", null).text());
    assertThat(narrow.selectFirst("#result-count").text()).isEqualTo("5 solutions");
    assertThat(narrow.selectFirst("#result-count-note")).isNull();
    assertThat(narrow.select("#filter-country option").text()).doesNotContain("+)");
  }

  @Test
  @DisplayName("a text search's page and counts come from one statement, as the page and the counts apart would answer them")
  void oneStatement() {
    Vertx vertx = Vertx.vertx();
    Pool pool = Db.pool(vertx, Database.external(app.dbUrl()).connectOptions());
    try {
      for (String query : List.of("q=turvaranneke&pageSize=10", "q=turvaranneke&pageSize=20&page=3",
          "q=turvaranneke&country=NO", "q=turvaranneke&pageSize=100&page=11", "q=%22turvaranneke%22&pageSize=50",
          "q=zzxqvw", "q=turvaranneke&country=SE")) {
        io.vertx.core.MultiMap params = io.vertx.core.MultiMap.caseInsensitiveMultiMap();
        for (String pair : query.split("&")) {
          String[] kv = pair.split("=", 2);
          params.add(kv[0], java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        ShowcaseSearch search = ShowcaseSearch.from(params);
        ShowcaseSearchSql sql = ShowcaseSearchSql.of(search);
        ShowcaseResults together = sql.pageAndCounts(Http.awaitResult(pool.withTransaction(tx -> tx.query(ShowcaseRepository.TEXT_PLAN)
            .execute().compose(done -> tx.preparedQuery(sql.pageAndCounts()).execute(sql.pageParams())))), search.paging());
        List<ShowcaseSummary> page = new ArrayList<>();
        Http.awaitResult(pool.withTransaction(tx -> tx.query(ShowcaseRepository.TEXT_PLAN).execute()
            .compose(done -> tx.preparedQuery(separatePage(sql)).execute(sql.pageParams())))).forEach(r -> page.add(ShowcaseSummary.fromRow(r)));
        SearchCounts counts = sql.counts(Http.awaitResult(pool.withTransaction(tx -> tx.query(ShowcaseRepository.TEXT_PLAN).execute()
            .compose(done -> tx.preparedQuery(separateCounts(sql)).execute(sql.params())))).iterator().next());
        assertThat(together.items()).as(query).isEqualTo(page);
        assertThat(together.counts()).as(query).isEqualTo(counts);
      }
    } finally {
      Http.awaitResult(pool.close());
      Http.awaitResult(vertx.close());
    }
  }

  /**
   * A text search's page as its own statement, as the catalogue asked for it before page and counts
   * were one: best text match first among the candidates, then newest; only the page's rows read whole.
   */
  private static String separatePage(ShowcaseSearchSql sql) {
    int n = sql.values().size() + (sql.widenedQuery() == null ? 0 : 1);
    return "SELECT " + ShowcaseSummary.COLUMNS + " FROM (SELECT c.showcase_id, c.rank, c.published_at FROM ("
        + sql.candidates("l.showcase_id, ts_rank(l.head, " + sql.textQuery(sql.values().size() + 1) + ") AS rank, l.published_at",
            ShowcaseSearchSql.CANDIDATES)
        + ") AS c ORDER BY c.rank DESC, c.published_at DESC, c.showcase_id LIMIT $" + (n + 1) + " OFFSET $" + (n + 2) + ") AS hit"
        + " JOIN showcase_listing l ON l.showcase_id = hit.showcase_id"
        + " ORDER BY hit.rank DESC, hit.published_at DESC, hit.showcase_id";
  }

  /** A text search's total and facet counts as their own statement, over at most {@code COUNTED} + 1 hits. */
  private static String separateCounts(ShowcaseSearchSql sql) {
    return ShowcaseSearchSql.COUNTS + " FROM (" + sql.candidates(ShowcaseSearchSql.FACET_COLUMNS, ShowcaseSearchSql.COUNTED + 1) + ") AS l";
  }
}
