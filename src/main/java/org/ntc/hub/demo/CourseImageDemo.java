package org.ntc.hub.demo;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A picture in the first lesson of each demo course, drawn at load time (on a worker thread) by
 * {@link DemoPictures}: the medicine dispenser, and a blood pressure cuff with its hub. Their alt
 * texts are in the course's languages; the courses' copies name them (see {@link CourseDemo}).
 */
final class CourseImageDemo {
  private static final String INSERT = """
      INSERT INTO course_image (id, course_id, content_type, bytes, size, alt, width, height, created_by)
      VALUES ($1, $2, 'image/png', $3, $4, $5, $6, $7, $8)
      ON CONFLICT DO NOTHING""";

  private record Picture(int course, JsonObject alt, Consumer<Graphics2D> draw) {}

  private static final List<Picture> PICTURES = List.of(
      new Picture(1, new JsonObject()
          .put("fi", "Pyöreä lääkeannostelija, jossa on annoslokerot ja seuraavan annoksen merkkivalo")
          .put("sv", "En rund läkemedelsautomat med dosfack och en lampa som visar nästa dos"), DemoPictures::dispenser),
      new Picture(2, new JsonObject()
          .put("en", "A blood pressure monitor with its cuff beside a small hub on a table")
          .put("fi", "Verenpainemittari ja mansetti pöydällä pienen tukiaseman vieressä")
          .put("sv", "En blodtrycksmätare med manschett bredvid en liten basstation på ett bord"), DemoPictures::bloodPressure));

  private CourseImageDemo() {}

  static UUID id(int course) {
    return UUID.fromString(String.format("00000000-0000-4000-c200-%012d", course));
  }

  /** The course's copy with its picture in the first lesson of its first module. */
  static JsonObject withPicture(JsonObject course, int n) {
    Picture picture = PICTURES.get(n - 1);
    JsonObject lesson = course.getJsonArray("modules").getJsonObject(0).getJsonArray("lessons").getJsonObject(0);
    lesson.put("images", new JsonArray().add(new JsonObject().put("id", id(n).toString()).put("alt", picture.alt())
        .put("width", DemoPictures.WIDTH).put("height", DemoPictures.HEIGHT)));
    return course;
  }

  static Future<Void> load(Vertx vertx, SqlConnection tx) {
    return vertx.executeBlocking(CourseImageDemo::rows, false).compose(rows -> tx.preparedQuery(INSERT).executeBatch(rows))
        .mapEmpty();
  }

  private static List<Tuple> rows() {
    List<Tuple> rows = new ArrayList<>();
    for (Picture p : PICTURES) {
      Buffer png = Buffer.buffer(DemoPictures.draw(p.draw()));
      String alt = p.alt().getString("fi");
      rows.add(Tuple.from(new Object[] {id(p.course()), CourseDemo.id(p.course()), png, png.length(), alt, DemoPictures.WIDTH,
          DemoPictures.HEIGHT, p.course() == 1 ? PeopleDemo.id(2) : PeopleDemo.id(5)}));
    }
    return rows;
  }
}
