package org.ntc.hub.demo;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Site;

/**
 * Meeting places beyond trainings: a matchmaking day in Umeå with companies and care
 * organisations from both countries, their profiles and a few meetings; a workshop and a study visit.
 */
final class MeetingDemo {
  private static final String EVENT = """
      INSERT INTO training (id, created_by, status, kind, title, description, format, contact_point, starts_at, ends_at,
                            enrolment_closes_at, language, audience, meeting_minutes, meeting_tables, trainer, room, street_address)
      VALUES ($1, $2, 'published', $3, $4, $5, 'onsite', $6, date_trunc('day', now()) + make_interval(days => $7, hours => $8),
              date_trunc('day', now()) + make_interval(days => $7, hours => $8 + $9),
              date_trunc('day', now()) + make_interval(days => $7 - 2), $10, $11, $12, $13, $14, $15, $16)
      ON CONFLICT DO NOTHING""";
  private static final String POOL = "INSERT INTO training_seat_pool (training_id, site, capacity) VALUES ($1, 'main', $2) ON CONFLICT DO NOTHING";
  private static final String ENROL = """
      INSERT INTO enrolment (id, training_id, account_id, site, status, confirmed_at)
      VALUES ($1, $2, $3, 'main', 'confirmed', now()) ON CONFLICT DO NOTHING""";
  private static final String PROFILE = """
      INSERT INTO matchmaking_profile (training_id, organisation_id, account_id, offers, seeks) VALUES ($1, $2, $3, $4, $5)
      ON CONFLICT DO NOTHING""";
  private static final String MEETING = """
      INSERT INTO meeting (id, training_id, slot, requester_org, requester_account, invitee_org, invitee_account, status, table_no,
                           decided_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CASE WHEN $8 = 'accepted' THEN now() END) ON CONFLICT DO NOTHING""";
  private static final String BUSY = "INSERT INTO meeting_busy (training_id, slot, party, meeting_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING";

  static final UUID MATCHMAKING = UUID.fromString("00000000-0000-4000-b201-000000000001");
  static final UUID WORKSHOP = UUID.fromString("00000000-0000-4000-b201-000000000002");
  static final UUID STUDY_VISIT = UUID.fromString("00000000-0000-4000-b201-000000000003");

  private MeetingDemo() {}

  static Future<Void> load(SqlConnection tx) {
    List<Tuple> events = List.of(
        event(MATCHMAKING, 2, "matchmaking", Site.UMEA, 35, 8, 4, "en", 20, 12, "Johan Lindgren", "Aula Nordica",
            "Universitetstorget 4, 901 87 Umeå",
            text("Nordic home-care matchmaking day", "Pohjoismainen kotihoidon matchmaking-päivä", "Nordisk matchmakingdag för hemvården"),
            text("""
                Companies and care organisations from both sides of the Kvarken meet one to one for 20 minutes at a time. \
                Say what you offer or seek, book your meetings before the day, and come with questions about pilots and procurement.""",
                """
                Yritykset ja hoito-organisaatiot Merenkurkun molemmin puolin tapaavat kahden kesken 20 minuuttia kerrallaan. \
                Kerro mitä tarjoat tai etsit, varaa tapaamisesi ennen päivää ja tuo mukanasi kysymyksiä piloteista ja hankinnoista.""",
                """
                Företag och vårdorganisationer från båda sidor om Kvarken möts på tu man hand, 20 minuter åt gången. \
                Berätta vad du erbjuder eller söker, boka dina möten före dagen och ta med frågor om piloter och upphandling.""")),
        event(WORKSHOP, 1, "workshop", Site.SEINAJOKI, 18, 10, 3, "fi", null, null, "Liisa Koskinen", "Innovaatiotila Areena",
            "Kampusranta 9, 60320 Seinäjoki",
            text("Co-design workshop: medication reminders at home", "Yhteiskehittämisen työpaja: lääkemuistutukset kotona",
                "Workshop i samskapande: läkemedelspåminnelser i hemmet"),
            text("Home care nurses, clients and companies sketch together how a medication reminder should sound, look and escalate.",
                "Kotihoidon hoitajat, asiakkaat ja yritykset luonnostelevat yhdessä, miltä lääkemuistutuksen pitäisi kuulostaa, näyttää ja miten sen pitäisi hälyttää.",
                "Hemvårdens sjuksköterskor, klienter och företag skissar tillsammans hur en läkemedelspåminnelse ska låta, se ut och larma.")),
        event(STUDY_VISIT, 2, "study-visit", Site.UMEA, 42, 9, 4, "sv", null, null, "Johan Lindgren", "Testbädden Ålidhem",
            "Ålidhemsgatan 12, 907 37 Umeå",
            text("Study visit: Umeå's home-care test bed", "Opintokäynti: Uumajan kotihoidon testiympäristö", "Studiebesök: Umeås testbädd för hemvården"),
            text("See sensors, video visits and medicine dispensers in a real apartment, and hear what the home-care team learned in a year of testing.",
                "Näe anturit, videovastaanotot ja lääkeannostelijat oikeassa asunnossa ja kuule, mitä kotihoidon tiimi oppi vuoden testauksesta.",
                "Se sensorer, videobesök och läkemedelsautomater i en riktig lägenhet och hör vad hemtjänstteamet lärde sig under ett års tester.")));
    List<Tuple> pools = List.of(Tuple.of(MATCHMAKING, 60), Tuple.of(WORKSHOP, 24), Tuple.of(STUDY_VISIT, 15));
    // Maria (Hoivatek), Erik (CareLink), Anna (Lakeus), Karin (Norrkusten), Sofia (Bothnia eHealth Lab).
    List<Tuple> enrolments = new ArrayList<>();
    int[] people = {3, 4, 5, 6, 8};
    for (int i = 0; i < people.length; i++) {
      enrolments.add(Tuple.of(id(1 + i), MATCHMAKING, PeopleDemo.id(people[i])));
    }
    enrolments.add(Tuple.of(id(10), WORKSHOP, PeopleDemo.id(5)));
    enrolments.add(Tuple.of(id(11), STUDY_VISIT, PeopleDemo.id(6)));
    List<Tuple> profiles = List.of(
        profile(PeopleDemo.HOIVATEK, 3, "Remote monitoring kits for home care, with a care-team dashboard in Finnish and Swedish.",
            "A Swedish region to pilot remote monitoring for 20–50 home-care clients."),
        profile(PeopleDemo.CARELINK, 4, "Video visits with interpreters on call; integrations with both countries' patient records.",
            "Finnish wellbeing services counties interested in video visits to the archipelago and rural homes."),
        profile(PeopleDemo.LAKEUS, 5, "Home-care teams in South Ostrobothnia ready to test at 3 units; experience of medicine dispensers.",
            "Remote monitoring and safety solutions that work for clients who live alone far from the centre."),
        profile(PeopleDemo.NORRKUSTEN, 6, "Primary care and home care along the coast; a procurement of video visits planned for next year.",
            "Companies with evidence from Nordic pilots, and a partner in Finland to compare results with."),
        profile(PeopleDemo.BOTNIA_LAB, 8, "Evaluation of pilots: interview guides, outcome measures and a neutral report.",
            "Pilots that want an independent evaluation across the border."));
    UUID accepted = id(30);
    UUID requested = id(31);
    UUID lab = id(32);
    List<Tuple> meetings = List.of(
        meeting(accepted, 6, PeopleDemo.HOIVATEK, 3, PeopleDemo.NORRKUSTEN, PeopleDemo.id(6), "accepted", 1),
        meeting(requested, 1, PeopleDemo.CARELINK, 4, PeopleDemo.NORRKUSTEN, null, "requested", null),
        meeting(lab, 8, PeopleDemo.BOTNIA_LAB, 8, PeopleDemo.CARELINK, PeopleDemo.id(4), "accepted", 1));
    List<Tuple> busy = List.of(
        Tuple.of(MATCHMAKING, 6, PeopleDemo.HOIVATEK, accepted), Tuple.of(MATCHMAKING, 6, PeopleDemo.NORRKUSTEN, accepted),
        Tuple.of(MATCHMAKING, 6, PeopleDemo.id(3), accepted), Tuple.of(MATCHMAKING, 6, PeopleDemo.id(6), accepted),
        Tuple.of(MATCHMAKING, 1, PeopleDemo.CARELINK, requested), Tuple.of(MATCHMAKING, 1, PeopleDemo.NORRKUSTEN, requested),
        Tuple.of(MATCHMAKING, 1, PeopleDemo.id(4), requested),
        Tuple.of(MATCHMAKING, 8, PeopleDemo.BOTNIA_LAB, lab), Tuple.of(MATCHMAKING, 8, PeopleDemo.CARELINK, lab),
        Tuple.of(MATCHMAKING, 8, PeopleDemo.id(8), lab), Tuple.of(MATCHMAKING, 8, PeopleDemo.id(4), lab));
    return tx.preparedQuery(EVENT).executeBatch(events)
        .compose(done -> tx.preparedQuery(POOL).executeBatch(pools))
        .compose(done -> tx.preparedQuery(ENROL).executeBatch(enrolments))
        .compose(done -> tx.preparedQuery(PROFILE).executeBatch(profiles))
        .compose(done -> tx.preparedQuery(MEETING).executeBatch(meetings))
        .compose(done -> tx.preparedQuery(BUSY).executeBatch(busy))
        .mapEmpty();
  }

  private static Tuple event(UUID id, int staff, String kind, Site site, int inDays, int hour, int hours, String language,
                             Integer minutes, Integer tables, String trainer, String room, String address,
                             JsonObject title, JsonObject description) {
    String[] audience = kind.equals("matchmaking") ? new String[] {"companies", "professionals"} : new String[] {"professionals"};
    return Tuple.of(id, PeopleDemo.id(staff), kind, title, description, site.id()).addInteger(inDays).addInteger(hour)
        .addInteger(hours).addString(language).addArrayOfString(audience).addInteger(minutes).addInteger(tables)
        .addString(trainer).addString(room).addString(address);
  }

  private static Tuple profile(UUID organisation, int person, String offers, String seeks) {
    return Tuple.of(MATCHMAKING, organisation, PeopleDemo.id(person), offers, seeks);
  }

  private static Tuple meeting(UUID id, int slot, UUID from, int by, UUID with, UUID accepter, String status, Integer table) {
    return Tuple.of(id, MATCHMAKING, slot, from, PeopleDemo.id(by), with).addUUID(accepter).addString(status).addInteger(table);
  }

  private static JsonObject text(String en, String fi, String sv) {
    return new JsonObject().put("en", en).put("fi", fi).put("sv", sv);
  }

  private static UUID id(int n) {
    return UUID.fromString(String.format("00000000-0000-4000-b200-%012d", n));
  }
}
