package org.ntc.hub.demo;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Site;

/**
 * Visits to book at both contact points over the coming weeks: guided showroom and test-home visits and
 * virtual study visits in each country's languages. Anna Rinne has booked the Seinäjoki test home, which
 * has one place left, so a second person can take it and a third finds it full.
 */
final class VisitDemo {
  /** Times are the contact point's wall clock, {@code days} from today. */
  private static final String SLOT = """
      INSERT INTO visit_slot (id, contact_point, kind, starts_at, ends_at, capacity, languages, description, meeting_link, created_by)
      VALUES ($1, $2, $3, (date_trunc('day', now() AT TIME ZONE $4) + make_interval(days => $5, hours => $6)) AT TIME ZONE $4,
              (date_trunc('day', now() AT TIME ZONE $4) + make_interval(days => $5, hours => $6 + 1, mins => 30)) AT TIME ZONE $4,
              $7, $8, $9, $10, $11)
      ON CONFLICT DO NOTHING""";
  private static final String BOOK = """
      INSERT INTO visit_booking (id, slot_id, account_id, status, created_at) VALUES ($1, $2, $3, 'confirmed', now() - interval '1 day')
      ON CONFLICT DO NOTHING""";

  private VisitDemo() {}

  static Future<Void> load(SqlConnection tx) {
    List<Tuple> slots = List.of(
        slot(1, Site.SEINAJOKI, "showroom", 3, 10, 8, new String[] {"fi", "en"},
            text("Tutustu etämittauslaitteisiin ja turvarannekkeisiin oppaan kanssa.", "Meet remote monitoring devices and safety wristbands with a guide.", null), null, 1),
        slot(2, Site.SEINAJOKI, "test-home", 6, 13, 2, new String[] {"fi"},
            text("Testikodissa näet, miten arjen teknologia toimii kotona.", "In the test home you see how everyday technology works at home.", null), null, 1),
        slot(3, Site.SEINAJOKI, "virtual", 9, 14, 20, new String[] {"fi", "sv", "en"},
            text("Virtuaalinen opintovierailu hyvinvointialueiden ammattilaisille.", "A virtual study visit for professionals of the wellbeing services counties.",
                "Virtuellt studiebesök för yrkespersoner inom välfärdsområdena."), "https://meet.example.org/ntc-seinajoki-study-visit", 1),
        slot(4, Site.UMEA, "showroom", 4, 10, 10, new String[] {"sv", "en"},
            text(null, "A guided visit to the Umeå showroom: digital supervision and medicine dispensers.",
                "Guidat besök i visningslokalen i Umeå: digital tillsyn och läkemedelsautomater."), null, 2),
        slot(5, Site.UMEA, "virtual", 11, 9, 25, new String[] {"sv", "en"},
            text(null, "A virtual study visit: how Swedish municipalities organise e-health in home care.",
                "Virtuellt studiebesök: så organiserar kommuner e-hälsa i hemtjänsten."), "https://meet.example.org/ntc-umea-study-visit", 2),
        slot(6, Site.UMEA, "test-home", 15, 13, 6, new String[] {"sv"}, text(null, null, "Testhemmet visar trygghetsteknik i vardagen."), null, 2));
    return tx.preparedQuery(SLOT).executeBatch(slots)
        .compose(done -> tx.preparedQuery(BOOK).execute(Tuple.of(id(101), id(2), PeopleDemo.id(5))))
        .mapEmpty();
  }

  private static Tuple slot(int n, Site site, String kind, int days, int hour, int capacity, String[] languages, JsonObject description,
                            String meetingLink, int staff) {
    return Tuple.of(id(n), site.id(), kind, site.zone().getId(), days, hour).addInteger(capacity).addArrayOfString(languages)
        .addValue(description).addString(meetingLink).addUUID(PeopleDemo.id(staff));
  }

  private static JsonObject text(String fi, String en, String sv) {
    JsonObject json = new JsonObject();
    if (fi != null) json.put("fi", fi);
    if (en != null) json.put("en", en);
    if (sv != null) json.put("sv", sv);
    return json;
  }

  static UUID id(int n) {
    return UUID.fromString(String.format("00000000-0000-4000-b310-%012d", n));
  }
}
