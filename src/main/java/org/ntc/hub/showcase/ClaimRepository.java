package org.ntc.hub.showcase;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.Localised;

/** NTC's verifications of showcases' claims, and the reminders before they expire. */
public final class ClaimRepository {
  private static final String OF = """
      SELECT kind, value, verified_by_name, verified_at, expires_at, zone, note FROM showcase_claim WHERE showcase_id = $1""";
  private static final String VERIFY = """
      INSERT INTO showcase_claim (showcase_id, kind, value, verified_by, verified_by_name, verified_at, expires_at, zone, note)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
      ON CONFLICT (showcase_id, kind) DO UPDATE SET value = EXCLUDED.value, verified_by = EXCLUDED.verified_by,
        verified_by_name = EXCLUDED.verified_by_name, verified_at = EXCLUDED.verified_at, expires_at = EXCLUDED.expires_at,
        zone = EXCLUDED.zone, note = EXCLUDED.note, reminded_at = NULL""";
  /**
   * Claims expiring within a month that still hold (not yet expired, of the value the public copy
   * still claims) and whose owners were not yet told: marked told and returned. Rows another node is
   * claiming are skipped, so each verification is reminded of once.
   */
  private static final String REMIND = """
      UPDATE showcase_claim c SET reminded_at = $1
      FROM showcase s
      WHERE s.id = c.showcase_id AND (c.showcase_id, c.kind) IN (
        SELECT r.showcase_id, r.kind FROM showcase_claim r JOIN showcase rs ON rs.id = r.showcase_id
        WHERE r.reminded_at IS NULL AND r.expires_at > $1 AND r.expires_at <= $1 + interval '1 month'
          AND rs.published IS NOT NULL AND rs.status <> 'archived'
          AND r.value = rs.published->>(CASE r.kind WHEN 'regulatory' THEN 'regulatoryStatus' ELSE 'evidenceLevel' END)
        ORDER BY r.expires_at LIMIT $2 FOR UPDATE OF r SKIP LOCKED)
      RETURNING c.showcase_id, c.kind, c.value, c.expires_at, c.zone, s.organisation_id, s.published->'title' AS title""";

  /** A claim about to expire, and whose members to tell. */
  record Expiring(UUID showcaseId, ClaimKind kind, String value, OffsetDateTime expiresAt, ZoneId zone, UUID organisationId,
                  Localised title) {}

  private final Pool pool;

  public ClaimRepository(Pool pool) {
    this.pool = pool;
  }

  Pool pool() {
    return pool;
  }

  Future<List<Claims.Verification>> of(UUID showcaseId) {
    return pool.preparedQuery(OF).mapping(ClaimRepository::verification).execute(Tuple.of(showcaseId)).map(Db::list);
  }

  Future<Void> verify(SqlClient tx, UUID showcaseId, ClaimKind kind, String value, UUID verifier, String verifierName,
                      OffsetDateTime at, ClaimVerification verification, ZoneId zone) {
    return tx.preparedQuery(VERIFY).execute(Tuple.of(showcaseId, kind.code(), value, verifier, verifierName, at,
        verification.expiresAt(), zone.getId(), verification.note())).mapEmpty();
  }

  Future<List<Expiring>> claimReminders(SqlClient tx, OffsetDateTime now, int limit) {
    return tx.preparedQuery(REMIND).mapping(row -> new Expiring(row.getUUID("showcase_id"),
            Coded.of(ClaimKind.class, row.getString("kind")), row.getString("value"), row.getOffsetDateTime("expires_at"),
            ZoneId.of(row.getString("zone")), row.getUUID("organisation_id"), Localised.of(row.getJsonObject("title"))))
        .execute(Tuple.of(now, limit)).map(Db::list);
  }

  private static Claims.Verification verification(Row row) {
    return new Claims.Verification(Coded.of(ClaimKind.class, row.getString("kind")), row.getString("value"),
        row.getString("verified_by_name"), row.getOffsetDateTime("verified_at"), row.getOffsetDateTime("expires_at"),
        ZoneId.of(row.getString("zone")), row.getString("note"));
  }
}
