package org.ntc.hub.demo;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.MemberRole;

/**
 * "We tried it": care professionals of both countries review the demo showcases they used, in
 * Finnish, Swedish and English; Hoivatek answers Anna Rinne's review, and a few people say a
 * showcase helped them. Three more nurses join care organisations of the adoption demo.
 */
final class ReviewDemo {
  private static final String ACCOUNT = """
      INSERT INTO account (id, email, password_hash, name, locale, title, expertise, languages, visibility, email_verified_at)
      SELECT $1, $2, password_hash, $3, $4, $5, $6, $7, $8, now() FROM account WHERE id = $9
      ON CONFLICT DO NOTHING""";
  private static final String MEMBERSHIP = """
      INSERT INTO membership (organisation_id, account_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING""";
  private static final String REVIEW = """
      INSERT INTO showcase_review (id, showcase_id, author_id, organisation_id, setting, duration, worked, did_not_work, recommend,
                                   lang, created_at, updated_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now() - make_interval(days => $11), now() - make_interval(days => $11))
      ON CONFLICT DO NOTHING""";
  private static final String ANSWER = """
      UPDATE showcase_review SET answer = $2, answered_by = $3, answered_at = now() - make_interval(days => $4) WHERE id = $1""";
  private static final String USEFUL = "INSERT INTO showcase_useful (showcase_id, account_id) VALUES ($1, $2) ON CONFLICT DO NOTHING";

  static final UUID LENA = person(1);
  static final UUID MIKKO = person(2);
  static final UUID EMMA = person(3);
  private static final UUID ANNA = PeopleDemo.id(5);
  private static final UUID KARIN = PeopleDemo.id(6);
  private static final UUID MARIA = PeopleDemo.id(3);

  private ReviewDemo() {}

  static Future<Void> load(SqlConnection tx) {
    return tx.preparedQuery(ACCOUNT).executeBatch(List.of(
            account(LENA, "lena.sjoberg@umealven.example", "Lena Sjöberg", "sv", "District nurse", "Home care, remote monitoring",
                "sv", "en"),
            account(MIKKO, "mikko.jarvinen@tunturi.example", "Mikko Järvinen", "fi", "Public health nurse",
                "Remote consultations in sparsely populated areas", "fi", "en"),
            account(EMMA, "emma.lindqvist@vastkusten.example", "Emma Lindqvist", "en", "Home care unit manager",
                "Medication safety, home care", "sv", "en")))
        .compose(done -> tx.preparedQuery(MEMBERSHIP).executeBatch(List.of(
            Tuple.of(AdoptionDemo.UMEALVEN, LENA, MemberRole.MEMBER.code()),
            Tuple.of(AdoptionDemo.TUNTURI, MIKKO, MemberRole.MEMBER.code()),
            Tuple.of(AdoptionDemo.VASTKUSTEN, EMMA, MemberRole.MEMBER.code()))))
        .compose(done -> tx.preparedQuery(REVIEW).executeBatch(reviews()))
        .compose(done -> tx.preparedQuery(ANSWER).execute(Tuple.of(review(1),
            "Kiitos Anna! Olemme lisänneet pakkaukseen kuvallisen ohjeen mansetin asettamisesta, ja uusi versio lähettää "
                + "muistutuksen, jos aamumittaus jää tekemättä.", MARIA, 20)))
        .compose(done -> tx.preparedQuery(USEFUL).executeBatch(List.of(
            Tuple.of(ShowcaseDemo.id(1), PeopleDemo.id(1)), Tuple.of(ShowcaseDemo.id(1), PeopleDemo.id(2)),
            Tuple.of(ShowcaseDemo.id(1), PeopleDemo.id(8)), Tuple.of(ShowcaseDemo.id(2), PeopleDemo.id(7)),
            Tuple.of(ShowcaseDemo.id(4), PeopleDemo.id(8)))))
        .mapEmpty();
  }

  private static List<Tuple> reviews() {
    return List.of(
        row(1, 1, ANNA, PeopleDemo.LAKEUS, "home-care", "over-12-months", "yes", "fi", 40,
            "Asiakkaat oppivat mittaamaan verenpaineen itse parissa päivässä, ja näemme arvot aamupalaverissa. Turhat "
                + "tarkistuskäynnit vähenivät, ja lääkitystä päästiin säätämään nopeammin.",
            "Mansetin asettaminen oli osalle vaikeaa ilman kuvallista ohjetta. Heikossa verkossa mittaus siirtyi joskus vasta seuraavana päivänä."),
        row(2, 1, LENA, AdoptionDemo.UMEALVEN, "home-care", "3-to-12-months", "with-reservations", "sv", 25,
            "Vi ser blodtryck och vikt från brukarna innan vi åker ut, och kan prioritera besöken. Brukarna känner sig tryggare.",
            "Surfplattan är för liten för personer med nedsatt syn, och larmgränserna måste ställas in för varje brukare för sig."),
        row(3, 1, EMMA, AdoptionDemo.VASTKUSTEN, "primary-care", "3-to-12-months", "yes", "en", 12,
            "Our health centre follows up new blood pressure medication remotely: two weeks of home readings replace a visit.",
            "Readings from different cuffs did not always match the ones we take at the clinic; we had to calibrate at the start."),
        row(4, 2, KARIN, PeopleDemo.NORRKUSTEN, "primary-care", "over-12-months", "yes", "sv", 60,
            "Videobesöken sparar långa resor för patienterna, och tolk kan kopplas in på några minuter.",
            "Ljudet hackar ibland på landsbygden; vi har alltid telefon som reserv."),
        row(5, 2, MIKKO, AdoptionDemo.TUNTURI, "primary-care", "3-to-12-months", "with-reservations", "fi", 18,
            "Etävastaanotto säästää asiakkaalta jopa 200 kilometrin matkan. Kontrollikäynnit sujuvat hyvin videolla.",
            "Iäkkäät tarvitsevat usein omaisen avuksi ensimmäisellä kerralla, ja yhteyden testaus ennen vastaanottoa vie aikaa."),
        row(6, 4, ANNA, PeopleDemo.LAKEUS, "home-care", "under-3-months", "with-reservations", "fi", 9,
            "Lääkeannostelija muistuttaa ja hälyttää, jos annos jää ottamatta; iltakäyntejä on voitu vähentää kahdelta asiakkaalta.",
            "Annosrullien vaihto apteekin kanssa ei vielä toimi sujuvasti, ja hälytykset tulevat toiseen järjestelmään kuin muut."),
        row(7, 4, EMMA, AdoptionDemo.VASTKUSTEN, "home-care", "over-12-months", "yes", "en", 30,
            "Missed doses dropped sharply for our clients with memory problems, and staff spend less time on routine medication visits.",
            "The dispenser is heavy to carry in, and clients need a wall socket close to where they sit."));
  }

  private static Tuple row(int n, int showcase, UUID author, UUID organisation, String setting, String duration, String recommend,
                           String lang, int daysAgo, String worked, String didNotWork) {
    return Tuple.from(new Object[] {review(n), ShowcaseDemo.id(showcase), author, organisation, setting, duration, worked, didNotWork,
        recommend, lang, daysAgo});
  }

  static UUID review(int n) {
    return UUID.fromString(String.format("00000000-0000-4000-a370-%012d", n));
  }

  private static UUID person(int n) {
    return UUID.fromString(String.format("00000000-0000-4000-9370-%012d", n));
  }

  private static Tuple account(UUID id, String email, String name, String locale, String title, String expertise, String... languages) {
    JsonObject visibility = new JsonObject().put("name", "public").put("title", "public").put("organisations", "public")
        .put("expertise", "members").put("languages", "public");
    return Tuple.of(id, email, name, locale, title, expertise).addArrayOfString(languages).addValue(visibility).addUUID(ANNA);
  }
}
