package org.ntc.hub.insight;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.Localised;

/** Counts for the insight page, the indicators and the report: aggregates in SQL, never rows counted in Java. */
public final class InsightRepository {
  /**
   * Every indicator per month in one statement. $1/$2 bound the period as instants, $3 the instants each
   * month starts at (the first is the period's start), $4 a country or null, $5 a contact point or null (only
   * for what belongs to one), $6/$7 the period as dates and $8 the months' first days, for what is dated by
   * day. A row's month is its width_bucket among those starts: a binary search, no time zone arithmetic per row.
   */
  private static final String PER_MONTH = """
      SELECT 'organisations' AS indicator, width_bucket(o.created_at, $3::timestamptz[]) AS bucket, count(*) AS n
      FROM organisation o
      WHERE o.created_at >= $1 AND o.created_at < $2 AND ($4::text IS NULL OR o.country = $4) GROUP BY 2
      UNION ALL
      SELECT 'showcases', width_bucket(l.published_at, $3::timestamptz[]), count(*)
      FROM showcase_listing l JOIN organisation o ON o.id = l.organisation_id
      WHERE l.published_at >= $1 AND l.published_at < $2 AND ($4::text IS NULL OR o.country = $4) GROUP BY 2
      UNION ALL
      SELECT 'trainings', width_bucket(t.starts_at, $3::timestamptz[]), count(*)
      FROM training t JOIN contact_point c ON c.id = t.contact_point
      WHERE t.status = 'published' AND t.starts_at >= $1 AND t.starts_at < $2
        AND ($4::text IS NULL OR c.country = $4) AND ($5::text IS NULL OR t.contact_point = $5) GROUP BY 2
      UNION ALL
      SELECT CASE WHEN e.attended_at IS NULL THEN 'participants' ELSE 'attendance' END,
             width_bucket(t.starts_at, $3::timestamptz[]), count(*)
      FROM training t JOIN contact_point c ON c.id = t.contact_point JOIN enrolment e ON e.training_id = t.id
      WHERE t.status = 'published' AND t.starts_at >= $1 AND t.starts_at < $2 AND e.status = 'confirmed'
        AND ($4::text IS NULL OR c.country = $4) AND ($5::text IS NULL OR t.contact_point = $5) GROUP BY 1, 2
      UNION ALL
      SELECT 'needs', width_bucket(ch.published_at, $3::timestamptz[]), count(*)
      FROM challenge ch
      WHERE ch.status IN ('published', 'closed') AND ch.published_at >= $1 AND ch.published_at < $2
        AND ($4::text IS NULL OR ch.country = $4) GROUP BY 2
      UNION ALL
      SELECT 'answers', width_bucket(a.created_at, $3::timestamptz[]), count(*)
      FROM challenge_answer a JOIN challenge ch ON ch.id = a.challenge_id
      WHERE a.created_at >= $1 AND a.created_at < $2 AND ($4::text IS NULL OR ch.country = $4) GROUP BY 2
      UNION ALL
      SELECT 'pilots', width_bucket(p.starts_on, $8::date[]), count(*)
      FROM pilot p JOIN contact_point c ON c.id = p.contact_point
      WHERE p.status <> 'cancelled' AND p.starts_on >= $6 AND p.starts_on < $7
        AND ($4::text IS NULL OR c.country = $4) AND ($5::text IS NULL OR p.contact_point = $5) GROUP BY 2
      UNION ALL
      SELECT 'adoptions', width_bucket(a.since, $8::date[]), count(*)
      FROM adoption a
      WHERE a.since >= $6 AND a.since < $7 AND ($4::text IS NULL OR upper(left(a.region, 2)) = $4) GROUP BY 2
      UNION ALL
      SELECT 'library', width_bucket(e.published_at, $3::timestamptz[]), count(*)
      FROM library_entry e LEFT JOIN organisation o ON o.id = e.organisation_id
      WHERE e.published IS NOT NULL AND e.status <> 'archived' AND e.published_at >= $1 AND e.published_at < $2
        AND ($4::text IS NULL OR o.country = $4) GROUP BY 2""";

  private static final String ORGANISATIONS = """
      SELECT type, country, count(*) AS n FROM organisation
      WHERE created_at >= $1 AND created_at < $2 AND ($3::text IS NULL OR country = $3)
      GROUP BY type, country ORDER BY country, type""";

  /** Staff's detail: what belongs to a contact point, counted for each one. Participants include those who attended. */
  private static final String BY_CONTACT_POINT = """
      SELECT c.id,
        (SELECT count(*) FROM training t WHERE t.contact_point = c.id AND t.status = 'published'
           AND t.starts_at >= $1 AND t.starts_at < $2) AS trainings,
        (SELECT count(*) FROM training t JOIN enrolment e ON e.training_id = t.id WHERE t.contact_point = c.id
           AND t.status = 'published' AND t.starts_at >= $1 AND t.starts_at < $2 AND e.status = 'confirmed') AS participants,
        (SELECT count(*) FROM training t JOIN enrolment e ON e.training_id = t.id WHERE t.contact_point = c.id
           AND t.status = 'published' AND t.starts_at >= $1 AND t.starts_at < $2 AND e.status = 'confirmed'
           AND e.attended_at IS NOT NULL) AS attendance,
        (SELECT count(*) FROM pilot p WHERE p.contact_point = c.id AND p.status <> 'cancelled'
           AND p.starts_on >= $3 AND p.starts_on < $4) AS pilots
      FROM contact_point c
      WHERE ($5::text IS NULL OR c.country = $5) AND ($6::text IS NULL OR c.id = $6)
      ORDER BY c.sort_order, c.id""";

  /** Adoptions of public showcases per region, as recorded before a date ($3). */
  private static final String ADOPTIONS_BY_REGION = """
      SELECT a.region, count(*) AS n
      FROM adoption a JOIN showcase_listing l ON l.showcase_id = a.showcase_id
      WHERE ($1::text IS NULL OR l.categories @> ARRAY[$1::text]) AND ($2::text IS NULL OR a.status = $2)
        AND a.since < $3
      GROUP BY a.region""";

  /**
   * Pilots of public showcases under way between $2 and $3 (dates), placed by the adoption they led to, else
   * by any adoption of their care organisation (the first region by id); with neither, the caller places
   * them by their contact point.
   */
  private static final String PILOTS_BY_PLACE = """
      SELECT coalesce((SELECT a.region FROM adoption a WHERE a.pilot_id = p.id LIMIT 1),
                      (SELECT min(a.region) FROM adoption a WHERE a.organisation_id = p.care_organisation_id)) AS region,
             p.contact_point, count(*) AS n
      FROM pilot p JOIN showcase_listing l ON l.showcase_id = p.showcase_id
      WHERE p.status <> 'cancelled' AND ($1::text IS NULL OR l.categories @> ARRAY[$1::text])
        AND p.starts_on < $3 AND p.ends_on >= $2
      GROUP BY 1, 2""";

  private static final String CONTACT_POINT_PLACES = "SELECT id, country, lat, lon FROM contact_point";

  /** A year's pilots whose outcome is public, with their evaluation if one was made. */
  private static final String YEAR_PILOTS = """
      SELECT l.title, care.name AS care_name, company.name AS company_name, p.contact_point, p.test_arena,
             p.starts_on, p.ends_on, p.status, p.evaluation
      FROM pilot p JOIN showcase_listing l ON l.showcase_id = p.showcase_id
        JOIN organisation care ON care.id = p.care_organisation_id
        JOIN organisation company ON company.id = p.company_id
      WHERE p.status <> 'cancelled' AND p.outcome_published_at IS NOT NULL AND p.starts_on < $2 AND p.ends_on >= $1
      ORDER BY p.starts_on, p.id
      LIMIT 200""";

  private final Pool pool;

  public InsightRepository(Pool pool) {
    this.pool = pool;
  }

  record Place(String contactPoint, String country, Double latitude, Double longitude) {}

  record PilotPlace(String region, String contactPoint, long count) {}

  record YearPilot(Localised title, String careOrganisation, String company, String contactPoint, String testArena,
                   LocalDate startsOn, LocalDate endsOn, String status, JsonObject evaluation) {
    static YearPilot fromRow(Row row) {
      Object evaluation = row.getValue("evaluation");
      return new YearPilot(Localised.of((JsonObject) row.getValue("title")), row.getString("care_name"),
          row.getString("company_name"), row.getString("contact_point"), row.getString("test_arena"),
          row.getLocalDate("starts_on"), row.getLocalDate("ends_on"), row.getString("status"),
          evaluation instanceof JsonObject json ? json : null);
    }
  }

  Future<Map<Indicator, Map<YearMonth, Long>>> perMonth(IndicatorQuery q) {
    List<YearMonth> months = q.months();
    OffsetDateTime[] starts = new OffsetDateTime[months.size()];
    LocalDate[] days = new LocalDate[months.size()];
    for (int i = 0; i < months.size(); i++) {
      days[i] = i == 0 ? q.from() : months.get(i).atDay(1);
      starts[i] = days[i].atStartOfDay(q.zone()).toOffsetDateTime();
    }
    Tuple args = Tuple.of(q.start(), q.end(), starts, q.countryCode(), q.contactPointId(), q.from())
        .addValue(q.to().plusDays(1)).addValue(days);
    return pool.preparedQuery(PER_MONTH).execute(args).map(rows -> series(rows, months));
  }

  private static Map<Indicator, Map<YearMonth, Long>> series(RowSet<Row> rows, List<YearMonth> months) {
    Map<Indicator, Map<YearMonth, Long>> series = new EnumMap<>(Indicator.class);
    for (Row row : rows) {
      series.computeIfAbsent(Coded.of(Indicator.class, row.getString("indicator")), i -> new HashMap<>())
          .merge(months.get(row.getInteger("bucket") - 1), row.getLong("n"), Long::sum);
    }
    // Participants are everyone confirmed; the statement counted those who attended apart.
    Map<YearMonth, Long> attended = series.getOrDefault(Indicator.ATTENDANCE, Map.of());
    attended.forEach((month, n) -> series.computeIfAbsent(Indicator.PARTICIPANTS, i -> new HashMap<>()).merge(month, n, Long::sum));
    return series;
  }

  Future<List<Indicators.OrganisationCount>> organisations(IndicatorQuery q) {
    return pool.preparedQuery(ORGANISATIONS).mapping(row -> new Indicators.OrganisationCount(row.getString("type"),
        row.getString("country"), row.getLong("n"))).execute(Tuple.of(q.start(), q.end(), q.countryCode())).map(Db::list);
  }

  Future<List<Indicators.ContactPointCount>> byContactPoint(IndicatorQuery q) {
    Tuple args = Tuple.of(q.start(), q.end(), q.from(), q.to().plusDays(1), q.countryCode(), q.contactPointId());
    return pool.preparedQuery(BY_CONTACT_POINT).mapping(row -> {
      Map<Indicator, Long> counts = new LinkedHashMap<>();
      for (Indicator i : List.of(Indicator.TRAININGS, Indicator.PARTICIPANTS, Indicator.ATTENDANCE, Indicator.PILOTS)) {
        counts.put(i, row.getLong(i.code()));
      }
      return new Indicators.ContactPointCount(row.getString("id"), counts);
    }).execute(args).map(Db::list);
  }

  Future<Map<String, Long>> adoptionsByRegion(MapFilter filter) {
    Tuple args = Tuple.of(filter.category(), filter.status() == null ? null : filter.status().code(), filter.until());
    return pool.preparedQuery(ADOPTIONS_BY_REGION).execute(args).map(rows -> {
      Map<String, Long> counts = new HashMap<>();
      rows.forEach(row -> counts.put(row.getString("region"), row.getLong("n")));
      return counts;
    });
  }

  Future<List<PilotPlace>> pilotsByPlace(MapFilter filter) {
    return pool.preparedQuery(PILOTS_BY_PLACE)
        .mapping(row -> new PilotPlace(row.getString("region"), row.getString("contact_point"), row.getLong("n")))
        .execute(Tuple.of(filter.category(), filter.from(), filter.until())).map(Db::list);
  }

  Future<List<Place>> contactPointPlaces() {
    return pool.preparedQuery(CONTACT_POINT_PLACES).mapping(row -> new Place(row.getString("id"), row.getString("country"),
        row.getDouble("lat"), row.getDouble("lon"))).execute().map(Db::list);
  }

  Future<List<YearPilot>> yearPilots(int year) {
    return pool.preparedQuery(YEAR_PILOTS).mapping(YearPilot::fromRow)
        .execute(Tuple.of(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))).map(rows -> new ArrayList<>(Db.list(rows)));
  }
}
