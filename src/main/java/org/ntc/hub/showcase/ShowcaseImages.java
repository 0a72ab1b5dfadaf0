package org.ntc.hub.showcase;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ntc.hub.platform.Db;
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
      SELECT id, showcase_id, content_type, size, alt, approved FROM showcase_image
      WHERE showcase_id = $1 AND (approved OR NOT $2)
      ORDER BY created_at, id""";
  private static final String COUNT = "SELECT count(*) FROM showcase_image WHERE showcase_id = $1";
  private static final String BYTES = """
      SELECT content_type, bytes, file_name, approved FROM showcase_image WHERE id = $1 AND showcase_id = $2""";
  private static final String DELETE = "DELETE FROM showcase_image WHERE id = $1 AND showcase_id = $2";
  private static final String APPROVE = "UPDATE showcase_image SET approved = true WHERE showcase_id = $1 AND NOT approved";
  /** Images awaiting review in the showcases awaiting review. */
  private static final String AWAITING_REVIEW = """
      SELECT i.id, i.showcase_id, i.content_type, i.size, i.alt, i.approved
      FROM showcase_image i JOIN showcase s ON s.id = i.showcase_id
      WHERE s.status = 'pending' AND NOT i.approved ORDER BY i.created_at, i.id""";

  /** An image's bytes as served. */
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

  Future<ShowcaseImage> insert(SqlClient client, UUID showcaseId, NewImage image) {
    UUID id = UUID.randomUUID();
    Buffer bytes = image.bytes();
    return client.preparedQuery(INSERT)
        .execute(Tuple.of(id, showcaseId, image.contentType(), bytes, bytes.length(), image.alt(), image.fileName()))
        .map(done -> new ShowcaseImage(id, showcaseId, image.contentType(), bytes.length(), image.alt(), image.fileName(), false));
  }

  /** Approves every image of the showcase awaiting review, in the approval's transaction. */
  Future<Void> approve(SqlClient client, UUID showcaseId) {
    return client.preparedQuery(APPROVE).execute(Tuple.of(showcaseId)).mapEmpty();
  }

  Future<Long> count(UUID showcaseId) {
    return pool.preparedQuery(COUNT).execute(Tuple.of(showcaseId)).map(Db::count);
  }

  Future<List<ShowcaseImage>> list(UUID showcaseId, boolean approvedOnly) {
    return pool.preparedQuery(LIST).mapping(ShowcaseImages::fromRow).execute(Tuple.of(showcaseId, approvedOnly)).map(Db::list);
  }

  /** Images awaiting review in the showcases awaiting review, by showcase. */
  Future<Map<UUID, List<ShowcaseImage>>> awaitingReview() {
    return pool.preparedQuery(AWAITING_REVIEW).mapping(ShowcaseImages::fromRow).execute()
        .map(rows -> Db.list(rows).stream()
            .collect(Collectors.groupingBy(ShowcaseImage::showcaseId, LinkedHashMap::new, Collectors.toList())));
  }

  Future<Optional<Image>> bytes(UUID showcaseId, UUID imageId) {
    return pool.preparedQuery(BYTES).execute(Tuple.of(imageId, showcaseId)).map(rows -> Db.first(rows).map(row -> {
      String type = row.getString("content_type");
      String name = row.getString("file_name") != null ? row.getString("file_name")
          : FileNames.forType(null, type, "image-" + imageId);
      return new Image(type, row.getBuffer("bytes"), name, row.getBoolean("approved"));
    }));
  }

  Future<Boolean> delete(UUID showcaseId, UUID imageId) {
    return pool.preparedQuery(DELETE).execute(Tuple.of(imageId, showcaseId)).map(rows -> rows.rowCount() == 1);
  }

  private static ShowcaseImage fromRow(Row row) {
    return new ShowcaseImage(row.getUUID("id"), row.getUUID("showcase_id"), row.getString("content_type"),
        row.getInteger("size"), row.getString("alt"), null, row.getBoolean("approved"));
  }
}
