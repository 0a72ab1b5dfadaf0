package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
 * A filtered catalogue page is one statement whose plan PostgreSQL keeps on the lookup pool, and
 * either of its two ways (walking the newest, or gathering the hits and sorting them) answers
 * exactly what the plain query does, for every combination of filters and pages.
 */
@OwnNode("compares whole filtered listings with the database's own answer")
class CatalogueListingPlanTest extends ApiTest {
  private static final int SHOWCASES = 240;
  private static final String KEPT = "SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement = $1";

  @BeforeAll
  static void catalogue() throws Exception {
    UUID verified = UUID.randomUUID();
    UUID unverified = UUID.randomUUID();
    try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(app.dbUrl()))) {
      c.setAutoCommit(false);
      CatalogueRows.organisation(c, verified, "Listaaja Oy", null, "Listattu", true);
      CatalogueRows.organisation(c, unverified, "Odottaja Oy", null, "Odottaa", false);
      List<CatalogueRows.Published> rows = new ArrayList<>();
      OffsetDateTime now = OffsetDateTime.now();
      for (int i = 0; i < SHOWCASES; i++) {
        List<String> categories = List.of(Taxonomy.CATEGORIES.get(i % 3), Taxonomy.CATEGORIES.get(3 + i % 7));
        JsonObject content = CatalogueRows.classified(i, categories)
            .put("title", new JsonObject().put("fi", "Palvelu " + i).put("sv", "Tjänst " + i).put("en", "Service " + i))
            .put("summary", new JsonObject().put("fi", "Apua.").put("sv", "Hjälp.").put("en", "Help."))
            .put("description", new JsonObject().put("fi", "Apua kotiin.").put("sv", "Hjälp hem.").put("en", "Help at home."));
        // Some share a publication time, so the order's tie-break counts too.
        rows.add(new CatalogueRows.Published(UUID.randomUUID(), i % 11 == 0 ? unverified : verified, content,
            now.minusMinutes(i - i % 4)));
      }
      CatalogueRows.published(c, rows);
      c.commit();
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        s.execute("VACUUM ANALYZE showcase_listing");
      }
    }
  }

  private static List<MultiMap> filterSets() {
    List<MultiMap> sets = new ArrayList<>();
    sets.add(query("country", "SE"));
    sets.add(query("country", "NO").add("language", "de"));
    sets.add(query("category", Taxonomy.CATEGORIES.get(4)));
    sets.add(query("targetGroup", Taxonomy.TARGET_GROUPS.get(2)));
    sets.add(query("country", "NO").add("category", Taxonomy.CATEGORIES.get(1)));
    sets.add(query("country", "FI").add("targetGroup", Taxonomy.TARGET_GROUPS.get(0)).add("category", Taxonomy.CATEGORIES.get(0)));
    sets.add(query("category", Taxonomy.CATEGORIES.get(5)).add("language", "sv").add("evidenceLevel", "pilot"));
    sets.add(query("country", "SE").add("regulatoryStatus", Taxonomy.REGULATORY_STATUSES.get(1)));
    sets.add(query("language", "sv"));
    sets.add(query("evidenceLevel", "concept").add("regulatoryStatus", Taxonomy.REGULATORY_STATUSES.get(2)));
    return sets;
  }

  private static MultiMap query(String name, String value) {
    return MultiMap.caseInsensitiveMultiMap().add(name, value);
  }

  @Test
  @DisplayName("both ways answer each filter combination and page exactly as the plain query does")
  void exact(Vertx vertx) {
    // A client of its own, asked one statement at a time: every statement goes down its one connection.
    SqlClient lookups = Db.lookupClient(vertx, Database.external(app.dbUrl()).connectOptions(), "test-lookups-" + java.util.UUID.randomUUID());
    try {
      // The whole catalogue's counts, kept: from the second request on, the route runs one way (ShowcaseListingSql#way).
      assertThat(http.get("/api/v1/showcases?pageSize=1", null).status()).isEqualTo(200);
      for (MultiMap filters : filterSets()) {
        for (String[] paging : new String[][] {{"5", "1"}, {"20", "1"}, {"10", "3"}, {"50", "2"}}) {
          ShowcaseSearch search = ShowcaseSearch.from(MultiMap.caseInsensitiveMultiMap().addAll(filters)
              .add("pageSize", paging[0]).add("page", paging[1]));
          ShowcaseListingSql listing = ShowcaseListingSql.of(search);
          assertThat(listing).as("a filtered listing %s", filters).isNotNull();
          List<String> expected = plain(lookups, search);
          // No hits claimed: gathered through the indexes; a million: walked newest first.
          for (long hits : new long[] {0, 1_000_000}) {
            List<String> got = Http.awaitResult(lookups.preparedQuery(listing.sql()).execute(listing.params(hits))).stream()
                .map(row -> row.getUUID("showcase_id").toString()).toList();
            assertThat(got).as("%s page %s of %s, %d hits claimed", filters, paging[1], paging[0], hits).isEqualTo(expected);
          }
          // Each way as a statement of its own, as the node runs it when it knows the catalogue's size.
          for (String way : List.of(listing.way(0, 1), listing.way(1_000_000, 1))) {
            List<String> got = Http.awaitResult(lookups.preparedQuery(way).execute(listing.countingParams())).stream()
                .map(row -> row.getUUID("showcase_id").toString()).toList();
            assertThat(got).as("%s page %s of %s, one way: %s", filters, paging[1], paging[0], way).isEqualTo(expected);
          }
          List<String> counted = Http.awaitResult(lookups.preparedQuery(listing.counting()).execute(listing.countingParams()))
              .stream().map(row -> row.getUUID("showcase_id").toString()).toList();
          assertThat(counted).as("%s page %s of %s, hits summed by the statement", filters, paging[1], paging[0]).isEqualTo(expected);
        }
        var response = http.get("/api/v1/showcases?country=SE&category=" + Taxonomy.CATEGORIES.get(1) + "&pageSize=10&page=2", null);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.json().getJsonArray("items").stream().map(i -> ((JsonObject) i).getString("id")).toList())
            .isEqualTo(plain(lookups, ShowcaseSearch.from(query("country", "SE").add("category", Taxonomy.CATEGORIES.get(1))
                .add("pageSize", "10").add("page", "2"))));
      }
    } finally {
      Http.awaitResult(lookups.close());
    }
  }

  /** The page as the straightforward query gives it. */
  private static List<String> plain(SqlClient pool, ShowcaseSearch search) {
    List<Object> values = new ArrayList<>();
    StringBuilder where = new StringBuilder("l.verified");
    plain(where, values, "l.categories @> ARRAY[$%d::text]", search.category());
    plain(where, values, "l.target_groups @> ARRAY[$%d::text]", search.targetGroup());
    plain(where, values, "l.countries @> ARRAY[$%d::text]", search.country() == null ? null : search.country().name());
    plain(where, values, "l.languages @> ARRAY[$%d::text]", search.language());
    plain(where, values, "l.regulatory = $%d", search.regulatoryStatus() == null ? null : search.regulatoryStatus().code());
    plain(where, values, "l.evidence = $%d", search.evidenceLevel() == null ? null : search.evidenceLevel().code());
    String sql = "SELECT showcase_id FROM showcase_listing l WHERE " + where + " ORDER BY published_at DESC, showcase_id LIMIT "
        + search.paging().pageSize() + " OFFSET " + search.paging().offset();
    return Http.awaitResult(pool.preparedQuery(sql).execute(Tuple.from(values))).stream()
        .map(row -> row.getUUID("showcase_id").toString()).toList();
  }

  private static void plain(StringBuilder where, List<Object> values, String clause, String value) {
    if (value == null) return;
    values.add(value);
    where.append(" AND ").append(clause.formatted(values.size()));
  }

  @Test
  @DisplayName("on the lookup client, a filtered listing that sums its own hits and its facet counts keep their generic plans")
  void countingPlansKept(Vertx vertx) {
    SqlClient lookups = Db.lookupClient(vertx, Database.external(app.dbUrl()).connectOptions(), "test-lookups-" + java.util.UUID.randomUUID());
    try {
      String listingSql = null;
      String countsSql = null;
      String[] countries = {"FI", "SE", "NO"};
      for (int i = 0; i < 12; i++) {
        ShowcaseSearch search = ShowcaseSearch.from(query("country", countries[i % 3])
            .add("category", Taxonomy.CATEGORIES.get(i % 3)).add("pageSize", i % 2 == 0 ? "20" : "10").add("page", "" + (1 + i % 3)));
        ShowcaseListingSql listing = ShowcaseListingSql.of(search);
        ShowcaseSearchSql counts = ShowcaseSearchSql.of(search);
        assertThat(counts.countsPlanKept()).isTrue();
        assertThat(listingSql == null || listingSql.equals(listing.counting())).as("one statement for every value and page").isTrue();
        assertThat(countsSql == null || countsSql.equals(counts.counts())).as("one counting statement for every value").isTrue();
        listingSql = listing.counting();
        countsSql = counts.counts();
        Http.awaitResult(lookups.preparedQuery(listingSql).execute(listing.countingParams()));
        Http.awaitResult(lookups.preparedQuery(countsSql).execute(counts.params()));
      }
      for (String sql : List.of(listingSql, countsSql)) {
        Row kept = Http.awaitResult(lookups.preparedQuery(KEPT).execute(Tuple.of(sql))).iterator().next();
        assertThat(kept.getLong("custom_plans")).as("planned for its values only at first").isLessThanOrEqualTo(5);
        assertThat(kept.getLong("generic_plans")).as("then its generic plan kept").isGreaterThanOrEqualTo(7);
      }
    } finally {
      Http.awaitResult(lookups.close());
    }
  }

  @Test
  @DisplayName("on the lookup client, a filtered listing is planned a few times, then its generic plan is kept for every value")
  void planKept(Vertx vertx) {
    // A client of its own, asked one statement at a time: every statement goes down its one connection.
    SqlClient lookups = Db.lookupClient(vertx, Database.external(app.dbUrl()).connectOptions(), "test-lookups-" + java.util.UUID.randomUUID());
    try {
      String sql = null;
      List<String> ways = List.of();
      String[] countries = {"FI", "SE", "NO"};
      for (int i = 0; i < 12; i++) {
        ShowcaseSearch search = ShowcaseSearch.from(query("country", countries[i % 3])
            .add("category", Taxonomy.CATEGORIES.get(i % 3)).add("pageSize", i % 2 == 0 ? "20" : "10").add("page", "" + (1 + i % 3)));
        ShowcaseListingSql listing = ShowcaseListingSql.of(search);
        assertThat(sql == null || sql.equals(listing.sql())).as("one statement for every value and page").isTrue();
        sql = listing.sql();
        Http.awaitResult(lookups.preparedQuery(sql).execute(listing.params(i % 2 == 0 ? 0 : 100 * i)));
        ways = List.of(listing.way(0, 1), listing.way(1_000_000, 1));
        for (String way : ways) Http.awaitResult(lookups.preparedQuery(way).execute(listing.countingParams()));
      }
      assertThat(ways.get(0)).as("two ways").isNotEqualTo(ways.get(1));
      for (String statement : List.of(sql, ways.get(0), ways.get(1))) {
        Row kept = Http.awaitResult(lookups.preparedQuery(KEPT).execute(Tuple.of(statement))).iterator().next();
        assertThat(kept.getLong("custom_plans")).as("planned for its values only at first: %s", statement).isLessThanOrEqualTo(5);
        assertThat(kept.getLong("generic_plans")).as("then its generic plan kept: %s", statement).isGreaterThanOrEqualTo(7);
      }
    } finally {
      Http.awaitResult(lookups.close());
    }
  }
}
