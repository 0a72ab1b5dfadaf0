package org.ntc.hub.demo;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Country;

/**
 * The whole loop once: a home care need from Lakeus, answered by Hoivatek's blood pressure
 * monitoring, piloted at the Seinäjoki test home, with its outcome published as evidence;
 * plus an open Swedish need that MediDose has answered, ready for a pilot, and companies following categories.
 */
final class ChallengeDemo {
  private static final String CHALLENGE = """
      INSERT INTO challenge (id, organisation_id, created_by, status, title, description, categories, target_groups, country,
                             languages, responses_due, expected_scale, submitted_at, published_at)
      VALUES ($1, $2, $3, 'published', $4, $5, $6, $7, $8, $9, current_date + $10::int, $11,
              now() - make_interval(days => $12 + 1), now() - make_interval(days => $12))""";
  private static final String ANSWER = """
      INSERT INTO challenge_answer (id, challenge_id, showcase_id, organisation_id, author_id, proposal, created_at)
      VALUES ($1, $2, $3, $4, $5, $6, now() - interval '100 days')""";
  private static final String RECENT_ANSWER = """
      INSERT INTO challenge_answer (id, challenge_id, showcase_id, organisation_id, author_id, proposal, created_at)
      VALUES ($1, $2, $3, $4, $5, $6, now() - interval '1 day')""";
  private static final String PILOT = """
      INSERT INTO pilot (id, answer_id, challenge_id, showcase_id, care_organisation_id, company_id, contact_point, test_arena,
                         starts_on, ends_on, goals, status, outcome, outcome_published_at, created_by)
      VALUES ($1, $2, $3, $4, $5, $6, 'seinajoki', $7, current_date - 120, current_date - 20, $8, 'completed', $9,
              now() - interval '10 days', $10)""";
  private static final String FOLLOW = "INSERT INTO category_follow (organisation_id, category) VALUES ($1, $2)";

  static final UUID HOME_CARE_NEED = UUID.fromString("00000000-0000-4000-e000-000000000001");
  private static final UUID MEDICATION_NEED = UUID.fromString("00000000-0000-4000-e000-000000000002");
  /** A need nothing in the catalogue fits: staff see it among the gaps in the market. */
  static final UUID GAP_NEED = UUID.fromString("00000000-0000-4000-e000-000000000003");
  private static final UUID ANSWER_ID = UUID.fromString("00000000-0000-4000-e000-000000000101");
  /** MediDose's answer to the Swedish need: waiting for staff to start a pilot from it. */
  private static final UUID OPEN_ANSWER_ID = UUID.fromString("00000000-0000-4000-e000-000000000102");
  static final UUID PILOT_ID = UUID.fromString("00000000-0000-4000-e000-000000000201");

  private ChallengeDemo() {}

  static Future<Void> load(SqlConnection tx) {
    return tx.preparedQuery(CHALLENGE).executeBatch(List.of(
            Tuple.of(HOME_CARE_NEED, PeopleDemo.LAKEUS, PeopleDemo.id(5),
                texts("Verenpaineen etäseuranta kotihoidon asiakkaille", "Distansuppföljning av blodtryck för hemvårdens klienter",
                    "Remote blood pressure follow-up for home care clients"),
                texts("Kotihoitomme käy mittaamassa verenpainetta päivittäin. Etsimme ratkaisua, jossa asiakas mittaa itse ja hoitaja näkee poikkeamat heti.",
                    "Vår hemvård mäter blodtryck dagligen på hembesök. Vi söker en lösning där klienten mäter själv och sköterskan ser avvikelser direkt.",
                    "Our home care measures blood pressure on daily visits. We look for a solution where clients measure themselves and nurses see deviations at once."),
                new String[] {"remote-monitoring"}, new String[] {"older-people", "chronic-conditions"})
                .addString(Country.FI.name()).addArrayOfString(new String[] {"fi", "sv"}).addInteger(45)
                .addString("350 kotihoidon asiakasta, 4 tiimiä").addInteger(130),
            Tuple.of(MEDICATION_NEED, PeopleDemo.NORRKUSTEN, PeopleDemo.id(6),
                texts("Lääkemuistutukset kotipalvelun asiakkaille", "Läkemedelspåminnelser för hemtjänstens klienter",
                    "Medication reminders for home help clients"),
                texts("Haemme ratkaisua, joka muistuttaa lääkkeistä ja kertoo hoitajalle, jos annos jää ottamatta.",
                    "Vi söker en lösning som påminner om läkemedel och meddelar personalen om en dos inte tas.",
                    "We seek a solution that reminds clients of their medicines and tells staff when a dose is missed."),
                new String[] {"medication-management"}, new String[] {"older-people"})
                .addString(Country.SE.name()).addArrayOfString(new String[] {"sv"}).addInteger(60)
                .addString("120 klienter i två kommuner").addInteger(3),
            Tuple.of(GAP_NEED, PeopleDemo.LAKEUS, PeopleDemo.id(5),
                texts("Puheterapiaa kotiin aivoinfarktin jälkeen", "Talterapi i hemmet efter en stroke",
                    "Speech therapy at home after a stroke"),
                texts("Afasiakuntoutujat odottavat puheterapeuttia kuukausia. Etsimme tapaa harjoitella puhetta päivittäin terapeutin "
                        + "ohjauksessa, myös harvaan asutuilla alueilla.",
                    "Personer med afasi väntar i månader på logoped. Vi söker ett sätt att öva tal dagligen med logopedens stöd, "
                        + "också i glesbygden.",
                    "People with aphasia wait months for a speech therapist. We seek a way to practise speech daily with a "
                        + "therapist's guidance, also in sparsely populated areas."),
                new String[] {"rehabilitation"}, new String[] {"people-with-disabilities"})
                .addString(Country.FI.name()).addArrayOfString(new String[] {"fi"}).addInteger(75)
                .addString("60 kuntoutujaa vuodessa").addInteger(8)))
        .compose(done -> tx.preparedQuery(ANSWER).execute(Tuple.of(ANSWER_ID, HOME_CARE_NEED, ShowcaseDemo.id(1), PeopleDemo.HOIVATEK,
            PeopleDemo.id(3), "Tarjoamme 40 mittaria ja hoitajien koulutuksen; pilotti testikodissa ja kahdessa kotihoidon tiimissä.")))
        .compose(done -> tx.preparedQuery(PILOT).execute(Tuple.of(PILOT_ID, ANSWER_ID, HOME_CARE_NEED, ShowcaseDemo.id(1),
            PeopleDemo.LAKEUS, PeopleDemo.HOIVATEK).addString("NTC:n testikoti ja kaksi kotihoidon tiimiä, Seinäjoki")
            .addValue(texts("Selvitetään, vähentääkö itse mittaaminen kotikäyntejä ilman, että hoidon laatu kärsii.",
                "Ta reda på om egen mätning minskar hembesöken utan att vårdens kvalitet försämras.",
                "Find out whether self-measurement reduces home visits without lowering the quality of care."))
            .addValue(new JsonObject()
                .put("measured", texts("Kotikäyntien määrä, mittausten säännöllisyys ja asiakkaiden kokemus 12 viikon ajan (38 asiakasta).",
                    "Antal hembesök, hur regelbundet man mätte och klienternas upplevelse under 12 veckor (38 klienter).",
                    "Home visits, how regularly people measured, and clients' experience over 12 weeks (38 clients)."))
                .put("result", texts("Mittauksiin liittyvät kotikäynnit vähenivät 31 %; 34 asiakasta mittasi säännöllisesti.",
                    "Hembesök för mätning minskade med 31 %; 34 klienter mätte regelbundet.",
                    "Home visits for measuring fell by 31%; 34 clients measured regularly."))
                .put("recommendation", texts("Suositellaan käyttöön kotihoidossa asiakkaille, jotka pystyvät mittaamaan itse.",
                    "Rekommenderas för hemvårdens klienter som kan mäta själva.",
                    "Recommended in home care for clients able to measure themselves.")))
            .addUUID(PeopleDemo.id(1))))
        .compose(done -> tx.preparedQuery(RECENT_ANSWER).execute(Tuple.of(OPEN_ANSWER_ID, MEDICATION_NEED, ShowcaseDemo.id(4),
            PeopleDemo.MEDIDOSE, PeopleDemo.id(4),
            "Vi erbjuder 30 läkemedelsautomater med påminnelser och larm till personalen för en pilot på tre månader.")))
        .compose(done -> tx.preparedQuery(FOLLOW).executeBatch(List.of(Tuple.of(PeopleDemo.HOIVATEK, "remote-monitoring"),
            Tuple.of(PeopleDemo.MEDIDOSE, "medication-management"), Tuple.of(PeopleDemo.CARELINK, "video-consultation"))))
        .mapEmpty();
  }

  private static JsonObject texts(String fi, String sv, String en) {
    return new JsonObject().put("fi", fi).put("sv", sv).put("en", en);
  }
}
