package org.ntc.hub.admin;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Admins' wording of the taxonomy labels, per key and language. */
public final class LabelRepository {
  private static final String ALL = "SELECT key, lang, text FROM label_override";
  private static final String SET = """
      INSERT INTO label_override (key, lang, text, updated_by) VALUES ($1, $2, $3, $4)
      ON CONFLICT (key, lang) DO UPDATE SET text = EXCLUDED.text, updated_by = EXCLUDED.updated_by, updated_at = now()""";
  private static final String CLEAR = "DELETE FROM label_override WHERE key = $1 AND lang = $2";

  private final Pool pool;

  public LabelRepository(Pool pool) {
    this.pool = pool;
  }

  Pool pool() {
    return pool;
  }

  /** Language → key → text. */
  static Future<Map<String, Map<String, String>>> all(SqlClient client) {
    return client.preparedQuery(ALL).execute().map(rows -> {
      Map<String, Map<String, String>> byLanguage = new HashMap<>();
      for (Row row : rows) {
        byLanguage.computeIfAbsent(row.getString("lang"), lang -> new HashMap<>()).put(row.getString("key"), row.getString("text"));
      }
      return byLanguage;
    });
  }

  /** Sets the admins' text, or (null) goes back to the bundles' own. */
  Future<Void> set(SqlClient tx, String key, String lang, String text, UUID by) {
    return (text == null ? tx.preparedQuery(CLEAR).execute(Tuple.of(key, lang))
        : tx.preparedQuery(SET).execute(Tuple.of(key, lang, text, by))).mapEmpty();
  }
}
