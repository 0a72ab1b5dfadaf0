package org.ntc.hub.demo;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.material.Visibility;

/**
 * A few links to learning material, public and members-only, in the three languages: staff's
 * own, and one Hoivatek published (its members may edit and withdraw it).
 */
final class MaterialDemo {
  private static final String INSERT = """
      INSERT INTO material (id, title, topic, language, visibility, kind, url, training_id, created_by, organisation_id)
      VALUES ($1, $2, $3, $4, $5, 'link', $6, $7, $8, $9) ON CONFLICT DO NOTHING""";

  private MaterialDemo() {}

  static Future<Void> load(SqlConnection tx) {
    return tx.preparedQuery(INSERT).executeBatch(List.of(
        Tuple.of(id(1), title("Checklist: starting remote monitoring in home care", "Tarkistuslista: etämittauksen aloitus kotihoidossa",
            "Checklista: att börja med distansmätning i hemvården"), "remote-monitoring", "fi", Visibility.PUBLIC.code(),
            "https://materials.ntc-hub.example/etamittaus-tarkistuslista.pdf", TrainingDemo.id(1), PeopleDemo.id(1), null),
        Tuple.of(id(2), title("How to join a video visit", "Näin liityt videovastaanotolle", "Så ansluter du till ett videobesök"),
            "video-consultation", "sv", Visibility.PUBLIC.code(), "https://materials.ntc-hub.example/videobesok-guide.pdf", TrainingDemo.id(2),
            PeopleDemo.id(2), null),
        Tuple.of(id(3), title("Dispenser incident reporting for staff", "Lääkeannostelijan poikkeamien raportointi henkilöstölle",
            "Avvikelserapportering för läkemedelsautomater"), "medication-management", "en", Visibility.MEMBERS.code(),
            "https://materials.ntc-hub.example/dispenser-incidents.pdf", TrainingDemo.id(3), PeopleDemo.id(1), null),
        Tuple.of(id(4), title("Hoivatek home sensors: a guide for home-care nurses", "Hoivatekin kotianturit: opas kotihoidon hoitajille",
            "Hoivateks hemsensorer: en guide för hemvårdens sjuksköterskor"), "safety-and-alarms", "fi", Visibility.PUBLIC.code(),
            "https://hoivatek.example/opas-kotianturit.pdf", null, PeopleDemo.id(3), PeopleDemo.HOIVATEK)))
        .mapEmpty();
  }

  private static JsonObject title(String en, String fi, String sv) {
    return new JsonObject().put("en", en).put("fi", fi).put("sv", sv);
  }

  private static UUID id(int n) {
    return UUID.fromString(String.format("00000000-0000-4000-c000-%012d", n));
  }
}
