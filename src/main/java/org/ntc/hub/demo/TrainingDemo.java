package org.ntc.hub.demo;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Site;
import org.ntc.hub.training.Audience;
import org.ntc.hub.training.PoolSite;
import org.ntc.hub.training.TrainingFormat;

/** Upcoming trainings at both contact points, one of them hybrid with a seat pool per site. */
final class TrainingDemo {
  private static final String INSERT = """
      INSERT INTO training (id, organisation_id, created_by, status, title, description, format, contact_point, starts_at,
                            ends_at, enrolment_closes_at, language, audience, join_link)
      VALUES ($1, $2, $3, 'published', $4, $5, $6, $7, date_trunc('day', now()) + make_interval(days => $8, hours => $9),
              date_trunc('day', now()) + make_interval(days => $8, hours => $9 + 2),
              date_trunc('day', now()) + make_interval(days => $8 - 1), $10, $11, $12)
      ON CONFLICT DO NOTHING""";
  private static final String POOL = "INSERT INTO training_seat_pool (training_id, site, capacity) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING";

  /** Who teaches and where exactly; set once, so an organiser's later edit is kept. */
  private static final String DETAILS = """
      UPDATE training SET trainer = $2, room = $3, street_address = $4, join_instructions = $5
      WHERE id = $1 AND trainer IS NULL AND room IS NULL AND street_address IS NULL""";

  private TrainingDemo() {}

  static Future<Void> load(SqlConnection tx) {
    List<Tuple> trainings = new ArrayList<>();
    List<Tuple> pools = new ArrayList<>();
    add(trainings, 1, null, 1, TrainingFormat.ONSITE, Site.SEINAJOKI, 14, 7, "fi", List.of(Audience.PROFESSIONALS), null,
        text("Remote monitoring kit for home care nurses", "Etämittauspakkaus kotihoidon hoitajille", "Distansmätning för hemvårdens sjuksköterskor"),
        text("Practise measuring, reading trends and reacting to alerts with the kit your unit is adopting.",
            "Harjoittele mittaamista, trendien lukemista ja hälytyksiin reagoimista yksikkösi käyttöön ottamalla välineellä.",
            "Öva mätning, att läsa trender och att reagera på larm med utrustningen som din enhet inför."));
    pools.add(Tuple.of(id(1), PoolSite.MAIN.code(), 12));
    add(trainings, 2, null, 2, TrainingFormat.ONSITE, Site.UMEA, 21, 8, "sv", List.of(Audience.CITIZENS), null,
        text("Video visits: a first try at the library", "Videovastaanotto: ensimmäinen kokeilu kirjastossa", "Videobesök: prova för första gången på biblioteket"),
        text("For older residents and relatives: how to join a video visit with your own phone or tablet.",
            "Ikääntyneille ja omaisille: miten liityt videovastaanotolle omalla puhelimella tai tabletilla.",
            "För äldre och anhöriga: så ansluter du till ett videobesök med din egen telefon eller surfplatta."));
    pools.add(Tuple.of(id(2), PoolSite.MAIN.code(), 15));
    add(trainings, 3, null, 1, TrainingFormat.HYBRID, Site.SEINAJOKI, 28, 7, "en", List.of(Audience.PROFESSIONALS, Audience.COMPANIES),
        "https://meet.ntc-hub.example/medication-safety",
        text("Medication safety with automatic dispensers", "Lääkitysturvallisuus ja lääkeannostelijat", "Läkemedelssäkerhet med läkemedelsautomater"),
        text("A joint session for both contact points: pharmacists, nurses and vendors on safe dispensing at home.",
            "Yhteinen tilaisuus molemmille yhteyspisteille: farmaseutit, hoitajat ja toimittajat turvallisesta annostelusta kotona.",
            "En gemensam session för båda kontaktpunkterna: farmaceuter, sjuksköterskor och leverantörer om säker dosering i hemmet."));
    pools.add(Tuple.of(id(3), PoolSite.SEINAJOKI.code(), 10));
    pools.add(Tuple.of(id(3), PoolSite.UMEA.code(), 10));
    pools.add(Tuple.of(id(3), PoolSite.ONLINE.code(), 40));
    List<Tuple> details = List.of(
        Tuple.of(id(1), "Liisa Koskinen", "Harjoituskoti, 2. krs", "Kampusranta 9, 60320 Seinäjoki", null),
        Tuple.of(id(2), "Johan Lindgren", "Bibliotekshallen", "Rådhusesplanaden 6A, 903 28 Umeå", null),
        Tuple.of(id(3), "Liisa Koskinen, Johan Lindgren", "Showroom", "Kampusranta 9, 60320 Seinäjoki",
            "Open the join link 10 minutes early and test your microphone; the session is recorded for participants only."));
    return tx.preparedQuery(INSERT).executeBatch(trainings).compose(done -> tx.preparedQuery(POOL).executeBatch(pools))
        .compose(done -> tx.preparedQuery(DETAILS).executeBatch(details)).mapEmpty();
  }

  private static void add(List<Tuple> rows, int n, UUID organisation, int staff, TrainingFormat format, Site contactPoint, int inDays,
                          int hour, String language, List<Audience> audience, String joinLink, JsonObject title, JsonObject description) {
    rows.add(Tuple.of(id(n), organisation, PeopleDemo.id(staff), title, description, format.code()).addString(contactPoint.id())
        .addInteger(inDays).addInteger(hour).addString(language).addArrayOfString(audience.stream().map(Audience::code).toArray(String[]::new)).addString(joinLink));
  }

  private static JsonObject text(String en, String fi, String sv) {
    return new JsonObject().put("en", en).put("fi", fi).put("sv", sv);
  }

  static UUID id(int n) {
    return UUID.fromString(String.format("00000000-0000-4000-b000-%012d", n));
  }
}
