package org.ntc.hub.material;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Times;

/** Learning material and its files. */
public final class MaterialRepository {
  private static final String COLUMNS = """
      id, title, topic, language, visibility, kind, url, file_name, content_type, size, training_id, showcase_id, created_at""";
  private static final String INSERT = """
      INSERT INTO material (id, title, topic, language, visibility, kind, url, file_name, content_type, bytes, size,
                            training_id, showcase_id, created_by)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)""";
  private static final String BY_ID = "SELECT " + COLUMNS + " FROM material WHERE id = $1";
  private static final String FILE = "SELECT visibility, kind, url, file_name, content_type, bytes FROM material WHERE id = $1";
  /** Optional filters as parameters; members-only material only when $5 is true. */
  private static final String WHERE = """
      WHERE ($1::text IS NULL OR search @@ (websearch_to_tsquery('finnish', $1) || websearch_to_tsquery('swedish', $1)
                                           || websearch_to_tsquery('english', $1) || websearch_to_tsquery('simple', $1)))
        AND ($2::text IS NULL OR topic = $2) AND ($3::text IS NULL OR language = $3)
        AND ($4::uuid IS NULL OR training_id = $4) AND (visibility = 'public' OR $5)""";
  private static final String LIST = "SELECT " + COLUMNS + " FROM material " + WHERE + " ORDER BY created_at DESC, id LIMIT $6 OFFSET $7";
  private static final String COUNT = "SELECT count(*) FROM material " + WHERE;

  public record Filter(String text, String topic, String language, UUID trainingId) {}

  public record StoredFile(String visibility, String kind, String url, String fileName, String contentType, Buffer bytes) {}

  private final Pool pool;

  public MaterialRepository(Pool pool) {
    this.pool = pool;
  }

  Future<Void> insert(UUID id, NewMaterial m, String kind, String fileName, String contentType, Buffer bytes, UUID author) {
    return pool.preparedQuery(INSERT).execute(Tuple.of(id, m.title().toJson(), m.topic(), m.language(), m.visibility(), kind)
        .addString(m.url()).addString(fileName).addString(contentType).addBuffer(bytes)
        .addValue(bytes == null ? null : bytes.length()).addUUID(m.trainingId()).addUUID(m.showcaseId()).addUUID(author)).mapEmpty();
  }

  Future<Optional<JsonObject>> byId(UUID id, String lang) {
    return pool.preparedQuery(BY_ID).execute(Tuple.of(id)).map(rows -> {
      var it = rows.iterator();
      return it.hasNext() ? Optional.of(json(it.next(), lang)) : Optional.empty();
    });
  }

  Future<Optional<StoredFile>> file(UUID id) {
    return pool.preparedQuery(FILE).execute(Tuple.of(id)).map(rows -> {
      var it = rows.iterator();
      if (!it.hasNext()) return Optional.empty();
      Row r = it.next();
      return Optional.of(new StoredFile(r.getString("visibility"), r.getString("kind"), r.getString("url"),
          r.getString("file_name"), r.getString("content_type"), r.getBuffer("bytes")));
    });
  }

  public Future<List<JsonObject>> list(Filter filter, boolean members, int limit, int offset, String lang) {
    return pool.preparedQuery(LIST).execute(Tuple.of(filter.text(), filter.topic(), filter.language(), filter.trainingId(), members)
        .addInteger(limit).addInteger(offset)).map(rows -> {
          List<JsonObject> list = new ArrayList<>();
          rows.forEach(r -> list.add(json(r, lang)));
          return list;
        });
  }

  Future<Long> count(Filter filter, boolean members) {
    return pool.preparedQuery(COUNT).execute(Tuple.of(filter.text(), filter.topic(), filter.language(), filter.trainingId(), members))
        .map(rows -> rows.iterator().next().getLong(0));
  }

  private static JsonObject json(Row r, String lang) {
    Localised title = Localised.of(r.getJsonObject("title"));
    String id = r.getUUID("id").toString();
    return new JsonObject().put("id", id).put("title", title.in(lang)).put("titleI18n", title.toJson())
        .put("topic", r.getString("topic")).put("language", r.getString("language")).put("visibility", r.getString("visibility"))
        .put("kind", r.getString("kind"))
        .put("url", r.getString("kind").equals("link") ? r.getString("url") : "/api/v1/materials/" + id + "/file")
        .put("fileName", r.getString("file_name")).put("contentType", r.getString("content_type")).put("size", r.getValue("size"))
        .put("trainingId", r.getUUID("training_id") == null ? null : r.getUUID("training_id").toString())
        .put("showcaseId", r.getUUID("showcase_id") == null ? null : r.getUUID("showcase_id").toString())
        .put("createdAt", Times.rfc3339(r.getOffsetDateTime("created_at")));
  }
}
