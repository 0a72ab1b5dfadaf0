package org.ntc.hub.showcase;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
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
import org.ntc.hub.platform.Localised;

/**
 * Showcase images: recognised by their bytes, kept in PostgreSQL so every node serves them, and
 * reviewed like text: a new image, or a new alt text, is shown to the public once staff approve
 * the showcase. Owners put them in order; the first approved one stands for the showcase on cards.
 */
public final class ShowcaseImages {
  public static final int MAX_BYTES = 5 * 1024 * 1024;
  static final int MAX_PER_SHOWCASE = 10;
  private static final String COLUMNS = """
      i.id, i.showcase_id, i.content_type, i.size, i.approved, i.position, i.width, i.height, i.alt_i18n""";
  private static final String INSERT = """
      INSERT INTO showcase_image (id, showcase_id, content_type, bytes, size, alt, file_name, width, height, position)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,
              (SELECT COALESCE(max(position), 0) + 1 FROM showcase_image WHERE showcase_id = $2))
      RETURNING position""";
  /** All of a showcase's images with their working alt text, or ($2) only the approved ones with the approved text. */
  private static final String LIST = "SELECT " + COLUMNS + """
      , CASE WHEN $2 THEN COALESCE(i.published_alt, i.alt) ELSE i.alt END AS alt,
             NOT $2 AND i.approved AND i.published_alt IS DISTINCT FROM i.alt AS alt_pending
      FROM showcase_image i
      WHERE i.showcase_id = $1 AND (i.approved OR NOT $2)
      ORDER BY i.position, i.created_at, i.id""";
  private static final String COUNT = "SELECT count(*) FROM showcase_image WHERE showcase_id = $1";
  private static final String BYTES = """
      SELECT content_type, bytes, file_name, approved FROM showcase_image WHERE id = $1 AND showcase_id = $2""";
  private static final String DELETE = "DELETE FROM showcase_image WHERE id = $1 AND showcase_id = $2";
  /** Numbers a showcase's images 1, 2, … in their order again, closing the gap a removal leaves. */
  private static final String RENUMBER = """
      UPDATE showcase_image i SET position = o.n
      FROM (SELECT id, row_number() OVER (ORDER BY position, created_at, id)::int AS n FROM showcase_image WHERE showcase_id = $1) o
      WHERE i.id = o.id AND i.position <> o.n""";
  /** True when the new text differs from what the public reads, so the showcase needs review. */
  private static final String CHANGE_ALT = """
      WITH before AS (SELECT id, alt FROM showcase_image WHERE id = $1 AND showcase_id = $2 FOR UPDATE)
      UPDATE showcase_image i SET alt = $3::text, alt_i18n = CASE WHEN b.alt = $3::text THEN i.alt_i18n END
      FROM before b WHERE i.id = b.id
      RETURNING b.alt IS DISTINCT FROM $3::text AND (NOT i.approved OR i.published_alt IS DISTINCT FROM $3::text) AS needs_review""";
  /**
   * Puts one image at a place (clamped to 1..count) and numbers the others around it 1, 2, …
   * in their current order, in one statement.
   */
  private static final String MOVE = """
      WITH target AS (
        SELECT LEAST(GREATEST($3::int, 1), count(*))::int AS place FROM showcase_image WHERE showcase_id = $2
      ), others AS (
        SELECT id, row_number() OVER (ORDER BY position, created_at, id)::int AS n
        FROM showcase_image WHERE showcase_id = $2::uuid AND id <> $1::uuid
      ), placed AS (
        SELECT o.id, CASE WHEN o.n >= t.place THEN o.n + 1 ELSE o.n END AS place FROM others o, target t
        UNION ALL SELECT $1::uuid, t.place FROM target t
      )
      UPDATE showcase_image i SET position = p.place FROM placed p
      WHERE i.id = p.id AND i.showcase_id = $2 AND EXISTS (SELECT 1 FROM showcase_image WHERE id = $1 AND showcase_id = $2)""";
  /** Approves every image of the showcase, and every alt text, awaiting review. */
  private static final String APPROVE = """
      UPDATE showcase_image SET approved = true, published_alt = alt
      WHERE showcase_id = $1 AND (NOT approved OR published_alt IS DISTINCT FROM alt)""";
  /** Images, or alt texts, awaiting review in the showcases awaiting review. */
  private static final String AWAITING_REVIEW = "SELECT " + COLUMNS + """
      , i.alt, i.approved AS alt_pending
      FROM showcase_image i JOIN showcase s ON s.id = i.showcase_id
      WHERE s.status = 'pending' AND (NOT i.approved OR i.published_alt IS DISTINCT FROM i.alt)
      ORDER BY i.position, i.created_at, i.id""";

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
    Integer width = image.size() == null ? null : image.size().width();
    Integer height = image.size() == null ? null : image.size().height();
    return client.preparedQuery(INSERT)
        .execute(Tuple.from(new Object[] {id, showcaseId, image.contentType(), bytes, bytes.length(), image.alt(), image.fileName(),
            width, height}))
        .map(rows -> new ShowcaseImage(id, showcaseId, image.contentType(), bytes.length(), image.alt(), null, image.fileName(), false,
                rows.iterator().next().getInteger("position"), width, height, false));
  }

  /** Approves every image and alt text of the showcase awaiting review, in the approval's transaction. */
  Future<Void> approve(SqlClient client, UUID showcaseId) {
    return client.preparedQuery(APPROVE).execute(Tuple.of(showcaseId)).mapEmpty();
  }

  Future<Long> count(UUID showcaseId) {
    return pool.preparedQuery(COUNT).execute(Tuple.of(showcaseId)).map(Db::count);
  }

  Future<List<ShowcaseImage>> list(UUID showcaseId, boolean approvedOnly) {
    return list(pool, showcaseId, approvedOnly);
  }

  Future<List<ShowcaseImage>> list(SqlClient client, UUID showcaseId, boolean approvedOnly) {
    return client.preparedQuery(LIST).mapping(ShowcaseImages::fromRow).execute(Tuple.of(showcaseId, approvedOnly)).map(Db::list);
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

  Future<Boolean> delete(SqlClient client, UUID showcaseId, UUID imageId) {
    return client.preparedQuery(DELETE).execute(Tuple.of(imageId, showcaseId)).compose(rows -> rows.rowCount() == 1
        ? client.preparedQuery(RENUMBER).execute(Tuple.of(showcaseId)).map(true)
        : Future.succeededFuture(false));
  }

  /** The new alt text; empty when there is no such image, else whether the public's text now differs from it. */
  Future<Optional<Boolean>> changeAlt(SqlClient client, UUID showcaseId, UUID imageId, String alt) {
    return client.preparedQuery(CHANGE_ALT).execute(Tuple.of(imageId, showcaseId, alt))
        .map(rows -> Db.first(rows).map(row -> row.getBoolean("needs_review")));
  }

  /** True when the image exists and now stands at that place (or the nearest there is). */
  Future<Boolean> move(SqlClient client, UUID showcaseId, UUID imageId, int position) {
    return client.preparedQuery(MOVE).execute(Tuple.of(imageId, showcaseId, position)).map(rows -> rows.rowCount() > 0);
  }

  private static Localised altI18n(Row row) {
    JsonObject texts = row.getJsonObject("alt_i18n");
    return texts == null ? null : Localised.of(texts);
  }

  private static ShowcaseImage fromRow(Row row) {
    return new ShowcaseImage(row.getUUID("id"), row.getUUID("showcase_id"), row.getString("content_type"),
        row.getInteger("size"), row.getString("alt"), altI18n(row), null, row.getBoolean("approved"), row.getInteger("position"),
        row.getInteger("width"), row.getInteger("height"), row.getBoolean("alt_pending"));
  }
}
