package org.ntc.hub.analytics;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Viewer;

/** Signed-in people save public showcases to their own list; saving twice or removing what is not saved changes nothing. */
public final class SaveService {
  private final SaveRepository saves;

  public SaveService(SaveRepository saves) {
    this.saves = saves;
  }

  public Future<Void> save(UUID showcaseId, Viewer viewer) {
    viewer.requireSignedIn();
    return saves.save(viewer.id(), showcaseId).map(found -> {
      if (!found) throw new NotFound("showcase", showcaseId);
      return null;
    });
  }

  public Future<Void> remove(UUID showcaseId, Viewer viewer) {
    viewer.requireSignedIn();
    return saves.remove(viewer.id(), showcaseId);
  }

  /** Whether this viewer saved the showcase; never for a visitor. */
  public Future<Boolean> saved(UUID showcaseId, Viewer viewer) {
    if (!viewer.signedIn()) return Future.succeededFuture(false);
    return saves.saved(viewer.id(), showcaseId);
  }

  /** The viewer's saved showcases that are still public, the latest first. */
  public Future<List<SaveRepository.Saved>> list(Viewer viewer) {
    viewer.requireSignedIn();
    return saves.list(viewer.id());
  }

  /** An erased account's list goes with it. */
  public Future<Void> forget(SqlClient tx, UUID accountId) {
    return saves.forget(tx, accountId);
  }
}
