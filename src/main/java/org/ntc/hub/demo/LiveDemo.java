package org.ntc.hub.demo;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.notification.NotificationKind;
import org.ntc.hub.platform.Site;

/** Announcements at both contact points, staff on duty, and a few notifications waiting to be read. */
final class LiveDemo {
  private static final String ANNOUNCE = """
      INSERT INTO announcement (id, contact_point, author_id, text, posted_at) VALUES ($1, $2, $3, $4, now() - make_interval(hours => $5))""";
  private static final String ON_DUTY = "INSERT INTO staff_duty (account_id, contact_point) VALUES ($1, $2)";
  private static final String NOTIFY = """
      INSERT INTO notification (id, account_id, kind, payload, created_at) VALUES ($1, $2, $3, $4, now() - make_interval(hours => $5))""";

  private LiveDemo() {}

  static Future<Void> load(SqlConnection tx) {
    return tx.preparedQuery(ANNOUNCE).executeBatch(announcements())
        .compose(done -> tx.preparedQuery(ON_DUTY).executeBatch(List.of(
            Tuple.of(PeopleDemo.id(1), Site.SEINAJOKI.id()), Tuple.of(PeopleDemo.id(2), Site.UMEA.id()))))
        .compose(done -> tx.preparedQuery(NOTIFY).executeBatch(notifications()))
        .mapEmpty();
  }

  private static List<Tuple> announcements() {
    UUID liisa = PeopleDemo.id(1);
    UUID johan = PeopleDemo.id(2);
    return List.of(
        announcement(1, Site.SEINAJOKI, liisa, 2,
            "Testikoti avoinna torstaisin klo 12–16: tule kokeilemaan etämittauslaitteita.",
            "Testhemmet är öppet på torsdagar kl. 12–16: kom och prova utrustning för distansmätning.",
            "The test home is open on Thursdays 12–16: come and try remote monitoring devices."),
        announcement(2, Site.SEINAJOKI, liisa, 30,
            "Kevään kotihoidon koulutuksiin on vielä tilaa – ilmoittaudu Koulutukset-sivulla.",
            "Det finns ännu plats på vårens utbildningar för hemvården – anmäl dig på sidan Utbildningar.",
            "There are still seats in the spring trainings for home care – enrol on the Trainings page."),
        announcement(3, Site.SEINAJOKI, liisa, 96,
            "Yhteyspiste on suljettu perjantaina 6.12. itsenäisyyspäivän vuoksi.",
            "Kontaktpunkten är stängd fredagen den 6 december på grund av Finlands självständighetsdag.",
            "The contact point is closed on Friday 6 December for Finland's Independence Day."),
        announcement(4, Site.UMEA, johan, 5,
            "Uusi lääkeautomaattien testiympäristö Ålidhemin terveyskeskuksessa – kiinnostuneet yritykset voivat ottaa yhteyttä.",
            "Ny testbädd för läkemedelsautomater på Ålidhems vårdcentral – intresserade företag kan höra av sig.",
            "A new test bed for medicine dispensers at Ålidhem health centre – interested companies, get in touch."),
        announcement(5, Site.UMEA, johan, 48,
            "Tervetuloa hyvinvointiteknologian hankintoja käsittelevään aamiaisseminaariin 12. joulukuuta.",
            "Välkommen på frukostseminarium om upphandling av välfärdsteknik den 12 december.",
            "Join our breakfast seminar on procuring welfare technology on 12 December."));
  }

  private static Tuple announcement(int n, Site contactPoint, UUID author, int hoursAgo, String fi, String sv, String en) {
    return Tuple.of(UUID.fromString(String.format("00000000-0000-4000-c000-%012d", n)), contactPoint.id(), author,
        new JsonObject().put("fi", fi).put("sv", sv).put("en", en), hoursAgo);
  }

  private static List<Tuple> notifications() {
    JsonObject bloodPressure = new JsonObject().put("en", "Home blood pressure monitoring for home care")
        .put("fi", "Kotihoidon verenpaineen etämittaus").put("sv", "Distansmätning av blodtryck i hemvården");
    JsonObject heart = new JsonObject().put("en", "Remote heart failure follow-up")
        .put("fi", "Sydämen vajaatoiminnan etäseuranta").put("sv", "Distansuppföljning vid hjärtsvikt");
    return List.of(
        notification(1, PeopleDemo.id(3), NotificationKind.SHOWCASE_PUBLISHED, new JsonObject()
            .put("showcaseId", ShowcaseDemo.id(5).toString()).put("title", heart), 20),
        notification(2, PeopleDemo.id(3), NotificationKind.SHOWCASE_CONTACTED, new JsonObject()
            .put("showcaseId", ShowcaseDemo.id(1).toString()).put("organisationId", PeopleDemo.HOIVATEK.toString())
            .put("title", bloodPressure), 3));
  }

  private static Tuple notification(int n, UUID account, NotificationKind kind, JsonObject payload, int hoursAgo) {
    return Tuple.of(UUID.fromString(String.format("00000000-0000-4000-d000-%012d", n)), account, kind.code(), payload, hoursAgo);
  }
}
