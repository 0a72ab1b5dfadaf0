package org.ntc.hub.demo;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Pictures for the demo showcases, drawn at load time (on a worker thread) by {@link DemoPictures}:
 * a blood pressure monitor, a video call, a wristband, a chart.
 * They are made by the NTC Hub project and licensed with it, like the rest of the demo content;
 * nothing is downloaded. Each has alt text in Finnish, Swedish and English. The published
 * showcases' pictures are approved; the one waiting for review has its picture waiting too.
 */
final class ShowcaseImageDemo {
  private static final String INSERT = """
      INSERT INTO showcase_image (id, showcase_id, content_type, bytes, size, alt, alt_i18n, file_name, width, height, position,
                                  approved, published_alt)
      VALUES ($1, $2, 'image/png', $3, $4, $5, $6, $7, $8, $9, 1, $10, CASE WHEN $10 THEN $5 END)
      ON CONFLICT DO NOTHING""";
  private ShowcaseImageDemo() {}

  private record Picture(int showcase, String name, boolean approved, String en, String fi, String sv, Consumer<Graphics2D> draw) {}

  static Future<Void> load(Vertx vertx, SqlConnection tx) {
    return vertx.executeBlocking(ShowcaseImageDemo::rows, false)
        .compose(rows -> tx.preparedQuery(INSERT).executeBatch(rows))
        .mapEmpty();
  }

  static UUID id(int n) {
    return UUID.fromString(String.format("00000000-0000-4000-a100-%012d", n));
  }

  private static List<Tuple> rows() {
    List<Tuple> rows = new ArrayList<>();
    for (Picture p : pictures()) {
      Buffer png = Buffer.buffer(DemoPictures.draw(p.draw()));
      JsonObject alt = new JsonObject().put("en", p.en()).put("fi", p.fi()).put("sv", p.sv());
      rows.add(Tuple.from(new Object[] {id(p.showcase()), ShowcaseDemo.id(p.showcase()), png, png.length(), p.en(), alt,
          p.name() + ".png", DemoPictures.WIDTH, DemoPictures.HEIGHT, p.approved()}));
    }
    return rows;
  }

  private static List<Picture> pictures() {
    return List.of(
        new Picture(1, "blood-pressure-monitor", true,
            "A blood pressure monitor with its cuff beside a small hub on a table",
            "Verenpainemittari ja mansetti pöydällä pienen tukiaseman vieressä",
            "En blodtrycksmätare med manschett bredvid en liten basstation på ett bord",
            DemoPictures::bloodPressure),
        new Picture(2, "video-visit", true,
            "A screen showing a video visit: a patient, a nurse and an interpreter",
            "Näyttö, jossa on käynnissä videovastaanotto: potilas, hoitaja ja tulkki",
            "En skärm med ett pågående videobesök: en patient, en sjuksköterska och en tolk",
            DemoPictures::videoVisit),
        new Picture(3, "fall-detector", true,
            "A wristband fall detector with a help button and a location signal",
            "Kaatumisilmaisinranneke, jossa on hälytyspainike ja sijaintisignaali",
            "Ett fallarmband med larmknapp och positionssignal",
            DemoPictures::wristband),
        new Picture(4, "medicine-dispenser", true,
            "A round medicine dispenser with dose compartments and a light that shows the next dose",
            "Pyöreä lääkeannostelija, jossa on annoslokerot ja seuraavan annoksen merkkivalo",
            "En rund läkemedelsautomat med dosfack och en lampa som visar nästa dos",
            DemoPictures::dispenser),
        new Picture(5, "heart-failure-chart", true,
            "A chart of daily weight over two weeks, with a heart symbol and an alert on the last day",
            "Kaavio päivittäisestä painosta kahden viikon ajalta, sydänsymboli ja hälytys viimeisenä päivänä",
            "Ett diagram över daglig vikt under två veckor, med en hjärtsymbol och ett larm den sista dagen",
            DemoPictures::heartChart),
        new Picture(6, "group-rehabilitation", true,
            "Three people exercising in front of a screen where a physiotherapist leads the group",
            "Kolme ihmistä harjoittelee näytön edessä, jossa fysioterapeutti ohjaa ryhmää",
            "Tre personer tränar framför en skärm där en fysioterapeut leder gruppen",
            DemoPictures::groupRehab),
        new Picture(7, "night-sensors", true,
            "A house at night with motion and door sensors sending a quiet signal",
            "Talo yöllä; liike- ja ovisensorit lähettävät hiljaisen signaalin",
            "Ett hus på natten där rörelse- och dörrsensorer skickar en tyst signal",
            DemoPictures::nightSensors),
        new Picture(8, "diabetes-app", true,
            "A phone showing a glucose curve, meals and steps for the day",
            "Puhelin, jossa näkyy päivän verensokerikäyrä, ateriat ja askeleet",
            "En telefon som visar dagens blodsockerkurva, måltider och steg",
            DemoPictures::diabetesApp),
        new Picture(9, "pulse-oximeter", false,
            "A pulse oximeter clipped on a finger, its display showing oxygen saturation",
            "Sormeen kiinnitetty pulssioksimetri, jonka näytöllä on happisaturaatio",
            "En pulsoximeter på ett finger, med syremättnaden i displayen",
            DemoPictures::oximeter));
  }
}
