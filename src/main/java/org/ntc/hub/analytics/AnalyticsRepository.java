package org.ntc.hub.analytics;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.ntc.hub.platform.NotFound;

/** Reads the counts behind a showcase's analytics: its daily views, and the contacts and saves it received. */
public final class AnalyticsRepository {
  /** Whose showcase it is, whether the public sees it, and its title. */
  record Owner(UUID organisationId, boolean isPublic, JsonObject title) {}

  private static final String OWNER = """
      SELECT s.organisation_id, l.showcase_id IS NOT NULL AS public, coalesce(s.published->'title', s.content->'title') AS title
      FROM showcase s LEFT JOIN showcase_listing l ON l.showcase_id = s.id WHERE s.id = $1""";
  /**
   * Views, contacts and saves in the period as one set of events (day, sector, country, count), then
   * summed per month, sector, country and in all with grouping sets. A contact's or a save's sector and
   * country are those of the person's organisation (their verified one first), 'visitor' and 'unknown'
   * when they have none.
   */
  private static final String COUNTS = """
      WITH events AS (
        SELECT 0 AS metric, v.day, v.sector, v.country, v.views AS n
        FROM showcase_view_day v WHERE v.showcase_id = $1 AND v.day >= $2 AND v.day < $3
        UNION ALL
        SELECT 1, (c.created_at AT TIME ZONE 'UTC')::date, coalesce(o.type, 'visitor'), coalesce(o.country::text, 'unknown'), 1
        FROM showcase_contact c
        LEFT JOIN LATERAL (SELECT o.type, o.country FROM membership m JOIN organisation o ON o.id = m.organisation_id
                           WHERE m.account_id = c.sender_id ORDER BY o.verified DESC, m.created_at LIMIT 1) o ON true
        WHERE c.showcase_id = $1 AND c.created_at >= $2::timestamp AT TIME ZONE 'UTC' AND c.created_at < $3::timestamp AT TIME ZONE 'UTC'
        UNION ALL
        SELECT 2, (s.created_at AT TIME ZONE 'UTC')::date, coalesce(o.type, 'visitor'), coalesce(o.country::text, 'unknown'), 1
        FROM showcase_save s
        LEFT JOIN LATERAL (SELECT o.type, o.country FROM membership m JOIN organisation o ON o.id = m.organisation_id
                           WHERE m.account_id = s.account_id ORDER BY o.verified DESC, m.created_at LIMIT 1) o ON true
        WHERE s.showcase_id = $1 AND s.created_at >= $2::timestamp AT TIME ZONE 'UTC' AND s.created_at < $3::timestamp AT TIME ZONE 'UTC'
      )
      SELECT metric, to_char(date_trunc('month', day), 'YYYY-MM') AS month, sector, country, sum(n)::bigint AS n,
             GROUPING(to_char(date_trunc('month', day), 'YYYY-MM'), sector, country) AS grouped
      FROM events
      GROUP BY GROUPING SETS ((metric, to_char(date_trunc('month', day), 'YYYY-MM')), (metric, sector), (metric, country), (metric))""";

  private final Pool pool;

  public AnalyticsRepository(Pool pool) {
    this.pool = pool;
  }

  Future<Owner> owner(UUID showcaseId) {
    return pool.preparedQuery(OWNER).execute(Tuple.of(showcaseId)).map(rows -> {
      if (rows.size() == 0) throw new NotFound("showcase", showcaseId);
      Row row = rows.iterator().next();
      return new Owner(row.getUUID("organisation_id"), row.getBoolean("public"), row.getJsonObject("title"));
    });
  }

  /** The counts of the period, by month ("month"), sector, country, and in all ("total"). */
  Future<Map<String, ShowcaseAnalytics.Counts>> counts(UUID showcaseId, LocalDate from, LocalDate until) {
    return pool.preparedQuery(COUNTS).execute(Tuple.of(showcaseId, from, until)).map(rows -> {
      Map<String, Map<String, long[]>> byDimension = new HashMap<>();
      for (Row row : rows) {
        int grouped = row.getInteger("grouped");
        // GROUPING(month, sector, country): the bit of each column left out of the row's set is on.
        String dimension = switch (grouped) {
          case 0b011 -> "month";
          case 0b101 -> "sector";
          case 0b110 -> "country";
          default -> "total";
        };
        String key = switch (dimension) {
          case "month" -> row.getString("month");
          case "sector" -> row.getString("sector");
          case "country" -> row.getString("country");
          default -> "total";
        };
        byDimension.computeIfAbsent(dimension, d -> new HashMap<>())
            .computeIfAbsent(key, k -> new long[3])[row.getInteger("metric")] = row.getLong("n");
      }
      Map<String, ShowcaseAnalytics.Counts> counts = new HashMap<>();
      for (String dimension : new String[] {"month", "sector", "country", "total"}) {
        counts.put(dimension, new ShowcaseAnalytics.Counts(byDimension.getOrDefault(dimension, Map.of())));
      }
      return counts;
    });
  }
}
