package org.ntc.hub.analytics;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Db;

/** The showcases people saved to come back to. */
public final class SaveRepository {
  /** Saves a public showcase (again: nothing changes) and says whether there is such a public showcase. */
  private static final String SAVE = """
      WITH saved AS (
        INSERT INTO showcase_save (account_id, showcase_id)
        SELECT $1, l.showcase_id FROM showcase_listing l WHERE l.showcase_id = $2
        ON CONFLICT DO NOTHING)
      SELECT EXISTS (SELECT 1 FROM showcase_listing WHERE showcase_id = $2) AS public""";
  private static final String REMOVE = "DELETE FROM showcase_save WHERE account_id = $1 AND showcase_id = $2";
  private static final String SAVED = "SELECT EXISTS (SELECT 1 FROM showcase_save WHERE account_id = $1 AND showcase_id = $2) AS saved";
  private static final String LIST = """
      SELECT l.showcase_id, l.title, l.summary, s.created_at
      FROM showcase_save s JOIN showcase_listing l ON l.showcase_id = s.showcase_id
      WHERE s.account_id = $1 ORDER BY s.created_at DESC, l.showcase_id LIMIT 500""";
  private static final String FORGET = "DELETE FROM showcase_save WHERE account_id = $1";

  /** A saved showcase as its saver's list shows it. */
  public record Saved(UUID showcaseId, JsonObject title, JsonObject summary, OffsetDateTime savedAt) {
    static Saved fromRow(Row row) {
      return new Saved(row.getUUID("showcase_id"), row.getJsonObject("title"), row.getJsonObject("summary"),
          row.getOffsetDateTime("created_at"));
    }
  }

  private final Pool pool;

  public SaveRepository(Pool pool) {
    this.pool = pool;
  }

  Future<Boolean> save(UUID accountId, UUID showcaseId) {
    return pool.preparedQuery(SAVE).execute(Tuple.of(accountId, showcaseId))
        .map(rows -> rows.iterator().next().getBoolean("public"));
  }

  Future<Void> remove(UUID accountId, UUID showcaseId) {
    return pool.preparedQuery(REMOVE).execute(Tuple.of(accountId, showcaseId)).mapEmpty();
  }

  Future<Boolean> saved(UUID accountId, UUID showcaseId) {
    return pool.preparedQuery(SAVED).execute(Tuple.of(accountId, showcaseId))
        .map(rows -> rows.iterator().next().getBoolean("saved"));
  }

  Future<List<Saved>> list(UUID accountId) {
    return pool.preparedQuery(LIST).mapping(Saved::fromRow).execute(Tuple.of(accountId)).map(Db::list);
  }

  Future<Void> forget(SqlClient tx, UUID accountId) {
    return tx.preparedQuery(FORGET).execute(Tuple.of(accountId)).mapEmpty();
  }
}
