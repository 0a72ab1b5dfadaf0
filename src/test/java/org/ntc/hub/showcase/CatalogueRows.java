package org.ntc.hub.showcase;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A catalogue written straight into the database, for tests that need more published showcases
 * than the API would take in their time: an organisation, then showcases published with the same
 * content as their working copy. The database's triggers fill the listing as they do for the app.
 */
final class CatalogueRows {
  /** One published showcase: its organisation, its content (working and published copy) and when it was published. */
  public record Published(UUID id, UUID organisation, JsonObject content, OffsetDateTime at) {}

  private static final String[] COUNTRIES = {"FI", "SE", "NO"};
  private static final String[] EVIDENCE = {"concept", "pilot", "clinical-study", "routine-use"};

  private CatalogueRows() {}

  /**
   * The {@code i}th showcase's classification, spread over every filter's values (one or two
   * countries, one or two languages, some without a regulatory status), with the given
   * categories and no website or contact: the caller adds the texts.
   */
  public static JsonObject classified(int i, List<String> categories) {
    return new JsonObject()
        .put("categories", new JsonArray(categories.stream().distinct().toList()))
        .put("targetGroups", new JsonArray().add(Taxonomy.TARGET_GROUPS.get(i % Taxonomy.TARGET_GROUPS.size())))
        .put("countries", new JsonArray(List.of(COUNTRIES[i % 3], COUNTRIES[(i / 5) % 3]).stream().distinct().toList()))
        .put("languages", i % 4 == 0 ? new JsonArray().add("fi") : new JsonArray().add("fi").add("sv"))
        .put("regulatoryStatus", i % 5 == 0 ? null : Taxonomy.REGULATORY_STATUSES.get(i % Taxonomy.REGULATORY_STATUSES.size()))
        .put("evidenceLevel", EVIDENCE[(i / 2) % EVIDENCE.length])
        .put("website", null)
        .put("contactEmail", null);
  }

  /** A Finnish company, described in Finnish only. */
  public static void organisation(Connection c, UUID id, String name, String website, String description, boolean verified)
      throws SQLException {
    try (PreparedStatement org = c.prepareStatement("""
        INSERT INTO organisation (id, name, type, country, website, description, verified, verified_at)
        VALUES (?, ?, 'company', 'FI', ?, ?::jsonb, ?, now())""")) {
      org.setObject(1, id);
      org.setString(2, name);
      org.setString(3, website);
      org.setString(4, new JsonObject().put("fi", description).encode());
      org.setBoolean(5, verified);
      org.executeUpdate();
    }
  }

  public static void published(Connection c, List<Published> showcases) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement("""
        INSERT INTO showcase (id, organisation_id, status, content, published, published_at, created_at)
        VALUES (?, ?, 'published', ?::jsonb, ?::jsonb, ?, ?)""")) {
      for (Published showcase : showcases) {
        String content = showcase.content().encode();
        insert.setObject(1, showcase.id());
        insert.setObject(2, showcase.organisation());
        insert.setString(3, content);
        insert.setString(4, content);
        insert.setObject(5, showcase.at());
        insert.setObject(6, showcase.at());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
