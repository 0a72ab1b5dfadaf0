package org.ntc.hub.admin;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ntc.hub.audit.AuditAction;
import org.ntc.hub.audit.AuditLog;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.InOrder;
import org.ntc.hub.platform.Viewer;

/**
 * Admins reword the category and target-group labels in Finnish, Swedish and English; every
 * node shows their wording instead of the bundles' from then on.
 */
public final class LabelService {
  /** Published on the event bus after admins change a label: every node reads the labels again. */
  public static final String CHANGED = "ntc.labels.changed";
  private static final InOrder READS = new InOrder();

  private final LabelRepository labels;
  private Runnable changed = () -> {};

  public LabelService(LabelRepository labels) {
    this.labels = labels;
  }

  /** Told after labels change, once this node uses them: to tell the other nodes. */
  public LabelService onChange(Runnable changed) {
    this.changed = changed;
    return this;
  }

  /** Reads the admins' wording from the database and makes this node use it, after any read asked for earlier. */
  public static Future<Void> apply(SqlClient client) {
    return READS.run(() -> LabelRepository.all(client).map(byLanguage -> {
      I18n.overrides(byLanguage);
      return null;
    }));
  }

  private record Edit(String key, String lang, String text) {}

  /**
   * Saves what differs from what the site shows now: a text equal to the bundles' own (or
   * empty) removes the admins' wording. One audit entry per label changed.
   */
  public Future<Integer> update(Viewer viewer, LabelChange change, String address) {
    viewer.requireAdmin();
    List<Edit> edits = new ArrayList<>();
    change.texts().forEach((key, byLanguage) -> byLanguage.forEach((lang, text) -> {
      String bundled = I18n.bundled(lang, key);
      String wanted = text.isEmpty() ? bundled : text;
      if (!wanted.equals(I18n.text(lang, key))) edits.add(new Edit(key, lang, wanted.equals(bundled) ? null : wanted));
    }));
    if (edits.isEmpty()) return Future.succeededFuture(0);
    Map<String, JsonArray> languagesByKey = new LinkedHashMap<>();
    edits.forEach(e -> languagesByKey.computeIfAbsent(e.key(), k -> new JsonArray()).add(e.lang()));
    return labels.pool().withTransaction(tx -> {
      Future<Void> done = Future.succeededFuture();
      for (Edit edit : edits) done = done.compose(v -> labels.set(tx, edit.key(), edit.lang(), edit.text(), viewer.id()));
      for (Map.Entry<String, JsonArray> entry : languagesByKey.entrySet()) {
        done = done.compose(v -> AuditLog.record(tx, viewer.id(), AuditAction.LABEL_CHANGED, entry.getKey(), address,
            new JsonObject().put("languages", entry.getValue())));
      }
      return done;
    }).compose(done -> apply(labels.pool())).map(applied -> {
      changed.run();
      return languagesByKey.size();
    });
  }
}
