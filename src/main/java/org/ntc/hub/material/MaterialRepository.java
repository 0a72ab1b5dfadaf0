package org.ntc.hub.material;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Db;

/** Learning material and its files. */
public final class MaterialRepository {
  private static final String INSERT = """
      INSERT INTO material (id, title, topic, language, visibility, kind, url, file_name, content_type, bytes, size,
                            training_id, showcase_id, created_by, organisation_id)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)""";
  private static final String BY_ID = "SELECT " + Material.COLUMNS + " FROM material WHERE id = $1 AND withdrawn_at IS NULL";
  private static final String FILE = """
      SELECT visibility, kind, url, file_name, content_type, bytes FROM material WHERE id = $1 AND withdrawn_at IS NULL""";
  private static final String UPDATE = """
      UPDATE material SET title = $2, topic = $3, language = $4, visibility = $5, url = $6, updated_at = now()
      WHERE id = $1 AND withdrawn_at IS NULL""";
  private static final String WITHDRAW = """
      UPDATE material SET withdrawn_at = now(), withdrawn_by = $2 WHERE id = $1 AND withdrawn_at IS NULL""";
  /** Optional filters as parameters; members-only material only when $5 is true. */
  private static final String WHERE = """
      WHERE withdrawn_at IS NULL
        AND ($1::text IS NULL OR search @@ (websearch_to_tsquery('finnish', $1) || websearch_to_tsquery('swedish', $1)
                                           || websearch_to_tsquery('english', $1) || websearch_to_tsquery('simple', $1)))
        AND ($2::text IS NULL OR topic = $2) AND ($3::text IS NULL OR language = $3)
        AND ($4::uuid IS NULL OR training_id = $4) AND (visibility = 'public' OR $5)""";
  private static final String LIST = "SELECT " + Material.COLUMNS + " FROM material " + WHERE
      + " ORDER BY created_at DESC, id LIMIT $6 OFFSET $7";
  private static final String COUNT = "SELECT count(*) FROM material " + WHERE;

  /** A file as served, with who may see it. */
  public record StoredFile(Visibility visibility, MaterialKind kind, String url, String fileName, String contentType, Buffer bytes) {
    static StoredFile fromRow(Row row) {
      return new StoredFile(Coded.of(Visibility.class, row.getString("visibility")), Coded.of(MaterialKind.class, row.getString("kind")),
          row.getString("url"), row.getString("file_name"), row.getString("content_type"), row.getBuffer("bytes"));
    }
  }

  private final Pool pool;

  public MaterialRepository(Pool pool) {
    this.pool = pool;
  }

  Future<Void> insert(UUID id, NewMaterial m, String fileName, String contentType, Buffer bytes, UUID author, UUID publisher) {
    return pool.preparedQuery(INSERT).execute(Tuple.of(id, m.title().toJson(), m.topic(), m.language(), m.visibility().code(),
            m.kind().code())
        .addString(m.url()).addString(fileName).addString(contentType).addBuffer(bytes)
        .addValue(bytes == null ? null : bytes.length()).addUUID(m.trainingId()).addUUID(m.showcaseId()).addUUID(author)
        .addUUID(publisher)).mapEmpty();
  }

  Future<Optional<Material>> byId(UUID id) {
    return pool.preparedQuery(BY_ID).mapping(Material::fromRow).execute(Tuple.of(id)).map(Db::first);
  }

  /** Writes the material's editable fields as they now read; false if it was withdrawn meanwhile. */
  Future<Boolean> update(Material m) {
    return pool.preparedQuery(UPDATE).execute(Tuple.of(m.id(), m.title().toJson(), m.topic(), m.language(), m.visibility().code(),
        m.url())).map(rows -> rows.rowCount() == 1);
  }

  Pool pool() {
    return pool;
  }

  /** False if it was already withdrawn. */
  Future<Boolean> withdraw(SqlClient client, UUID id, UUID by) {
    return client.preparedQuery(WITHDRAW).execute(Tuple.of(id, by)).map(rows -> rows.rowCount() == 1);
  }

  Future<Optional<StoredFile>> file(UUID id) {
    return pool.preparedQuery(FILE).mapping(StoredFile::fromRow).execute(Tuple.of(id)).map(Db::first);
  }

  Future<List<Material>> list(MaterialQuery query, boolean members, int limit, int offset) {
    return pool.preparedQuery(LIST).mapping(Material::fromRow)
        .execute(filters(query, members).addInteger(limit).addInteger(offset)).map(Db::list);
  }

  Future<Long> count(MaterialQuery query, boolean members) {
    return pool.preparedQuery(COUNT).execute(filters(query, members)).map(Db::count);
  }

  private static Tuple filters(MaterialQuery query, boolean members) {
    return Tuple.of(query.text(), query.topic(), query.language(), query.trainingId(), members);
  }
}
