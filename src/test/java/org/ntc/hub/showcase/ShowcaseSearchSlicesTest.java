package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.OwnNode;
import org.ntc.hub.support.TestDatabase;

/**
 * A catalogue of several slices (V47: 2,048 listing places each): a text search asks the index slice by
 * slice, and still finds every hit when there are fewer than it counts, and the newest listed ones when
 * there are more. Each listing row keeps its place, and its document one slice lexeme, as it is written again.
 */
@OwnNode("asserts totals over the whole catalogue")
class ShowcaseSearchSlicesTest extends ApiTest {
  static final int ROWS = 5_000;

  @BeforeAll
  static void catalogue() throws Exception {
    UUID organisation = UUID.randomUUID();
    try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(app.dbUrl()))) {
      c.setAutoCommit(false);
      CatalogueRows.organisation(c, organisation, "Viipale Oy", "https://viipale.example", "Viipaleita", true);
      List<CatalogueRows.Published> rows = new ArrayList<>();
      OffsetDateTime now = OffsetDateTime.now();
      for (int i = 0; i < ROWS; i++) {
        // Published in an order unlike the order of insertion, so a place follows the listing, not the insert.
        OffsetDateTime published = now.minusMinutes((i * 7919L) % ROWS);
        rows.add(new CatalogueRows.Published(UUID.randomUUID(), organisation, content(i), published));
      }
      CatalogueRows.published(c, rows);
      c.commit();
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        s.execute("VACUUM ANALYZE showcase_listing");
      }
    }
  }

  private static JsonObject content(int i) {
    // "Zorblat" is in two showcases of three (more than a search counts); "quxhelm" in one of 97, across every slice.
    String title = (i % 3 == 0 ? "Plain" : "Zorblat") + (i % 97 == 0 ? " quxhelm" : "") + " service " + i;
    return CatalogueRows.classified(i, List.of("self-care"))
        .put("title", new JsonObject().put("fi", title).put("sv", title).put("en", title))
        .put("summary", new JsonObject().put("fi", "Apua.").put("sv", "Hjälp.").put("en", "Help."))
        .put("description", new JsonObject().put("fi", "Kuvaus.").put("sv", "Beskrivning.").put("en", "Description."));
  }

  private JsonObject search(String query) {
    var response = http.get("/api/v1/showcases?" + query, null);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.json();
  }

  private static List<String> ids(JsonObject page) {
    return page.getJsonArray("items").stream().map(i -> ((JsonObject) i).getString("id")).toList();
  }

  private static List<String> column(String sql) throws Exception {
    List<String> values = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(app.dbUrl()));
         Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
      while (rows.next()) values.add(rows.getString(1));
    }
    return values;
  }

  @Test
  @DisplayName("fewer hits than are counted: every one is found, from every slice")
  void rareWordFoundInEverySlice() throws Exception {
    List<String> expected = column("SELECT showcase_id::text FROM showcase_listing WHERE verified"
        + " AND doc @@ to_tsquery('simple', 'quxhelm')");
    assertThat(column("SELECT DISTINCT listed_place / 2048 FROM showcase_listing")).hasSizeGreaterThan(2);
    JsonObject page = search("q=quxhelm&pageSize=100");
    assertThat(page.getBoolean("totalCapped")).isFalse();
    assertThat(page.getLong("total")).isEqualTo(expected.size());
    assertThat(ids(page)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  @DisplayName("more hits than are counted: the candidates are the newest listed hits")
  void broadWordTakesTheNewestListed() throws Exception {
    Set<String> expected = new HashSet<>(column("SELECT showcase_id::text FROM showcase_listing WHERE verified"
        + " AND doc @@ to_tsquery('simple', 'zorblat') ORDER BY listed_place DESC LIMIT " + ShowcaseSearchSql.CANDIDATES));
    Set<String> found = new HashSet<>();
    for (int page = 1; page <= ShowcaseSearchSql.CANDIDATES / 100; page++) found.addAll(ids(search("q=zorblat&pageSize=100&page=" + page)));
    assertThat(search("q=zorblat").getBoolean("totalCapped")).isTrue();
    assertThat(found).isEqualTo(expected);
  }

  @Test
  @DisplayName("a listing row written again keeps its place, and its document one lexeme of its slice")
  void placeKept() throws Exception {
    String check = "SELECT count(*) FILTER (WHERE (SELECT array_agg(lexeme) FROM unnest(doc) WHERE lexeme LIKE '#slice=%')"
        + " IS DISTINCT FROM ARRAY[ntc_listing_slice(listed_place)]) || '/' || sum(listed_place) FROM showcase_listing";
    String before = column(check).get(0);
    assertThat(before).startsWith("0/");
    String numbersTaken = "SELECT last_value::text FROM showcase_listing_place";
    String lastNumber = column(numbersTaken).get(0);
    try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(app.dbUrl())); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE showcase SET published = published || '{}'::jsonb WHERE id IN (SELECT showcase_id FROM showcase_listing"
          + " ORDER BY listed_place LIMIT 50)");
      s.executeUpdate("UPDATE organisation SET name = 'Siivu Oy' WHERE name = 'Viipale Oy'");
    }
    assertThat(column(check).get(0)).isEqualTo(before);
    // An edit published takes no new number: the newest slices stay full.
    assertThat(column(numbersTaken).get(0)).isEqualTo(lastNumber);
    assertThat(search("q=siivu&pageSize=1").getLong("total")).isPositive();
  }
}
