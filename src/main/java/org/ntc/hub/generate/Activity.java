package org.ntc.hub.generate;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.ntc.hub.adoption.Region;
import org.ntc.hub.showcase.Taxonomy;

/**
 * A year of activity around the generated catalogue, in set-based SQL (one statement per table,
 * rows from generate_series): care and research organisations with people, past trainings with
 * enrolments and attendance, needs with answers, pilots (some completed), adoptions in every
 * region, library entries, contacts, saves and daily view counts. Volumes grow with the catalogue;
 * for 100,000 showcases about 420 care organisations, 5,200 people, 620 trainings, 1,200 needs,
 * 3,000 adoptions, 30,000 contacts, 50,000 saves and 1.6 million daily view counts.
 */
final class Activity {
  private static final Logger LOG = Logger.getLogger(Activity.class.getName());

  private static final String CARE = """
      INSERT INTO organisation (id, name, type, country, description, verified, verified_at, created_at)
      SELECT md5('generated-org-' || g)::uuid,
             CASE WHEN g % 8 = 0 THEN 'Research group ' ELSE CASE WHEN g % 2 = 0 THEN 'Hyvinvointialue ' ELSE 'Region ' END END || g,
             CASE WHEN g % 8 = 0 THEN 'research' ELSE 'care' END,
             CASE WHEN g % 2 = 0 THEN 'FI' ELSE 'SE' END,
             '{"en": "Generated organisation"}'::jsonb, true, now() - interval '2 years', now() - interval '2 years'
      FROM generate_series(1, ?) AS g
      ON CONFLICT DO NOTHING""";
  private static final String PEOPLE = """
      INSERT INTO account (id, email, name, locale, created_at, email_verified_at)
      SELECT md5('generated-person-' || g)::uuid, 'person-' || g || '@generated.example', 'Person ' || g,
             (ARRAY['fi', 'sv', 'en'])[1 + g % 3], now() - interval '2 years', now() - interval '2 years'
      FROM generate_series(1, ?) AS g
      ON CONFLICT DO NOTHING""";
  /** Every third person works at a company of the catalogue, the others at care or research organisations. */
  private static final String MEMBERS = """
      WITH orgs AS (SELECT array_agg(id ORDER BY id) FILTER (WHERE type = 'company') AS companies,
                           array_agg(id ORDER BY id) FILTER (WHERE type <> 'company') AS others FROM organisation)
      INSERT INTO membership (organisation_id, account_id, role, created_at)
      SELECT CASE WHEN g % 3 = 0 AND cardinality(companies) > 0 THEN companies[1 + g % cardinality(companies)]
                  ELSE others[1 + g % cardinality(others)] END,
             md5('generated-person-' || g)::uuid, CASE WHEN g % 10 = 0 THEN 'admin' ELSE 'member' END, now() - interval '2 years'
      FROM generate_series(1, ?) AS g, orgs
      ON CONFLICT DO NOTHING""";
  private static final String TRAININGS = """
      WITH points AS (SELECT array_agg(id ORDER BY id) AS ids FROM contact_point)
      INSERT INTO training (id, status, title, description, format, contact_point, starts_at, ends_at, enrolment_closes_at,
                            language, audience, created_at, updated_at)
      SELECT md5('generated-training-' || g)::uuid, 'published',
             jsonb_build_object('en', 'Hands-on session ' || g, 'fi', 'Käytännön koulutus ' || g, 'sv', 'Praktisk utbildning ' || g),
             '{"en": "A generated training of the past year."}'::jsonb,
             (ARRAY['onsite', 'online', 'hybrid'])[1 + g % 3], ids[1 + g % cardinality(ids)],
             s, s + interval '3 hours', s - interval '1 day', (ARRAY['fi', 'sv', 'en'])[1 + g % 3],
             ARRAY[(ARRAY['professionals', 'citizens', 'companies'])[1 + g % 3]], s - interval '30 days', s - interval '30 days'
      FROM generate_series(1, ?) AS g, points,
           LATERAL (SELECT date_trunc('hour', now() - make_interval(days => 1 + ((g::bigint * 7919) % 364)::int)) + interval '9 hours' AS s) AS starts
      ON CONFLICT DO NOTHING""";
  private static final String POOLS = """
      INSERT INTO training_seat_pool (training_id, site, capacity)
      SELECT md5('generated-training-' || g)::uuid, 'main', 20 + g % 60 FROM generate_series(1, ?) AS g
      ON CONFLICT DO NOTHING""";
  /** Each past training fills 5 to 44 seats with different people; three in four of them came. */
  private static final String ENROLMENTS = """
      INSERT INTO enrolment (id, training_id, account_id, site, status, created_at, confirmed_at, attended_at)
      SELECT md5('generated-enrolment-' || g || '-' || k)::uuid, t.id, md5('generated-person-' || (1 + ((g::bigint * 7919 + k) % ?)::int))::uuid,
             'main', 'confirmed', t.starts_at - make_interval(days => 1 + k % 20), t.starts_at - make_interval(days => 1 + k % 20),
             CASE WHEN (g + k) % 4 <> 0 THEN t.starts_at + interval '5 minutes' END
      FROM generate_series(1, ?) AS g
      JOIN training t ON t.id = md5('generated-training-' || g)::uuid,
      LATERAL generate_series(1, 5 + g % 40) AS k
      ON CONFLICT DO NOTHING""";
  private static final String NEEDS = """
      WITH care AS (SELECT array_agg(id ORDER BY id) AS ids FROM organisation WHERE type = 'care' AND verified)
      INSERT INTO challenge (id, organisation_id, status, title, description, categories, target_groups, country, languages,
                             responses_due, created_at, updated_at, submitted_at, published_at, closed_outcome, closed_at)
      SELECT md5('generated-need-' || g)::uuid, o.id, CASE WHEN g % 5 = 0 THEN 'closed' ELSE 'published' END,
             jsonb_build_object('en', 'Need ' || g || ': support at home', 'fi', 'Tarve ' || g || ': tukea kotiin',
                                'sv', 'Behov ' || g || ': stöd i hemmet'),
             '{"en": "A generated need of a care organisation."}'::jsonb,
             ARRAY[(?::text[])[1 + g % cardinality(?::text[])]], ARRAY['older-people'], o.country, ARRAY['fi', 'sv'],
             (p + interval '60 days')::date, p - interval '3 days', p, p - interval '2 days', p,
             CASE WHEN g % 5 = 0 THEN (ARRAY['pilot', 'solution-found', 'no-solution', 'withdrawn'])[1 + g % 4] END,
             CASE WHEN g % 5 = 0 THEN p + interval '70 days' END
      FROM generate_series(1, ?) AS g, care,
           LATERAL (SELECT id, country FROM organisation WHERE id = care.ids[1 + ((g::bigint * 31) % cardinality(care.ids))::int]) AS o,
           LATERAL (SELECT now() - make_interval(days => 1 + ((g::bigint * 104729) % 364)::int, hours => g % 24) AS p) AS published
      ON CONFLICT DO NOTHING""";
  /** Up to three companies answer each need, each with a different showcase. */
  private static final String ANSWERS = """
      WITH showcases AS (SELECT array_agg(id ORDER BY id) AS ids FROM showcase WHERE status = 'published')
      INSERT INTO challenge_answer (id, challenge_id, showcase_id, organisation_id, proposal, created_at)
      SELECT md5('generated-answer-' || g || '-' || k)::uuid, c.id, s.id, s.organisation_id,
             'We could try this with your home care teams.', c.published_at + make_interval(days => k * 3)
      FROM generate_series(1, ?) AS g
      JOIN challenge c ON c.id = md5('generated-need-' || g)::uuid
      CROSS JOIN showcases
      CROSS JOIN LATERAL generate_series(1, g % 4) AS k
      JOIN showcase s ON s.id = showcases.ids[1 + ((g::bigint * 977 + k * 131) % cardinality(showcases.ids))::int]
      ON CONFLICT DO NOTHING""";
  /** Every third need's first answer became a pilot: two in five completed, the rest planned, running or cancelled. */
  private static final String PILOTS = """
      WITH points AS (SELECT array_agg(id ORDER BY id) AS ids FROM contact_point)
      INSERT INTO pilot (id, answer_id, challenge_id, showcase_id, care_organisation_id, company_id, contact_point, test_arena,
                         starts_on, ends_on, goals, status, outcome, outcome_published_at, created_at, updated_at)
      SELECT md5('generated-pilot-' || g)::uuid, a.id, c.id, a.showcase_id, c.organisation_id, a.organisation_id,
             ids[1 + g % cardinality(ids)], 'Home care test arena',
             (a.created_at + interval '14 days')::date, (a.created_at + interval '104 days')::date,
             '{"en": "Fewer visits, safer days at home."}'::jsonb,
             st.status,
             NULL, NULL,
             a.created_at + interval '7 days', a.created_at + interval '7 days'
      FROM generate_series(1, ?) AS g
      JOIN challenge_answer a ON a.id = md5('generated-answer-' || g || '-1')::uuid
      JOIN challenge c ON c.id = a.challenge_id, points,
      LATERAL (SELECT (ARRAY['completed', 'running', 'completed', 'planned', 'cancelled'])[1 + (g / 3) % 5] AS status) AS st
      WHERE g % 3 = 0
      ON CONFLICT DO NOTHING""";
  /** Adoptions in a region of the care organisation's country, statuses spread from pilot to routine and some given up. */
  private static final String ADOPTIONS = """
      WITH care AS (SELECT array_agg(id ORDER BY id) AS ids FROM organisation WHERE type = 'care' AND verified),
           showcases AS (SELECT array_agg(id ORDER BY id) AS ids FROM showcase WHERE status = 'published')
      INSERT INTO adoption (id, showcase_id, organisation_id, region, status, since, scale, created_at, updated_at)
      SELECT md5('generated-adoption-' || g)::uuid, showcases.ids[1 + ((g::bigint * 7907) % cardinality(showcases.ids))::int], o.id,
             CASE WHEN o.country = 'FI' THEN (?::text[])[1 + g % cardinality(?::text[])]
                  ELSE (?::text[])[1 + g % cardinality(?::text[])] END,
             (ARRAY['pilot', 'spreading', 'routine', 'routine', 'spreading', 'discontinued'])[1 + g % 6],
             (now() - make_interval(days => ((g::bigint * 331) % 720)::int))::date, (10 + g % 300) || ' clients',
             now() - make_interval(days => ((g::bigint * 331) % 364)::int), now() - make_interval(days => ((g::bigint * 331) % 364)::int)
      FROM generate_series(1, ?) AS g, care, showcases,
           LATERAL (SELECT id, country FROM organisation WHERE id = care.ids[1 + ((g::bigint * 17) % cardinality(care.ids))::int]) AS o
      ON CONFLICT DO NOTHING""";
  private static final String LIBRARY = """
      WITH showcases AS (SELECT array_agg(id ORDER BY id) AS ids FROM showcase WHERE status = 'published')
      INSERT INTO library_entry (id, kind, status, content, published, published_at, created_at, updated_at, submitted_at)
      SELECT md5('generated-entry-' || g)::uuid, kind, 'published', content, content, p, p, p, p
      FROM generate_series(1, ?) AS g, showcases,
           LATERAL (SELECT (ARRAY['case', 'research', 'method'])[1 + g % 3] AS kind,
                           now() - make_interval(days => 1 + ((g::bigint * 613) % 364)::int) AS p) AS k,
           LATERAL (SELECT jsonb_build_object(
               'title', jsonb_build_object('en', 'Lessons from home care ' || g, 'fi', 'Oppeja kotihoidosta ' || g,
                                           'sv', 'Lärdomar från hemvården ' || g),
               'summary', '{"en": "What a generated implementation taught."}'::jsonb,
               'body', '{"en": "Generated text."}'::jsonb,
               'categories', jsonb_build_array((?::text[])[1 + g % cardinality(?::text[])]),
               'countries', jsonb_build_array(CASE WHEN g % 2 = 0 THEN 'FI' ELSE 'SE' END),
               'showcaseIds', jsonb_build_array(showcases.ids[1 + ((g::bigint * 389) % cardinality(showcases.ids))::int]),
               'trainingIds', '[]'::jsonb, 'challengeIds', '[]'::jsonb, 'domains', '{}'::jsonb)
             || CASE kind WHEN 'case' THEN '{"setting": {"en": "Home care"}}'::jsonb
                          WHEN 'research' THEN '{"citation": "Generated et al. 2026", "design": "observational"}'::jsonb
                          ELSE '{"steps": {"en": "1. Plan. 2. Try. 3. Learn."}}'::jsonb END AS content) AS c
      ON CONFLICT DO NOTHING""";
  private static final String CONTACTS = """
      WITH showcases AS (SELECT array_agg(id ORDER BY id) AS ids FROM showcase WHERE status = 'published')
      INSERT INTO showcase_contact (id, showcase_id, organisation_id, sender_id, message, created_at)
      SELECT md5('generated-contact-' || g)::uuid, s.id, s.organisation_id, md5('generated-person-' || (1 + ((g::bigint * 7) % ?)::int))::uuid,
             'Could we see a demonstration for our home care teams?', now() - make_interval(mins => ((g::bigint * 7919) % 524160)::int)
      FROM generate_series(1, ?) AS g CROSS JOIN showcases
      JOIN showcase s ON s.id = showcases.ids[1 + ((g::bigint * 104723) % cardinality(showcases.ids))::int]
      ON CONFLICT DO NOTHING""";
  private static final String SAVES = """
      WITH showcases AS (SELECT array_agg(id ORDER BY id) AS ids FROM showcase WHERE status = 'published')
      INSERT INTO showcase_save (account_id, showcase_id, created_at)
      SELECT md5('generated-person-' || (1 + ((g::bigint * 13) % ?)::int))::uuid, showcases.ids[1 + ((g::bigint * 104729) % cardinality(showcases.ids))::int],
             now() - make_interval(mins => ((g::bigint * 6007) % 524160)::int)
      FROM generate_series(1, ?) AS g, showcases
      ON CONFLICT DO NOTHING""";
  /**
   * Views per showcase and month: one day's count from visitors, and for every third showcase one
   * from a signed-in sector, skewed so a few showcases are viewed far more than most.
   */
  private static final String VIEWS = """
      INSERT INTO showcase_view_day (showcase_id, day, sector, country, views)
      SELECT s.id, least(current_date, (date_trunc('month', now()) - make_interval(months => m) + make_interval(days => (n + m) % 28))::date),
             x.sector, x.country, 1 + (100 / (1 + n % 50)) + (n * 7 + m) % 20
      FROM (SELECT id, (row_number() OVER (ORDER BY id))::int AS n FROM showcase WHERE status = 'published') AS s,
           generate_series(0, 11) AS m,
           LATERAL (SELECT 'visitor' AS sector, 'unknown' AS country
                    UNION ALL
                    SELECT (ARRAY['company', 'care', 'research', 'care'])[1 + (s.n + m) % 4], (ARRAY['FI', 'SE', 'NO', 'FI'])[1 + s.n % 4]
                    WHERE s.n % 3 = 0) AS x
      ON CONFLICT (showcase_id, day, sector, country) DO UPDATE SET views = showcase_view_day.views + excluded.views""";

  private Activity() {}

  /** Inserts the year's activity for a catalogue of this size; answers the rows added per table. */
  static Map<String, Integer> generate(Connection c, int showcases) throws SQLException {
    int scale = Math.max(1, showcases / 1000);
    int organisations = 20 + 4 * scale;
    int people = 200 + 50 * scale;
    int trainings = 20 + 6 * scale;
    int needs = 20 + 12 * scale;
    Array categories = c.createArrayOf("text", Taxonomy.CATEGORIES.toArray());
    Array finnish = c.createArrayOf("text", Region.inCountry("FI").stream().map(Region::id).toArray());
    Array swedish = c.createArrayOf("text", Region.inCountry("SE").stream().map(Region::id).toArray());
    Map<String, Integer> added = new LinkedHashMap<>();
    try (Statement s = c.createStatement()) {
      s.execute("SELECT setseed(0.42)");
    }
    added.put("organisations", run(c, CARE, organisations));
    added.put("people", run(c, PEOPLE, people));
    added.put("memberships", run(c, MEMBERS, people));
    added.put("trainings", run(c, TRAININGS, trainings));
    run(c, POOLS, trainings);
    added.put("enrolments", run(c, ENROLMENTS, people, trainings));
    added.put("needs", run(c, NEEDS, categories, categories, needs));
    added.put("answers", run(c, ANSWERS, needs));
    added.put("pilots", run(c, PILOTS, needs));
    added.put("adoptions", run(c, ADOPTIONS, finnish, finnish, swedish, swedish, 30 + 30 * scale));
    added.put("library entries", run(c, LIBRARY, 20 + 8 * scale, categories, categories));
    added.put("contacts", run(c, CONTACTS, people, 30 + 300 * scale));
    added.put("saves", run(c, SAVES, people, 50 + 500 * scale));
    added.put("daily view counts", run(c, VIEWS));
    return added;
  }

  private static int run(Connection c, String sql, Object... parameters) throws SQLException {
    long started = System.nanoTime();
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) statement.setObject(i + 1, parameters[i]);
      int rows = statement.executeUpdate();
      c.commit();
      LOG.info(String.format("%,d rows in %.1f s: %s", rows, (System.nanoTime() - started) / 1e9,
          sql.strip().lines().filter(l -> l.startsWith("INSERT")).findFirst().orElse("")));
      return rows;
    }
  }
}
