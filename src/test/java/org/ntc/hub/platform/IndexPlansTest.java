package org.ntc.hub.platform;

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

/**
 * The hot reads each have an index that serves them: with sequential scans ruled out, the
 * planner still finds a plan, and it names the index. (On a small test database the planner
 * would rightly prefer a scan, so this asks which index exists for the job, not which is cheapest.)
 */
class IndexPlansTest extends ApiTest {
  static final Map<String, String> QUERIES = Map.of(
      "SELECT showcase_id FROM showcase_listing WHERE doc @@ websearch_to_tsquery('finnish', 'kotihoito') LIMIT 20",
      "showcase_listing_doc",
      "SELECT showcase_id FROM showcase_listing WHERE categories @> ARRAY['remote-monitoring'] LIMIT 20",
      "showcase_listing_categories",
      "SELECT showcase_id FROM showcase_listing ORDER BY published_at DESC, showcase_id LIMIT 20",
      "showcase_listing_newest",
      "SELECT id FROM training WHERE status = 'published' AND starts_at >= now() ORDER BY starts_at, id LIMIT 20",
      "training_upcoming",
      "SELECT id FROM enrolment WHERE training_id = '00000000-0000-4000-8000-000000000001' AND site = 'main' AND status = 'waitlisted' ORDER BY arrival LIMIT 1",
      "enrolment_pool",
      "SELECT seq FROM event_log WHERE seq > 10 ORDER BY seq LIMIT 100",
      "event_log_seq_key",
      "SELECT id FROM event_log WHERE seq IS NULL ORDER BY id LIMIT 500",
      "event_log_unnumbered",
      "SELECT id FROM notification WHERE account_id = '00000000-0000-4000-8000-000000000001' ORDER BY created_at DESC LIMIT 20",
      "notification_account",
      "SELECT id FROM announcement WHERE contact_point = 'umea' ORDER BY posted_at DESC LIMIT 20",
      "announcement_feed");

  @Test
  @DisplayName("every hot query has an index that serves it, shown by EXPLAIN")
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
