package org.ntc.hub.demo;

import static org.ntc.hub.account.Visibility.MEMBERS;
import static org.ntc.hub.account.Visibility.PUBLIC;
import static org.ntc.hub.platform.Country.FI;
import static org.ntc.hub.platform.Country.SE;
import static org.ntc.hub.platform.MemberRole.ADMIN;
import static org.ntc.hub.platform.MemberRole.MEMBER;
import static org.ntc.hub.platform.OrganisationType.CARE;
import static org.ntc.hub.platform.OrganisationType.COMPANY;
import static org.ntc.hub.platform.OrganisationType.RESEARCH;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.OrganisationType;
import org.ntc.hub.platform.Site;

/**
 * Member organisations in both countries and the people who work in them, staff at both
 * contact points among them. Every demo account signs in with {@link #PASSWORD}.
 */
final class PeopleDemo {
  static final String PASSWORD = "demo password 2027";

  static final UUID HOIVATEK = UUID.fromString("00000000-0000-4000-8000-000000000101");
  static final UUID CARELINK = UUID.fromString("00000000-0000-4000-8000-000000000102");
  static final UUID TURVA = UUID.fromString("00000000-0000-4000-8000-000000000103");
  static final UUID MEDIDOSE = UUID.fromString("00000000-0000-4000-8000-000000000104");
  static final UUID LAKEUS = UUID.fromString("00000000-0000-4000-8000-000000000201");
  static final UUID NORRKUSTEN = UUID.fromString("00000000-0000-4000-8000-000000000202");
  static final UUID BOTNIA_LAB = UUID.fromString("00000000-0000-4000-8000-000000000301");
  static final UUID NEW_STARTUP = UUID.fromString("00000000-0000-4000-8000-000000000105");

  private static final String ORGANISATION = """
      INSERT INTO organisation (id, name, type, country, website, description, verified, verified_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $7 THEN now() ELSE NULL END) ON CONFLICT DO NOTHING""";
  private static final String ACCOUNT = """
      INSERT INTO account (id, email, password_hash, name, locale, staff_contact_point, title, expertise, languages, visibility,
                           email_verified_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now()) ON CONFLICT DO NOTHING""";
  private static final String MEMBERSHIP = """
      INSERT INTO membership (organisation_id, account_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING""";

  private PeopleDemo() {}

  static Future<Void> load(SqlConnection tx, String passwordHash) {
    return tx.preparedQuery(ORGANISATION).executeBatch(organisations())
        .compose(done -> tx.preparedQuery(ACCOUNT).executeBatch(people(passwordHash)))
        .compose(done -> tx.preparedQuery(MEMBERSHIP).executeBatch(memberships()))
        .mapEmpty();
  }

  private static List<Tuple> organisations() {
    return List.of(
        org(HOIVATEK, "Hoivatek Oy", COMPANY, FI, "https://hoivatek.example",
            "Remote monitoring kits for home care: blood pressure, oxygen saturation and weight, read by the care team.",
            "Etämittauspakkaukset kotihoitoon: verenpaine, happisaturaatio ja paino suoraan hoitotiimin nähtäville.",
            "Distansmonitorering för hemvården: blodtryck, syremättnad och vikt direkt till vårdteamet.", true),
        org(CARELINK, "Nordic CareLink AB", COMPANY, SE, "https://carelink.example",
            "Secure video visits between homes, health centres and hospitals, with interpreters on call.",
            "Turvalliset videovastaanotot kotien, terveysasemien ja sairaaloiden välillä, tulkit tarvittaessa mukana.",
            "Säkra videobesök mellan hem, vårdcentraler och sjukhus, med tolk vid behov.", true),
        org(TURVA, "Turvaranneke Oy", COMPANY, FI, "https://turvaranneke.example",
            "Safety phones and fall detectors that work outdoors as well as at home.",
            "Turvapuhelimet ja kaatumisilmaisimet, jotka toimivat kotona ja ulkona.",
            "Trygghetstelefoner och fallarmar som fungerar både hemma och ute.", true),
        org(MEDIDOSE, "MediDose Sverige AB", COMPANY, SE, "https://medidose.example",
            "Automatic medicine dispensers that remind, dispense and alert home care if a dose is missed.",
            "Lääkeannostelijat, jotka muistuttavat, annostelevat ja hälyttävät kotihoidon, jos annos jää ottamatta.",
            "Läkemedelsautomater som påminner, doserar och larmar hemtjänsten om en dos missas.", true),
        org(NEW_STARTUP, "Kuntoutus Online Oy", COMPANY, FI, "https://kuntoutusonline.example",
            "Guided physiotherapy exercises at home, with video feedback from a physiotherapist.",
            "Ohjattuja fysioterapiaharjoituksia kotona, fysioterapeutin videopalautteella.",
            "Handledda fysioterapiövningar hemma, med videoåterkoppling från en fysioterapeut.", false),
        org(LAKEUS, "Lakeuden hyvinvointialue", CARE, FI, "https://lakeus.example",
            "Wellbeing services county responsible for health and social services in the plains of South Ostrobothnia.",
            "Hyvinvointialue, joka vastaa sosiaali- ja terveyspalveluista Etelä-Pohjanmaan lakeuksilla.",
            "Välfärdsområde som ansvarar för social- och hälsotjänsterna på Sydösterbottens slätter.", true),
        org(NORRKUSTEN, "Region Norrkusten", CARE, SE, "https://norrkusten.example",
            "Region providing hospital, primary and dental care along the northern coast.",
            "Alue, joka tuottaa sairaala-, perus- ja hammashoidon pohjoisella rannikolla.",
            "Region som ger sjukhusvård, primärvård och tandvård längs norra kusten.", true),
        org(BOTNIA_LAB, "Bothnia eHealth Lab", RESEARCH, FI, "https://botnialab.example",
            "University research group studying how care units adopt digital services.",
            "Yliopiston tutkimusryhmä, joka tutkii digitaalisten palvelujen käyttöönottoa hoitoyksiköissä.",
            "Universitetets forskargrupp som studerar hur vårdenheter inför digitala tjänster.", true));
  }

  private static List<Tuple> people(String hash) {
    return List.of(
        person(1, "liisa.koskinen@ntc-hub.example", hash, "Liisa Koskinen", "fi", Site.SEINAJOKI, "Coordinator, NTC Seinäjoki",
            "Remote monitoring pilots, trainings for home care", List.of("fi", "sv", "en")),
        person(2, "johan.lindgren@ntc-hub.example", hash, "Johan Lindgren", "sv", Site.UMEA, "Innovation advisor, NTC Umeå",
            "Procurement of welfare technology, test beds", List.of("sv", "en", "fi")),
        person(3, "maria.hakala@hoivatek.example", hash, "Maria Hakala", "fi", null, "Product manager",
            "Remote monitoring devices", List.of("fi", "en")),
        person(4, "erik.nystrom@carelink.example", hash, "Erik Nyström", "sv", null, "Customer success lead",
            "Video consultation, interpretation services", List.of("sv", "en")),
        person(5, "anna.rinne@lakeus.example", hash, "Anna Rinne", "fi", null, "Home care nurse",
            "Home care, medication safety", List.of("fi", "sv")),
        person(6, "karin.berg@norrkusten.example", hash, "Karin Berg", "sv", null, "Digital care developer",
            "Primary care, remote consultations", List.of("sv", "en")),
        person(7, "pekka.salo@kuntoutusonline.example", hash, "Pekka Salo", "fi", null, "Founder",
            "Physiotherapy, rehabilitation at home", List.of("fi", "en")),
        person(8, "sofia.ahlqvist@botnialab.example", hash, "Sofia Ahlqvist", "sv", null, "Researcher",
            "Technology adoption in elderly care", List.of("sv", "fi", "en")));
  }

  private static List<Tuple> memberships() {
    return List.of(
        Tuple.of(HOIVATEK, id(3), ADMIN.code()),
        Tuple.of(CARELINK, id(4), ADMIN.code()),
        Tuple.of(TURVA, id(3), MEMBER.code()),
        Tuple.of(LAKEUS, id(5), ADMIN.code()),
        Tuple.of(NORRKUSTEN, id(6), ADMIN.code()),
        Tuple.of(NEW_STARTUP, id(7), ADMIN.code()),
        Tuple.of(BOTNIA_LAB, id(8), ADMIN.code()),
        Tuple.of(MEDIDOSE, id(4), MEMBER.code()));
  }

  static UUID id(int n) {
    return UUID.fromString(String.format("00000000-0000-4000-9000-%012d", n));
  }

  private static Tuple org(UUID id, String name, OrganisationType type, Country country, String website, String en, String fi,
                           String sv, boolean verified) {
    return Tuple.of(id, name, type.code(), country.name(), website, new JsonObject().put("en", en).put("fi", fi).put("sv", sv))
        .addBoolean(verified);
  }

  private static Tuple person(int n, String email, String hash, String name, String locale, Site staffAt, String title,
                              String expertise, List<String> languages) {
    JsonObject visibility = new JsonObject().put("name", PUBLIC.code()).put("title", PUBLIC.code())
        .put("organisations", PUBLIC.code()).put("expertise", MEMBERS.code()).put("languages", PUBLIC.code());
    return Tuple.of(id(n), email, hash, name, locale, staffAt == null ? null : staffAt.id()).addString(title).addString(expertise)
        .addArrayOfString(languages.toArray(String[]::new)).addValue(visibility);
  }
}
