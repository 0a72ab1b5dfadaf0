package org.ntc.hub.demo;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.List;

/**
 * NTC's verifications of demo showcases' claims, so a showcase page shows every state: Hoivatek's
 * blood-pressure monitor is verified (its evidence soon to expire, so its members are reminded),
 * MediDose's dispenser carries an expired CE verification, and the rest are not verified.
 */
final class ClaimDemo {
  /** The value verified is the one the showcase's approved copy claims, read in the same statement. */
  private static final String CLAIM = """
      INSERT INTO showcase_claim (showcase_id, kind, value, verified_by, verified_by_name, verified_at, expires_at, zone, note)
      SELECT s.id, $2, s.published->>(CASE $2 WHEN 'regulatory' THEN 'regulatoryStatus' ELSE 'evidenceLevel' END), a.id, a.name,
             now() - make_interval(days => $4), date_trunc('day', now() + make_interval(days => $5)), 'Europe/Helsinki', $6
      FROM showcase s, account a WHERE s.id = $1 AND a.id = $3 AND s.published IS NOT NULL
      ON CONFLICT DO NOTHING""";

  private ClaimDemo() {}

  static Future<Void> load(SqlConnection tx) {
    return tx.preparedQuery(CLAIM).executeBatch(List.of(
            Tuple.of(ShowcaseDemo.id(1), "regulatory", PeopleDemo.id(1), 270, 460, "CE certificate 0537-MDR-2026-118"),
            Tuple.of(ShowcaseDemo.id(1), "evidence", PeopleDemo.id(1), 340, 20, "Pilot report, NTC test home, 2026"),
            Tuple.of(ShowcaseDemo.id(4), "regulatory", PeopleDemo.id(2), 400, -10, "CE certificate 2460-MDR-2025-07")))
        .mapEmpty();
  }
}
