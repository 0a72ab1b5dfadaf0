package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.search.SearchService;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.OwnNode;
import org.ntc.hub.support.TestDatabase;

/**
 * A text search finds its hits through the listing documents' concept and filter lexemes (V43):
 * for every word and filter combination below, it answers exactly what matching the widened query
 * as written and testing the filters on the rows answers: the same hits, in the same order, with
 * the same total and facet counts.
 */
@OwnNode("compares totals and facet counts over the whole catalogue")
class ShowcaseSearchLexemesTest extends ApiTest {
  private static final String[][] TITLES = {
      {"Turvaranneke kotiin", "Trygghetsarmband hemma", "Safety wristband at home"},
      {"Lääkeannostelija", "Läkemedelsautomat", "Medicine dispenser"},
      {"Sairaalan etäseuranta", "Distansövervakning från sjukhuset", "Remote monitoring from the hospital"},
      {"Univalmennus verkossa", "Sömncoachning på nätet", "Sleep coaching online"},
      {"Videovastaanotto kotihoitoon", "Videobesök i hemtjänsten", "Video visits in home care"},
      {"Kaatumisilmaisin", "Fallarm", "Fall detector"},
      {"Hoivatek-palvelu", "Hoivatek-tjänst", "Hoivatek service"}};
  private static final String[] DESCRIPTIONS = {"Turvapuhelin ja hälytykset.", "Trygghetslarm för äldre.",
      "Kotisairaala ja terveyskeskus.", "For informal carers and families.", "Ingen särskild beskrivning.",
      "Primary care and the care home."};
  private static final String[] QUERIES = {"turvaranneke", "kotihoitoon", "sairaala", "home care", "sömnen", "video",
      "trygghetslarm", "hoivatek", "the", "\"turvaranneke\"", "kotihoito hoivatek", "hospital", "äldre",
      "video visits", "fall detector", "fallarm", "kaatumisilmaisin", "trygghetsarmband", "kotihoi"};
  private static final String[] FILTERS = {"", "country=FI", "category=safety-and-alarms&country=SE",
      "targetGroup=older-people&evidenceLevel=pilot", "language=sv", "regulatoryStatus=not-medical-device&country=NO",
      "category=remote-monitoring&targetGroup=families&country=FI&evidenceLevel=routine-use"};
  private static final String TEXT = "(websearch_to_tsquery('finnish', ?) || websearch_to_tsquery('swedish', ?)"
      + " || websearch_to_tsquery('english', ?) || websearch_to_tsquery('simple', ?))";

  @BeforeAll
  static void catalogue() throws Exception {
    UUID organisation = UUID.randomUUID();
    try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(app.dbUrl()))) {
      CatalogueRows.organisation(c, organisation, "Lexeemi Oy", "https://lexeemi.example", "Testi", true);
      List<CatalogueRows.Published> rows = new ArrayList<>();
      OffsetDateTime now = OffsetDateTime.now();
      for (int i = 0; i < 140; i++) {
        OffsetDateTime published = now.minusMinutes(i * 7L % 300);
        rows.add(new CatalogueRows.Published(UUID.randomUUID(), organisation, content(i), published));
      }
      CatalogueRows.published(c, rows);
      try (Statement s = c.createStatement()) {
        s.execute("VACUUM ANALYZE showcase_listing");
      }
    }
  }

  private static JsonObject content(int i) {
    String[] title = TITLES[i % TITLES.length];
    List<String> categories = new ArrayList<>(List.of(Taxonomy.CATEGORIES.get(i % Taxonomy.CATEGORIES.size())));
    if (i % 3 == 0) categories.add("safety-and-alarms");
    return CatalogueRows.classified(i, categories)
        .put("title", new JsonObject().put("fi", title[0]).put("sv", title[1]).put("en", title[2]))
        .put("summary", new JsonObject().put("fi", "Apua arkeen.").put("sv", "Hjälp i vardagen.").put("en", "Everyday help."))
        .put("description", new JsonObject().put("fi", DESCRIPTIONS[i % DESCRIPTIONS.length])
            .put("sv", DESCRIPTIONS[(i / 2) % DESCRIPTIONS.length]).put("en", DESCRIPTIONS[(i / 3) % DESCRIPTIONS.length]));
  }

  @Test
  @DisplayName("every word and filter combination finds the same hits, in the same order, with the same counts as before")
  void sameAsMatchingTheWidenedQuery() throws Exception {
    // The node has derived the catalogue's concepts: the concept lexemes are what is compared here.
    assertThat(SearchService.catalogueQuery("turvaranneke").listed()).contains("'0csafetyandalarms'");
    int compared = 0;
    for (String q : QUERIES) {
      for (String filters : FILTERS) {
        String asked = "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + (filters.isEmpty() ? "" : "&" + filters);
        JsonObject page = search(asked + "&pageSize=50");
        Reference expected = reference(q, filters);
        assertThat(page.getBoolean("totalCapped")).as(asked).isFalse();
        assertThat(page.getLong("total")).as(asked).isEqualTo(expected.ids().size());
        List<String> found = new ArrayList<>(ids(page));
        for (int n = 2; found.size() < expected.ids().size() && n <= 4; n++) found.addAll(ids(search(asked + "&pageSize=50&page=" + n)));
        assertThat(found).as(asked).containsExactlyElementsOf(expected.ids());
        assertThat(facet(page, "countries")).as(asked).isEqualTo(expected.countries());
        if (!expected.ids().isEmpty()) compared++;
      }
    }
    assertThat(compared).as("combinations with hits").isGreaterThan(40);
  }

  @Test
  @DisplayName("a renamed organisation's showcases keep their filter lexemes")
  void renameKeepsFilters() throws Exception {
    long before = search("q=turvaranneke&country=FI").getLong("total");
    assertThat(before).isPositive();
    try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(app.dbUrl()));
         Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE organisation SET name = 'Ordbok Ab' WHERE name = 'Lexeemi Oy'");
    }
    assertThat(search("q=turvaranneke&country=FI").getLong("total")).isEqualTo(before);
    assertThat(search("q=lexeemi&country=FI").getLong("total")).isZero();
    long renamed = search("q=ordbok&country=FI&evidenceLevel=pilot").getLong("total");
    assertThat(renamed).isPositive().isEqualTo(reference("ordbok", "country=FI&evidenceLevel=pilot").ids().size());
  }

  private record Reference(List<String> ids, Map<String, Long> countries) {}

  /** The hits as matching the widened query as written and testing the filters on each row find and rank them. */
  private static Reference reference(String q, String filters) throws Exception {
    boolean literal = q.contains("\"");
    String widened = literal ? "" : SearchService.tsquery(q);
    String text = widened.isEmpty() ? TEXT : "(" + TEXT + " || to_tsquery('simple', ?))";
    StringBuilder where = new StringBuilder(" WHERE o.verified AND l.doc @@ " + text);
    List<String> values = new ArrayList<>();
    for (String filter : filters.isEmpty() ? new String[0] : filters.split("&")) {
      String[] pair = filter.split("=");
      where.append(switch (pair[0]) {
        case "country" -> " AND l.countries @> ARRAY[?::text]";
        case "category" -> " AND l.categories @> ARRAY[?::text]";
        case "targetGroup" -> " AND l.target_groups @> ARRAY[?::text]";
        case "language" -> " AND l.languages @> ARRAY[?::text]";
        case "regulatoryStatus" -> " AND l.regulatory = ?::text";
        case "evidenceLevel" -> " AND l.evidence = ?::text";
        default -> throw new IllegalArgumentException(filter);
      });
      values.add(pair[1]);
    }
    String sql = "SELECT l.showcase_id::text AS id, l.countries FROM showcase_listing l JOIN organisation o ON o.id = l.organisation_id"
        + where + " ORDER BY ts_rank(l.head, " + text + ") DESC, l.published_at DESC, l.showcase_id";
    List<String> ids = new ArrayList<>();
    Map<String, Long> countries = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(app.dbUrl()));
         PreparedStatement statement = c.prepareStatement(sql)) {
      int n = 1;
      for (int round = 0; round < 2; round++) {
        for (int k = 0; k < 4; k++) statement.setString(n++, q);
        if (!widened.isEmpty()) statement.setString(n++, widened);
        if (round == 0) for (String value : values) statement.setString(n++, value);
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString("id"));
          for (String country : (String[]) rows.getArray("countries").getArray()) countries.merge(country, 1L, Long::sum);
        }
      }
    }
    return new Reference(ids, countries);
  }

  private JsonObject search(String query) {
    var response = http.get("/api/v1/showcases?" + query.replace(" ", "%20"), null);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.json();
  }

  private static List<String> ids(JsonObject page) {
    return page.getJsonArray("items").stream().map(i -> ((JsonObject) i).getString("id")).toList();
  }

  /** A facet's non-zero counts. */
  private static Map<String, Long> facet(JsonObject page, String facet) {
    Map<String, Long> counts = new LinkedHashMap<>();
    page.getJsonObject("facets").getJsonArray(facet).stream().map(f -> (JsonObject) f)
        .filter(f -> f.getLong("count") > 0).forEach(f -> counts.put(f.getString("id"), f.getLong("count")));
    return counts;
  }
}
