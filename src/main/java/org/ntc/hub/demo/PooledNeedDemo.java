package org.ntc.hub.demo;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;

/**
 * Pooled needs: Lakeus's remote blood pressure need is co-signed by a second Finnish wellbeing
 * services county (Rannikko) and by Region Norrkusten in Sweden, each with its own number of
 * clients, so companies see three organisations and the combined scale. The needs get their
 * owners' numbers; Rannikko's home care manager is a demo person who can co-sign other needs.
 */
final class PooledNeedDemo {
  static final UUID RANNIKKO = UUID.fromString("00000000-0000-4000-8000-000000000203");
  /** Tuula Rantala, home care manager at Rannikko: co-signs needs in the demo. */
  static final UUID TUULA = PeopleDemo.id(2001);
  static final String TUULA_EMAIL = "tuula.rantala@rannikko.example";

  private static final String ORGANISATION = """
      INSERT INTO organisation (id, name, type, country, website, description, verified, verified_at)
      VALUES ($1, 'Rannikon hyvinvointialue', 'care', 'FI', 'https://rannikko.example', $2, true, now()) ON CONFLICT DO NOTHING""";
  /** The demo password is the same for every demo person: Tuula's is copied from Anna's. */
  private static final String PERSON = """
      INSERT INTO account (id, email, password_hash, name, locale, title, expertise, languages, visibility, email_verified_at)
      SELECT $1, $2, a.password_hash, 'Tuula Rantala', 'fi', 'Home care manager', 'Home care, remote monitoring',
             '{fi,sv}', $3, now()
      FROM account a WHERE a.id = $4 ON CONFLICT DO NOTHING""";
  private static final String MEMBERSHIP = """
      INSERT INTO membership (organisation_id, account_id, role) VALUES ($1, $2, 'admin') ON CONFLICT DO NOTHING""";
  private static final String SCALE = "UPDATE challenge SET scale = $2 WHERE id = $1";
  /** The other demo needs were written after the migration that read numbers out of their scale texts: the same rule. */
  private static final String SCALES_FROM_TEXT = """
      UPDATE challenge SET scale = least(substring(expected_scale FROM '[0-9]{1,7}')::int, 1000000)
      WHERE scale IS NULL AND substring(expected_scale FROM '[0-9]{1,7}')::int > 0""";
  private static final String COSIGN = """
      INSERT INTO challenge_cosign (challenge_id, organisation_id, scale, note, signed_by, created_at, updated_at)
      VALUES ($1, $2, $3, $4, $5, now() - make_interval(days => $6), now() - make_interval(days => $6))
      ON CONFLICT DO NOTHING""";

  private PooledNeedDemo() {}

  static Future<Void> load(SqlConnection tx) {
    JsonObject description = new JsonObject()
        .put("en", "Wellbeing services county responsible for health and social services on the Ostrobothnian coast.")
        .put("fi", "Hyvinvointialue, joka vastaa sosiaali- ja terveyspalveluista Pohjanmaan rannikolla.")
        .put("sv", "Välfärdsområde som ansvarar för social- och hälsotjänsterna längs Österbottens kust.");
    JsonObject visibility = new JsonObject().put("name", "public").put("title", "public").put("organisations", "public")
        .put("expertise", "members").put("languages", "public");
    return tx.preparedQuery(ORGANISATION).execute(Tuple.of(RANNIKKO, description))
        .compose(done -> tx.preparedQuery(PERSON).execute(Tuple.of(TUULA, TUULA_EMAIL, visibility, PeopleDemo.id(5))))
        .compose(done -> tx.preparedQuery(MEMBERSHIP).execute(Tuple.of(RANNIKKO, TUULA)))
        .compose(done -> tx.preparedQuery(SCALE).executeBatch(List.of(Tuple.of(ChallengeDemo.HOME_CARE_NEED, 350),
            Tuple.of(ChallengeDemo.GAP_NEED, 60))))
        .compose(done -> tx.preparedQuery(SCALES_FROM_TEXT).execute())
        .compose(done -> tx.preparedQuery(COSIGN).executeBatch(List.of(
            Tuple.of(ChallengeDemo.HOME_CARE_NEED, RANNIKKO, 220, "Kotihoidon asiakkaat Kristiinankaupungista Kaskiseen, kolme tiimiä.",
                TUULA, 40),
            Tuple.of(ChallengeDemo.HOME_CARE_NEED, PeopleDemo.NORRKUSTEN, 180,
                "Hemtjänstens klienter i två kommuner; vi vill pröva samma lösning på svenska.", PeopleDemo.id(6), 25))))
        .mapEmpty();
  }
}
