package org.ntc.hub.evidence;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Db;

/** Reads what public sources say of a showcase, domain by domain: a read model over pilots and the library. */
public final class EvidenceRepository {
  /**
   * Pilots count once their outcome is published and they carry an evaluation; library entries
   * while public (a published copy, not archived) and naming the showcase in that copy.
   */
  private static final String OF_SHOWCASE = """
      SELECT 'pilot' AS source, p.id, p.evaluation -> 'domains' AS domains, NULL::jsonb AS title, p.test_arena,
             p.contact_point, NULL::text AS organisation_name, p.evaluated_at AS at
      FROM pilot p
      WHERE p.showcase_id = $1 AND p.evaluation IS NOT NULL AND p.outcome IS NOT NULL
        AND p.outcome_published_at IS NOT NULL AND p.status <> 'cancelled'
      UNION ALL
      SELECT 'library', e.id, e.published -> 'domains', e.published -> 'title', NULL, NULL, o.name, e.published_at
      FROM library_entry e LEFT JOIN organisation o ON o.id = e.organisation_id
      WHERE e.published IS NOT NULL AND e.status <> 'archived'
        AND e.published -> 'showcaseIds' @> jsonb_build_array($1::text)
      ORDER BY at DESC, id""";

  private final Pool pool;

  public EvidenceRepository(Pool pool) {
    this.pool = pool;
  }

  /** One source as read: its domains as stored, and what names and dates it. */
  record Found(Statement.Source source, UUID id, JsonObject domains, JsonObject title, String testArena, String contactPoint,
               String organisationName, OffsetDateTime at) {
    static Found fromRow(Row row) {
      Object domains = row.getValue("domains");
      Object title = row.getValue("title");
      return new Found("pilot".equals(row.getString("source")) ? Statement.Source.PILOT : Statement.Source.LIBRARY,
          row.getUUID("id"), domains instanceof JsonObject json ? json : new JsonObject(),
          title instanceof JsonObject json ? json : new JsonObject(), row.getString("test_arena"), row.getString("contact_point"),
          row.getString("organisation_name"), row.getOffsetDateTime("at"));
    }
  }

  Future<List<Found>> ofShowcase(UUID showcaseId) {
    return pool.preparedQuery(OF_SHOWCASE).mapping(Found::fromRow).execute(Tuple.of(showcaseId)).map(Db::list);
  }
}
