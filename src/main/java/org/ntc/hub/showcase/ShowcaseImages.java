package org.ntc.hub.showcase;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.platform.FileNames;

/**
 * Showcase images: recognised by their bytes, kept in PostgreSQL so every node serves them, and
 * reviewed like text: a new image is shown to the public once staff approve the showcase.
 */
public final class ShowcaseImages {
  public static final int MAX_BYTES = 5 * 1024 * 1024;
  static final int MAX_PER_SHOWCASE = 10;
  private static final String INSERT = """
      INSERT INTO showcase_image (id, showcase_id, content_type, bytes, size, alt, file_name) VALUES ($1, $2, $3, $4, $5, $6, $7)""";
  /** All of a showcase's images, or ($2) only the approved ones. */
  private static final String LIST = """
      SELECT id, content_type, size, alt, approved FROM showcase_image WHERE showcase_id = $1 AND (approved OR NOT $2)
      ORDER BY created_at, id""";
  private static final String COUNT = "SELECT count(*) FROM showcase_image WHERE showcase_id = $1";
  private static final String BYTES = """
      SELECT content_type, bytes, file_name, approved FROM showcase_image WHERE id = $1 AND showcase_id = $2""";
  private static final String DELETE = "DELETE FROM showcase_image WHERE id = $1 AND showcase_id = $2";
  private static final String APPROVE = "UPDATE showcase_image SET approved = true WHERE showcase_id = $1 AND NOT approved";

  public record Image(String contentType, Buffer bytes, String fileName, boolean approved) {}

  private final Pool pool;

  public ShowcaseImages(Pool pool) {
    this.pool = pool;
  }

  /** PNG, JPEG or WebP by their magic numbers, whatever the upload claims to be. */
  static Optional<String> contentType(Buffer bytes) {
    if (bytes.length() >= 8 && bytes.getByte(0) == (byte) 0x89 && bytes.getString(1, 4).equals("PNG")
        && bytes.getByte(4) == 0x0D && bytes.getByte(5) == 0x0A && bytes.getByte(6) == 0x1A && bytes.getByte(7) == 0x0A) {
      return Optional.of("image/png");
    }
    if (bytes.length() >= 3 && bytes.getByte(0) == (byte) 0xFF && bytes.getByte(1) == (byte) 0xD8 && bytes.getByte(2) == (byte) 0xFF) {
      return Optional.of("image/jpeg");
    }
    if (bytes.length() >= 12 && bytes.getString(0, 4).equals("RIFF") && bytes.getString(8, 12).equals("WEBP")) {
      return Optional.of("image/webp");
    }
    return Optional.empty();
  }

  Future<Void> insert(SqlClient client, UUID id, UUID showcaseId, String contentType, Buffer bytes, String alt, String fileName) {
    return client.preparedQuery(INSERT).execute(Tuple.of(id, showcaseId, contentType, bytes, bytes.length(), alt, fileName))
        .mapEmpty();
  }

  /** Approves every image of the showcase awaiting review, in the approval's transaction. */
  Future<Void> approve(SqlClient client, UUID showcaseId) {
    return client.preparedQuery(APPROVE).execute(Tuple.of(showcaseId)).mapEmpty();
  }

  Future<Long> count(UUID showcaseId) {
    return pool.preparedQuery(COUNT).execute(Tuple.of(showcaseId)).map(rows -> rows.iterator().next().getLong(0));
  }

  Future<List<JsonObject>> list(UUID showcaseId, boolean approvedOnly) {
    return pool.preparedQuery(LIST).execute(Tuple.of(showcaseId, approvedOnly)).map(rows -> {
      List<JsonObject> list = new java.util.ArrayList<>();
      rows.forEach(r -> list.add(new JsonObject().put("id", r.getUUID("id").toString())
          .put("url", "/api/v1/showcases/" + showcaseId + "/images/" + r.getUUID("id"))
          .put("alt", r.getString("alt")).put("contentType", r.getString("content_type")).put("size", r.getInteger("size"))
          .put("approved", r.getBoolean("approved"))));
      return list;
    });
  }

  Future<Optional<Image>> bytes(UUID showcaseId, UUID imageId) {
    return pool.preparedQuery(BYTES).execute(Tuple.of(imageId, showcaseId)).map(rows -> {
      var it = rows.iterator();
      if (!it.hasNext()) return Optional.empty();
      var row = it.next();
      String type = row.getString("content_type");
      String name = row.getString("file_name") != null ? row.getString("file_name")
          : FileNames.forType(null, type, "image-" + imageId);
      return Optional.of(new Image(type, row.getBuffer("bytes"), name, row.getBoolean("approved")));
    });
  }

  Future<Boolean> delete(UUID showcaseId, UUID imageId) {
    return pool.preparedQuery(DELETE).execute(Tuple.of(imageId, showcaseId)).map(rows -> rows.rowCount() == 1);
  }
}
