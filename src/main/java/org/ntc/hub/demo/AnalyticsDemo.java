package org.ntc.hub.demo;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;

/**
 * A year of daily view counts for the demo's published showcases, so a company's analytics page
 * shows its chart on first start: most from visitors, some from care organisations and companies,
 * and a few months with counts under five that the page hides.
 */
final class AnalyticsDemo {
  private static final String VIEWS = """
      INSERT INTO showcase_view_day (showcase_id, day, sector, country, views)
      SELECT s.id, (current_date - make_interval(days => d))::date, x.sector, x.country,
             CASE WHEN x.sector = 'visitor' THEN 1 + (d * 7 + n) % 4 ELSE (d + n) % 2 END
      FROM (SELECT id, (row_number() OVER (ORDER BY id))::int AS n FROM showcase WHERE status = 'published') AS s,
           generate_series(0, 364, 3) AS d,
           (VALUES ('visitor', 'unknown'), ('care', 'FI'), ('care', 'SE'), ('company', 'FI')) AS x (sector, country)
      WHERE d % 90 > 8
      ON CONFLICT (showcase_id, day, sector, country) DO NOTHING""";

  private AnalyticsDemo() {}

  static Future<Void> load(SqlConnection tx) {
    return tx.query(VIEWS).execute().mapEmpty();
  }
}
