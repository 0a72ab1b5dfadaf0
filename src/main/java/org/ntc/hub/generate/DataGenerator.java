package org.ntc.hub.generate;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.logging.Logger;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.Database;
import org.ntc.hub.platform.Site;

/**
 * Fills a database with realistic published content in Finnish, Swedish and English, for
 * benchmarks: verified companies and their published showcases. Deterministic for a seed.
 * Runs as a command (blocking JDBC), never inside the server.
 */
public final class DataGenerator {
  private static final Logger LOG = Logger.getLogger(DataGenerator.class.getName());
  private static final String ORGANISATION = """
      INSERT INTO organisation (id, name, type, country, website, description, verified, verified_at)
      VALUES (?, ?, 'company', ?, ?, ?::jsonb, true, now()) ON CONFLICT DO NOTHING""";
  private static final String SHOWCASE = """
      INSERT INTO showcase (id, organisation_id, status, content, published, published_at, created_at)
      VALUES (?, ?, 'published', ?::jsonb, ?::jsonb, now() - make_interval(mins => ?), now() - make_interval(mins => ?))""";
  private static final int BATCH = 1000;

  private final Database database;
  private final Random random;

  public DataGenerator(Database database, long seed) {
    this.database = database;
    this.random = new Random(seed);
  }

  public record Counts(int organisations, int showcases, int trainings, Map<String, Integer> activity) {}

  private static final String TRAINING = """
      INSERT INTO training (id, status, title, description, format, contact_point, starts_at, ends_at, enrolment_closes_at,
                            language, audience)
      VALUES (?, 'published', ?::jsonb, ?::jsonb, ?, ?, now() + make_interval(hours => ?), now() + make_interval(hours => ? + 3),
              now() + make_interval(hours => ? - 24), ?, ?)""";
  private static final String POOL = "INSERT INTO training_seat_pool (training_id, site, capacity) VALUES (?, 'main', ?)";

  public Counts generate(int organisations, int showcases) {
    return generate(organisations, showcases, 0);
  }

  public Counts generate(int organisations, int showcases, int trainings) {
    return generate(organisations, showcases, trainings, false);
  }

  /** The catalogue, and with {@code activity} a year of activity around it (see {@link Activity}). */
  public Counts generate(int organisations, int showcases, int trainings, boolean activity) {
    try (Connection c = DriverManager.getConnection(database.jdbcUrl() + "?reWriteBatchedInserts=true",
        database.connectOptions().getUser(), database.connectOptions().getPassword())) {
      c.setAutoCommit(false);
      List<UUID> orgIds = insertOrganisations(c, Math.max(1, organisations));
      insertShowcases(c, orgIds, showcases);
      insertTrainings(c, trainings);
      c.commit();
      Map<String, Integer> added = activity ? Activity.generate(c, showcases) : Map.of();
      c.setAutoCommit(true);
      try (var s = c.createStatement()) {
        s.execute("VACUUM ANALYZE organisation");
        s.execute("VACUUM ANALYZE showcase");
        s.execute("VACUUM ANALYZE showcase_listing");
        s.execute("ANALYZE showcase_facet");
        s.execute("VACUUM ANALYZE training");
        s.execute("VACUUM ANALYZE training_seat_pool");
        // The search index is filled by triggers as rows arrive; a search must not visit every page
        // to learn what is visible, as it would until autovacuum came by.
        s.execute("VACUUM ANALYZE search_entry");
        if (activity) {
          for (String table : List.of("account", "membership", "enrolment", "challenge", "challenge_answer", "pilot", "adoption",
              "library_entry", "showcase_contact", "showcase_save", "showcase_view_day")) {
            s.execute("VACUUM ANALYZE " + table);
          }
        }
      }
      return new Counts(orgIds.size(), showcases, trainings, added);
    } catch (SQLException e) {
      throw new IllegalStateException("generating data failed: " + e.getMessage(), e);
    }
  }

  private List<UUID> insertOrganisations(Connection c, int count) throws SQLException {
    List<UUID> ids = new ArrayList<>();
    try (PreparedStatement insert = c.prepareStatement(ORGANISATION)) {
      for (int i = 0; i < count; i++) {
        UUID id = new UUID(0x6e7463L, i + 1L);
        String[] name = Phrases.COMPANY_NAMES[i % Phrases.COMPANY_NAMES.length];
        Country country = i % 3 == 0 ? Country.SE : i % 7 == 0 ? Country.NO : Country.FI;
        String full = name[0] + " " + (i / Phrases.COMPANY_NAMES.length + 1) + " " + (country == Country.FI ? "Oy" : "AB");
        insert.setObject(1, id);
        insert.setString(2, full);
        insert.setString(3, country.name());
        insert.setString(4, "https://" + name[0].toLowerCase().replace(' ', '-') + "-" + i + ".example");
        insert.setString(5, new JsonObject().put("en", name[1]).put("fi", name[2]).put("sv", name[3]).encode());
        insert.addBatch();
        ids.add(id);
      }
      insert.executeBatch();
    }
    return ids;
  }

  private void insertShowcases(Connection c, List<UUID> organisations, int count) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(SHOWCASE)) {
      for (int i = 0; i < count; i++) {
        String content = showcase(i).encode();
        int minutesAgo = random.nextInt(60 * 24 * 365 * 3);
        insert.setObject(1, UUID.nameUUIDFromBytes(("showcase-" + i).getBytes()));
        insert.setObject(2, organisations.get(random.nextInt(organisations.size())));
        insert.setString(3, content);
        insert.setString(4, content);
        insert.setInt(5, minutesAgo);
        insert.setInt(6, minutesAgo + 60);
        insert.addBatch();
        if ((i + 1) % BATCH == 0) {
          insert.executeBatch();
          c.commit();
          if ((i + 1) % 10_000 == 0) LOG.info("generated " + (i + 1) + " showcases");
        }
      }
      insert.executeBatch();
    }
  }

  /** Upcoming trainings over the next year at both contact points, each with one seat pool. */
  private void insertTrainings(Connection c, int count) throws SQLException {
    String[] formats = {"onsite", "online"};
    Site[] points = {Site.SEINAJOKI, Site.UMEA};
    String[] languages = {"fi", "sv", "en"};
    String[] audiences = {"professionals", "citizens", "companies"};
    try (PreparedStatement insert = c.prepareStatement(TRAINING); PreparedStatement pool = c.prepareStatement(POOL)) {
      for (int i = 0; i < count; i++) {
        Phrases.Product product = Phrases.PRODUCTS[random.nextInt(Phrases.PRODUCTS.length)];
        UUID id = UUID.nameUUIDFromBytes(("training-" + i).getBytes());
        int inHours = 48 + random.nextInt(24 * 365);
        JsonObject title = new JsonObject().put("en", product.en() + ": getting started")
            .put("fi", product.fi() + ": käytön perusteet").put("sv", product.sv() + ": att komma igång");
        JsonObject description = new JsonObject()
            .put("en", "Hands-on session on " + product.en().toLowerCase() + " for home care and families.")
            .put("fi", "Käytännön koulutus aiheesta " + product.fi().toLowerCase() + " kotihoidolle ja omaisille.")
            .put("sv", "Praktisk utbildning om " + product.sv().toLowerCase() + " för hemtjänsten och anhöriga.");
        insert.setObject(1, id);
        insert.setString(2, title.encode());
        insert.setString(3, description.encode());
        insert.setString(4, formats[random.nextInt(2)]);
        insert.setString(5, points[random.nextInt(points.length)].id());
        insert.setInt(6, inHours);
        insert.setInt(7, inHours);
        insert.setInt(8, inHours);
        insert.setString(9, languages[random.nextInt(languages.length)]);
        insert.setArray(10, c.createArrayOf("text", new String[] {audiences[random.nextInt(audiences.length)]}));
        insert.addBatch();
        pool.setObject(1, id);
        pool.setInt(2, 10 + random.nextInt(190));
        pool.addBatch();
        if ((i + 1) % BATCH == 0) {
          insert.executeBatch();
          pool.executeBatch();
        }
      }
      insert.executeBatch();
      pool.executeBatch();
    }
  }

  private JsonObject showcase(int n) {
    Phrases.Product product = Phrases.PRODUCTS[random.nextInt(Phrases.PRODUCTS.length)];
    String[] setting = Phrases.SETTINGS[random.nextInt(Phrases.SETTINGS.length)];
    String[] benefit = Phrases.BENEFITS[random.nextInt(Phrases.BENEFITS.length)];
    String[] extra = Phrases.BENEFITS[random.nextInt(Phrases.BENEFITS.length)];
    String model = " " + (char) ('A' + random.nextInt(26)) + (100 + n % 900);
    JsonArray countries = new JsonArray();
    for (Country country : Country.values()) if (random.nextInt(3) > 0 || countries.isEmpty()) countries.add(country.name());
    JsonArray groups = new JsonArray().add(Phrases.TARGET_GROUPS[random.nextInt(Phrases.TARGET_GROUPS.length)]);
    return new JsonObject()
        .put("title", new JsonObject().put("en", product.en() + " " + setting[0] + model)
            .put("fi", product.fi() + " " + setting[1] + model).put("sv", product.sv() + " " + setting[2] + model))
        .put("summary", new JsonObject().put("en", benefit[0]).put("fi", benefit[1]).put("sv", benefit[2]))
        .put("description", new JsonObject().put("en", benefit[0] + " " + extra[0])
            .put("fi", benefit[1] + " " + extra[1]).put("sv", benefit[2] + " " + extra[2]))
        .put("categories", new JsonArray().add(product.category()))
        .put("targetGroups", groups)
        .put("countries", countries)
        .put("languages", new JsonArray().add("fi").add("sv").add("en"))
        .put("regulatoryStatus", Phrases.REGULATORY[random.nextInt(Phrases.REGULATORY.length)])
        .put("evidenceLevel", Phrases.EVIDENCE[random.nextInt(Phrases.EVIDENCE.length)])
        .put("website", null)
        .put("contactEmail", null);
  }
}
