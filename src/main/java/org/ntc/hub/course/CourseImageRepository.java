package org.ntc.hub.course;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.platform.Db;
import org.ntc.hub.showcase.NewImage;

/** The bytes of lessons' images (V41), read and written only with their course's id. */
final class CourseImageRepository {
  private static final String INSERT = """
      INSERT INTO course_image (id, course_id, content_type, bytes, size, alt, width, height, created_by)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)""";
  private static final String BYTES = "SELECT content_type, bytes FROM course_image WHERE id = $1 AND course_id = $2";
  private static final String DELETE = "DELETE FROM course_image WHERE id = $1 AND course_id = $2";
  /** Of the images named before a change, those that neither copy of the course names after it. */
  private static final String PRUNE = """
      DELETE FROM course_image i USING course c
       WHERE c.id = $1 AND i.course_id = c.id AND i.id = ANY($2)
         AND NOT COALESCE(jsonb_path_exists(c.content, '$.modules[*].lessons[*].images[*] ? (@.id == $id)',
                                            jsonb_build_object('id', i.id::text)), false)
         AND NOT COALESCE(jsonb_path_exists(c.published, '$.modules[*].lessons[*].images[*] ? (@.id == $id)',
                                            jsonb_build_object('id', i.id::text)), false)""";

  /** An image's bytes as served. */
  record Bytes(String contentType, Buffer bytes) {}

  private final Pool pool;

  CourseImageRepository(Pool pool) {
    this.pool = pool;
  }

  Future<Void> insert(UUID id, UUID courseId, NewImage image, UUID createdBy) {
    Integer width = image.size() == null ? null : image.size().width();
    Integer height = image.size() == null ? null : image.size().height();
    return pool.preparedQuery(INSERT).execute(Tuple.from(new Object[] {id, courseId, image.contentType(), image.bytes(),
        image.bytes().length(), image.alt(), width, height, createdBy})).mapEmpty();
  }

  Future<Optional<Bytes>> bytes(UUID courseId, UUID imageId) {
    return pool.preparedQuery(BYTES).execute(Tuple.of(imageId, courseId))
        .map(rows -> Db.first(rows).map(row -> new Bytes(row.getString("content_type"), row.getBuffer("bytes"))));
  }

  /**
   * Deletes the bytes of the images a change of the course's copies dropped: {@code before}, those
   * its copies named before it (so an image being added meanwhile is never among them). Run in the
   * change's transaction, so the bytes go exactly when their last mention does.
   */
  static Future<Void> prune(SqlClient tx, UUID courseId, Collection<UUID> before) {
    if (before.isEmpty()) return Future.succeededFuture();
    return tx.preparedQuery(PRUNE).execute(Tuple.of(courseId, (Object) before.toArray(UUID[]::new))).mapEmpty();
  }

  Future<Void> delete(UUID courseId, UUID imageId) {
    return pool.preparedQuery(DELETE).execute(Tuple.of(imageId, courseId)).mapEmpty();
  }
}
