package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.Database;
import org.ntc.hub.platform.Db;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.OwnNode;
import org.ntc.hub.support.TestDatabase;

/**
 * The catalogue reads one table (V45): each listing row keeps its organisation's name and verified
 * flag and its first approved image, and a search without text counts from one row per distinct
 * classification. What it answers stays what reading the organisations and images afresh answers,
 * as organisations are renamed, verified or not, and images come, are approved and go.
 */
@OwnNode("counts over the whole catalogue and changes organisations' verification")
class CatalogueListingTest extends ApiTest {
  private static final String[] FILTERS = {"", "country=SE", "category=self-care", "targetGroup=families&country=NO",
      "language=sv", "regulatoryStatus=not-medical-device&evidenceLevel=pilot", "category=remote-monitoring&country=FI"};
  private static final UUID KEPT = UUID.randomUUID();
  private static final UUID WAITING = UUID.randomUUID();
  private static Vertx vertx;
  private static Pool pool;

  @BeforeAll
  static void catalogue() throws Exception {
    vertx = Vertx.vertx();
    pool = Db.pool(vertx, Database.external(app.dbUrl()).connectOptions());
    try (Connection c = connection()) {
      CatalogueRows.organisation(c, KEPT, "Listaus Oy", "https://listing.example", "Testi", true);
      CatalogueRows.organisation(c, WAITING, "Odottaja Ab", "https://listing.example", "Testi", false);
      List<CatalogueRows.Published> rows = new ArrayList<>();
      OffsetDateTime now = OffsetDateTime.now();
      for (int i = 0; i < 60; i++) {
        rows.add(new CatalogueRows.Published(UUID.randomUUID(), i % 4 == 3 ? WAITING : KEPT, content(i), now.minusMinutes(i)));
      }
      CatalogueRows.published(c, rows);
    }
  }

  @AfterAll
  static void close() {
    Http.awaitResult(pool.close());
    Http.awaitResult(vertx.close());
  }

  @Test
  @DisplayName("a page without text reads the listing alone, and its counts the classification rows")
  void oneTable() {
    ShowcaseSearchSql filtered = ShowcaseSearchSql.of(search("country=SE&category=self-care"));
    assertThat(filtered.page()).doesNotContainIgnoringCase("join").doesNotContainIgnoringCase("(select")
        .contains("FROM showcase_listing l WHERE l.verified");
    assertThat(filtered.counts()).contains("FROM showcase_facet l");
    assertThat(ShowcaseSearchSql.of(search("organisation=" + KEPT)).counts()).contains("FROM showcase_listing l");
    assertThat(ShowcaseSearchSql.of(search("")).counts()).contains("FROM showcase_facet_total");
  }

  @Test
  @DisplayName("a text search is planned without sequential scans and without parallel workers")
  void textPlan() {
    List<String> settings = Http.awaitResult(pool.withTransaction(tx -> tx.query(ShowcaseRepository.TEXT_PLAN).execute()
        .compose(done -> tx.query("SELECT current_setting('enable_seqscan') AS seq,"
            + " current_setting('max_parallel_workers_per_gather') AS workers").execute())
        .map(rows -> {
          Row row = rows.iterator().next();
          return List.of(row.getString("seq"), row.getString("workers"));
        })));
    assertThat(settings).containsExactly("off", "0");
  }

  @Test
  @DisplayName("the text-search pool's connections plan as that transaction does, so a search needs no transaction")
  void textPoolPlan() {
    Pool texts = Db.textPool(vertx, Database.external(app.dbUrl()).connectOptions(), "test-texts-" + UUID.randomUUID());
    try {
      Row row = Http.awaitResult(texts.query("SELECT current_setting('enable_seqscan') AS seq,"
          + " current_setting('max_parallel_workers_per_gather') AS workers, current_setting('plan_cache_mode') AS plans,"
          + " now() = statement_timestamp() AS alone").execute()).iterator().next();
      assertThat(List.of(row.getString("seq"), row.getString("workers"), row.getString("plans")))
          .containsExactly("off", "0", "force_custom_plan");
      assertThat(row.getBoolean("alone")).as("the statement is its own transaction").isTrue();
    } finally {
      Http.awaitResult(texts.close());
    }
  }

  @Test
  @DisplayName("a text search answers the same page and counts on the text-search pool as in its own transaction")
  void textSearchOnTextPool() {
    Pool paired = Db.pool(vertx, Database.external(app.dbUrl()).connectOptions());
    Pool texts = Db.textPool(vertx, Database.external(app.dbUrl()).connectOptions(), "test-texts-" + UUID.randomUUID());
    Db.pair(paired, paired, paired, texts);
    try {
      for (String query : List.of("q=etä", "q=etä&country=SE", "q=kotihoito&pageSize=10&page=2", "q=home+care&category=self-care",
          "q=%22care+home%22", "q=zzzz")) {
        ShowcaseSearch search = search(query.replace("%22", "\"").replace('+', ' '));
        ShowcaseResults alone = Http.awaitResult(new ShowcaseRepository(paired, null).textSearch(search, null));
        ShowcaseResults inTransaction = Http.awaitResult(new ShowcaseRepository(pool, null).textSearch(search, null));
        assertThat(alone).as(query).isEqualTo(inTransaction);
      }
    } finally {
      Http.awaitResult(texts.close());
      Http.awaitResult(paired.close());
    }
  }

  @Test
  @DisplayName("totals and facet counts without text follow verification, as counting the verified organisations' showcases does")
  void countsFollowVerification() throws Exception {
    assertCountsAsReference();
    update("UPDATE organisation SET verified = true WHERE id = '" + WAITING + "'");
    assertCountsAsReference();
    assertThat(counts("").total()).isEqualTo(reference(search("")).total());
    update("UPDATE organisation SET verified = false WHERE id = '" + KEPT + "'");
    assertCountsAsReference();
    update("DELETE FROM showcase WHERE id = (SELECT showcase_id FROM showcase_listing WHERE organisation_id = '" + WAITING
        + "' ORDER BY published_at DESC LIMIT 1)");
    assertCountsAsReference();
    update("UPDATE organisation SET verified = true");
    assertCountsAsReference();
  }

  @Test
  @DisplayName("the whole catalogue's kept counts follow two transactions reclassifying at once, neither waiting on the other's totals")
  void totalsUnderConcurrentChanges() throws Exception {
    List<String> ids = new ArrayList<>();
    try (Connection c = connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
        "SELECT showcase_id FROM showcase_listing WHERE verified ORDER BY showcase_id LIMIT 3")) {
      while (r.next()) ids.add(r.getString(1));
    }
    String a = ids.get(0);
    String b = ids.get(1);
    String c = ids.get(2);
    update("UPDATE showcase_listing SET categories = ARRAY['self-care'], target_groups = ARRAY['families'], countries = ARRAY['SE'],"
        + " languages = ARRAY['fi'], regulatory = NULL, evidence = 'pilot' WHERE showcase_id IN ('" + b + "', '" + c + "')");
    assertCountsAsReference();
    try (Connection first = connection(); Connection second = connection()) {
      for (Connection each : List.of(first, second)) {
        each.setAutoCommit(false);
        execute(each, "SET lock_timeout = '5s'");
      }
      execute(first, "UPDATE showcase_listing SET countries = ARRAY['FI', 'NO'] WHERE showcase_id = '" + a + "'");
      // The second takes the classification B and C share; the first's change of C then waits for it.
      execute(second, "UPDATE showcase_listing SET countries = ARRAY['NO'] WHERE showcase_id = '" + b + "'");
      CompletableFuture<Void> waiting = CompletableFuture.runAsync(() ->
          execute(first, "UPDATE showcase_listing SET countries = ARRAY['FI'] WHERE showcase_id = '" + c + "'"));
      Thread.sleep(300);
      assertThat(waiting).as("the first waits for the classification row the second holds").isNotDone();
      second.commit();
      waiting.get(10, TimeUnit.SECONDS);
      first.commit();
    }
    assertCountsAsReference();
  }

  private static void execute(Connection connection, String sql) {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @DisplayName("cards show the organisation's current name and only verified organisations' showcases")
  void namesAndVerification() throws Exception {
    update("UPDATE organisation SET name = 'Uusi Nimi Oy' WHERE id = '" + KEPT + "'");
    List<Row> rows = page("organisation=" + KEPT + "&pageSize=50");
    assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.getString("organisation_name")).isEqualTo("Uusi Nimi Oy"));
    update("UPDATE organisation SET verified = false WHERE id = '" + KEPT + "'");
    assertThat(page("organisation=" + KEPT + "&pageSize=50")).isEmpty();
    update("UPDATE organisation SET verified = true, name = 'Listaus Oy' WHERE id = '" + KEPT + "'");
    assertThat(page("organisation=" + KEPT + "&pageSize=50")).hasSameSizeAs(rows);
  }

  @Test
  @DisplayName("a card's image is the first approved one as images are added, approved, reordered and removed")
  void firstImageFollows() throws Exception {
    String showcase;
    try (Connection c = connection(); Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT showcase_id FROM showcase_listing WHERE organisation_id = '" + KEPT + "' LIMIT 1")) {
      r.next();
      showcase = r.getString(1);
    }
    String first = UUID.randomUUID().toString();
    String second = UUID.randomUUID().toString();
    update("INSERT INTO showcase_image (id, showcase_id, content_type, bytes, size, alt, position, approved) VALUES ('"
        + first + "', '" + showcase + "', 'image/png', '\\x00', 1, 'Eka', 1, false), ('" + second + "', '" + showcase
        + "', 'image/png', '\\x00', 1, 'Toka', 2, true)");
    assertImageAsRead(showcase, second);
    update("UPDATE showcase_image SET approved = true WHERE id = '" + first + "'");
    assertImageAsRead(showcase, first);
    update("UPDATE showcase_image SET published_alt = 'Julkinen', position = 3 WHERE id = '" + first + "'");
    assertImageAsRead(showcase, second);
    update("DELETE FROM showcase_image WHERE id = '" + second + "'");
    assertImageAsRead(showcase, first);
    update("DELETE FROM showcase_image WHERE showcase_id = '" + showcase + "'");
    assertImageAsRead(showcase, null);
  }

  /** The listing's image is what reading the approved images afresh finds, as cards show it. */
  private static void assertImageAsRead(String showcase, String id) throws Exception {
    try (Connection c = connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
        SELECT l.first_image = (SELECT jsonb_build_array(i.id, i.content_type, i.size, i.position, i.width, i.height,
                                       COALESCE(i.published_alt, i.alt), i.alt_i18n)
                                FROM showcase_image i WHERE i.showcase_id = l.showcase_id AND i.approved
                                ORDER BY i.position, i.created_at, i.id LIMIT 1) AS same, l.first_image ->> 0 AS id
        FROM showcase_listing l WHERE l.showcase_id = '%s'""".formatted(showcase))) {
      r.next();
      assertThat(r.getString("id")).isEqualTo(id);
      if (id != null) assertThat(r.getBoolean("same")).isTrue();
    }
    List<Row> rows = page("organisation=" + KEPT + "&pageSize=50");
    Row card = rows.stream().filter(row -> row.getUUID("showcase_id").toString().equals(showcase)).findFirst().orElseThrow();
    ShowcaseSummary summary = ShowcaseSummary.fromRow(card);
    assertThat(summary.image() == null ? null : summary.image().id().toString()).isEqualTo(id);
  }

  private static void assertCountsAsReference() throws Exception {
    for (String filters : FILTERS) {
      ShowcaseSearch search = search(filters);
      assertThat(counts(filters)).as(filters).isEqualTo(reference(search));
    }
  }

  private static SearchCounts counts(String filters) {
    ShowcaseSearchSql sql = ShowcaseSearchSql.of(search(filters));
    assertThat(sql.counts()).contains("showcase_facet");
    return sql.counts(Http.awaitResult(pool.preparedQuery(sql.counts()).execute(sql.params())));
  }

  private static List<Row> page(String query) {
    ShowcaseSearchSql sql = ShowcaseSearchSql.of(search(query));
    List<Row> rows = new ArrayList<>();
    Http.awaitResult(pool.preparedQuery(sql.page()).execute(sql.pageParams())).forEach(rows::add);
    return rows;
  }

  /** The counts as reading every verified organisation's listed showcases and testing the filters on each finds them. */
  private static SearchCounts reference(ShowcaseSearch search) throws Exception {
    Map<String, String> columns = Map.of("categories", "categories", "targetGroups", "target_groups", "countries",
        "countries", "regulatoryStatuses", "regulatory", "evidenceLevels", "evidence");
    SearchCounts shape = counts("");
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    shape.facets().forEach((facet, ids) -> {
      Map<String, Long> zero = new LinkedHashMap<>();
      ids.keySet().forEach(id -> zero.put(id, 0L));
      facets.put(facet, zero);
    });
    long total = 0;
    try (Connection c = connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
        SELECT l.categories, l.target_groups, l.countries, l.languages, l.regulatory, l.evidence
        FROM showcase_listing l JOIN organisation o ON o.id = l.organisation_id WHERE o.verified""")) {
      while (r.next()) {
        List<String> categories = strings(r, "categories");
        List<String> groups = strings(r, "target_groups");
        List<String> countries = strings(r, "countries");
        if (search.category() != null && !categories.contains(search.category())) continue;
        if (search.targetGroup() != null && !groups.contains(search.targetGroup())) continue;
        if (search.country() != null && !countries.contains(search.country().name())) continue;
        if (search.language() != null && !strings(r, "languages").contains(search.language())) continue;
        if (search.regulatoryStatus() != null && !search.regulatoryStatus().code().equals(r.getString("regulatory"))) continue;
        if (search.evidenceLevel() != null && !search.evidenceLevel().code().equals(r.getString("evidence"))) continue;
        total++;
        for (var facet : facets.entrySet()) {
          String column = columns.get(facet.getKey());
          List<String> values = switch (column) {
            case "categories" -> categories;
            case "target_groups" -> groups;
            case "countries" -> countries;
            default -> r.getString(column) == null ? List.of() : List.of(r.getString(column));
          };
          values.forEach(v -> facet.getValue().computeIfPresent(v, (k, n) -> n + 1));
        }
      }
    }
    return new SearchCounts(total, facets, false);
  }

  private static List<String> strings(ResultSet r, String column) throws Exception {
    return Arrays.asList((String[]) r.getArray(column).getArray());
  }

  private static ShowcaseSearch search(String query) {
    MultiMap params = MultiMap.caseInsensitiveMultiMap();
    for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
      String[] kv = pair.split("=");
      params.add(kv[0], kv[1]);
    }
    return ShowcaseSearch.from(params);
  }

  private static Connection connection() throws Exception {
    return DriverManager.getConnection(TestDatabase.jdbcUrl(app.dbUrl()));
  }

  private static void update(String sql) throws Exception {
    try (Connection c = connection()) {
      execute(c, sql);
    }
  }

  private static JsonObject content(int i) {
    List<String> categories = new ArrayList<>(List.of(Taxonomy.CATEGORIES.get(i % Taxonomy.CATEGORIES.size())));
    if (i % 3 == 0) categories.add("remote-monitoring");
    return CatalogueRows.classified(i, categories)
        .put("title", new JsonObject().put("fi", "Palvelu " + i).put("sv", "Tjänst " + i).put("en", "Service " + i))
        .put("summary", new JsonObject().put("fi", "Apua arkeen.").put("sv", "Hjälp i vardagen.").put("en", "Everyday help."))
        .put("description", new JsonObject().put("fi", "Kuvaus.").put("sv", "Beskrivning.").put("en", "Description."));
  }
}
