package org.ntc.hub.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.TestDatabase;

/** The search's reads each have an index that serves them (as platform/IndexPlansTest asks of the others). */
class SearchIndexPlansTest extends ApiTest {
  static final Map<String, String> QUERIES = Map.of(
      "SELECT id FROM search_entry WHERE doc @@ to_tsquery('simple', '''kotiho'':* | ''topichomecare''') LIMIT 500",
      "search_entry_doc",
      "SELECT count(*) FROM (SELECT 1 FROM search_entry WHERE type = 'library' AND doc @@ to_tsquery('simple', 'uni') LIMIT 1001) x",
      "search_entry_",
      "SELECT showcase_id FROM showcase_listing WHERE doc @@ to_tsquery('simple', '''hoiva'':* | ''topicolderpeople''') LIMIT 20",
      "showcase_listing_doc");

  @Test
  @DisplayName("the global search, its counts, the catalogue's widened query use indexes")
  void explained() throws Exception {
    try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(app.dbUrl()));
         Statement s = c.createStatement()) {
      s.execute("SET enable_seqscan = off");
      for (var query : QUERIES.entrySet()) {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rs = s.executeQuery("EXPLAIN " + query.getKey())) {
          while (rs.next()) plan.append(rs.getString(1)).append('\n');
        }
        assertThat(plan.toString()).as(query.getKey()).contains(query.getValue()).doesNotContain("Seq Scan");
      }
    }
  }
}
