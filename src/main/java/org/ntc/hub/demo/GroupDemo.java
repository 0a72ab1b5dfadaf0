package org.ntc.hub.demo;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Three theme groups across the border with members of both countries, lively threads in Finnish,
 * Swedish and English over the past weeks, and the trainings that suit them. Two nurses join the
 * demo for this: Elin Holmberg of Region Norrkusten and Sanna Mäki of Lakeuden hyvinvointialue.
 */
final class GroupDemo {
  static final UUID REMOTE_MONITORING = id(1);
  static final UUID MEDICATION = id(2);
  static final UUID NIGHTS = id(3);
  static final UUID ELIN = PeopleDemo.id(61);
  static final UUID SANNA = PeopleDemo.id(62);

  /** The nurses share the demo password: their hash is copied from Anna Rinne's account. */
  private static final String PERSON = """
      INSERT INTO account (id, email, password_hash, name, locale, title, expertise, languages, visibility, email_verified_at)
      SELECT $1, $2, password_hash, $3, $4, $5, $6, $7,
             '{"name": "public", "title": "public", "organisations": "public", "expertise": "members", "languages": "public"}'::jsonb, now()
      FROM account WHERE id = $8
      ON CONFLICT DO NOTHING""";
  private static final String MEMBERSHIP = """
      INSERT INTO membership (organisation_id, account_id, role) VALUES ($1, $2, 'member') ON CONFLICT DO NOTHING""";
  private static final String GROUP = """
      INSERT INTO theme_group (id, name, description, created_by, created_at, updated_at)
      VALUES ($1, $2, $3, $4, now() - make_interval(days => $5), now() - make_interval(days => $5)) ON CONFLICT DO NOTHING""";
  private static final String MEMBER = """
      INSERT INTO group_member (group_id, account_id, joined_at) VALUES ($1, $2, now() - make_interval(days => $3))
      ON CONFLICT DO NOTHING""";
  private static final String THREAD = """
      INSERT INTO group_thread (id, group_id, title, author_id, showcase_ids, library_ids, created_at, last_post_at)
      VALUES ($1, $2, $3, $4, $5, $6, now() - make_interval(hours => $7), now() - make_interval(hours => $7)) ON CONFLICT DO NOTHING""";
  private static final String POST = """
      INSERT INTO group_post (id, thread_id, author_id, text, created_at) VALUES ($1, $2, $3, $4, now() - make_interval(hours => $5))
      ON CONFLICT DO NOTHING""";
  private static final String LAST_POST = """
      UPDATE group_thread t SET last_post_at = (SELECT max(created_at) FROM group_post p WHERE p.thread_id = t.id)
      WHERE t.group_id = ANY($1)""";
  private static final String EVENT = "INSERT INTO group_event (group_id, training_id) VALUES ($1, $2) ON CONFLICT DO NOTHING";
  private static final String FIRST_SHOWCASE = """
      SELECT array_agg(id) AS ids FROM (SELECT s.id FROM showcase s WHERE s.published IS NOT NULL AND s.status <> 'archived'
      ORDER BY s.published_at NULLS LAST, s.id LIMIT 1) s""";

  private GroupDemo() {}

  static Future<Void> load(SqlConnection tx) {
    List<Tuple> people = List.of(
        Tuple.of(ELIN, "elin.holmberg@norrkusten.example", "Elin Holmberg", "sv", "Distriktssköterska, hemsjukvården",
            "Hemsjukvård, läkemedelshantering").addArrayOfString(new String[] {"sv", "en"}).addUUID(PeopleDemo.id(5)),
        Tuple.of(SANNA, "sanna.maki@lakeus.example", "Sanna Mäki", "fi", "Sairaanhoitaja, kotihoito",
            "Etämittaus, yöhoito").addArrayOfString(new String[] {"fi", "sv"}).addUUID(PeopleDemo.id(5)));
    List<Tuple> memberships = List.of(Tuple.of(PeopleDemo.NORRKUSTEN, ELIN), Tuple.of(PeopleDemo.LAKEUS, SANNA));
    List<Tuple> groups = List.of(
        group(REMOTE_MONITORING, 40,
            text("Remote monitoring in home care", "Etämittaus kotihoidossa", "Distansmonitorering i hemvården"),
            text("Nurses, developers and companies from both sides of the Kvarken compare how remote measurements change home care visits: which devices, which alarm limits, and how to share the work.",
                "Hoitajat, kehittäjät ja yritykset Merenkurkun molemmin puolin vertailevat, miten etämittaukset muuttavat kotihoidon käyntejä: mitkä laitteet, mitkä hälytysrajat ja miten työ jaetaan.",
                "Sjuksköterskor, utvecklare och företag på båda sidor om Kvarken jämför hur distansmätningar förändrar hemvårdens besök: vilka enheter, vilka larmgränser och hur arbetet delas.")),
        group(MEDICATION, 35,
            text("Medication safety at home", "Lääkitysturvallisuus kotona", "Läkemedelssäkerhet i hemmet"),
            text("Automatic dispensers, dose reminders and the nurse’s role when a dose is missed.",
                "Lääkeannostelijat, annosmuistutukset ja hoitajan rooli, kun annos jää ottamatta.",
                "Läkemedelsautomater, dospåminnelser och sjuksköterskans roll när en dos missas.")),
        group(NIGHTS, 20,
            text("Safe nights: digital supervision", "Turvalliset yöt: digitaalinen valvonta", "Trygga nätter: digital tillsyn"),
            text("Night-time camera supervision, sensors and safety phones: what clients and relatives think, and what it frees nurses to do.",
                "Yöllinen kameravalvonta, anturit ja turvapuhelimet: mitä asiakkaat ja omaiset ajattelevat ja mihin hoitajien aika vapautuu.",
                "Nattlig kameratillsyn, sensorer och trygghetstelefoner: vad kunder och anhöriga tycker och vad det frigör för sjuksköterskorna.")));
    List<Tuple> members = new ArrayList<>();
    for (int n : new int[] {1, 2, 3, 5, 6, 8}) members.add(Tuple.of(REMOTE_MONITORING, PeopleDemo.id(n), 30 - n));
    members.add(Tuple.of(REMOTE_MONITORING, ELIN, 25));
    members.add(Tuple.of(REMOTE_MONITORING, SANNA, 24));
    for (int n : new int[] {2, 4, 5}) members.add(Tuple.of(MEDICATION, PeopleDemo.id(n), 30 - n));
    members.add(Tuple.of(MEDICATION, ELIN, 20));
    members.add(Tuple.of(NIGHTS, PeopleDemo.id(1), 18));
    members.add(Tuple.of(NIGHTS, PeopleDemo.id(6), 15));
    members.add(Tuple.of(NIGHTS, SANNA, 12));
    return tx.preparedQuery(PERSON).executeBatch(people)
        .compose(done -> tx.preparedQuery(MEMBERSHIP).executeBatch(memberships))
        .compose(done -> tx.preparedQuery(GROUP).executeBatch(groups))
        .compose(done -> tx.preparedQuery(MEMBER).executeBatch(members))
        .compose(done -> tx.preparedQuery(FIRST_SHOWCASE).execute())
        .compose(rows -> {
          UUID[] showcase = rows.iterator().next().getArrayOfUUIDs("ids");
          return threads(tx, showcase == null ? new UUID[0] : showcase);
        })
        .compose(done -> tx.preparedQuery(LAST_POST).execute(Tuple.tuple().addArrayOfUUID(new UUID[] {REMOTE_MONITORING, MEDICATION, NIGHTS})))
        .compose(done -> tx.preparedQuery(EVENT).executeBatch(List.of(
            Tuple.of(REMOTE_MONITORING, TrainingDemo.id(1)), Tuple.of(MEDICATION, TrainingDemo.id(3)))))
        .mapEmpty();
  }

  private static Future<Void> threads(SqlConnection tx, UUID[] showcase) {
    List<Tuple> threads = List.of(
        thread(1, REMOTE_MONITORING, "Vilka larmgränser använder ni för blodtryck?", ELIN, showcase, 240),
        thread(2, REMOTE_MONITORING, "Etämittaus yöaikaan – kuka reagoi hälytyksiin?", SANNA, new UUID[0], 120),
        thread(3, MEDICATION, "Missed doses: how quickly should home care react?", PeopleDemo.id(2), new UUID[0], 200),
        thread(4, NIGHTS, "Mitä omaiset ajattelevat yökameroista?", PeopleDemo.id(1), new UUID[0], 90));
    List<Tuple> posts = List.of(
        post(1, 1, ELIN, "Vi har börjat med distansmätning hos 30 kunder. Läkaren satte larmgränsen för systoliskt tryck till **160**, "
            + "men vi får många larm på morgonen. Hur har ni gjort i Finland?", 240),
        post(2, 1, PeopleDemo.id(5), "Meillä Lakeudella raja on asiakaskohtainen: lääkäri kirjaa sen hoitosuunnitelmaan. "
            + "Aamumittaukset ennen lääkkeitä nostivat hälytyksiä, joten siirsimme mittauksen lääkkeenoton jälkeen.", 200),
        post(3, 1, PeopleDemo.id(3), "Hoivatek's kit lets you set a separate morning limit per client; we can show it at the next training.", 150),
        post(4, 1, ELIN, "Tack Anna! Vi provar att flytta mätningen efter medicineringen och återkommer om två veckor.", 30),
        post(5, 2, SANNA, "Yöllä hälytykset menevät meillä yöpartiolle. Onko kenelläkään kokemusta siitä, että etämittauksen hälytykset "
            + "ohjataan suoraan turvapuhelinkeskukseen?", 120),
        post(6, 2, PeopleDemo.id(6), "I Norrkusten går nattlarmen till trygghetscentralen, som ringer kunden först. "
            + "Det minskade utryckningarna med ungefär en tredjedel.", 70),
        post(7, 3, PeopleDemo.id(2), "In Umeå, the dispenser alerts home care 30 minutes after a missed dose. Is that too slow for insulin?", 200),
        post(8, 3, ELIN, "För insulin ringer vi kunden redan efter 15 minuter; för övriga läkemedel räcker 30 minuter.", 160),
        post(9, 3, PeopleDemo.id(4), "MediDose can set the delay per medicine; happy to show it to anyone interested.", 100),
        post(10, 4, PeopleDemo.id(1), "Kokeilussa olleiden asiakkaiden omaiset kysyvät usein, tallentaako kamera. Miten te kerrotte asiasta?", 90),
        post(11, 4, PeopleDemo.id(6), "Vi ger en skriftlig information på kundens språk: kameran spelar inte in, den visar bara en bild vid tillsynen.", 40));
    return tx.preparedQuery(THREAD).executeBatch(threads).compose(done -> tx.preparedQuery(POST).executeBatch(posts)).mapEmpty();
  }

  private static Tuple group(UUID id, int daysAgo, JsonObject name, JsonObject description) {
    return Tuple.of(id, name, description, PeopleDemo.id(1), daysAgo);
  }

  private static Tuple thread(int n, UUID group, String title, UUID author, UUID[] showcases, int hoursAgo) {
    return Tuple.of(id(100 + n), group, title, author).addArrayOfUUID(showcases).addArrayOfUUID(new UUID[0]).addInteger(hoursAgo);
  }

  private static Tuple post(int n, int thread, UUID author, String text, int hoursAgo) {
    return Tuple.of(id(200 + n), id(100 + thread), author, text, hoursAgo);
  }

  private static JsonObject text(String en, String fi, String sv) {
    return new JsonObject().put("en", en).put("fi", fi).put("sv", sv);
  }

  static UUID id(int n) {
    return UUID.fromString(String.format("00000000-0000-4000-a700-%012d", n));
  }
}
