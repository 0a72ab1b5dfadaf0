package org.ntc.hub.challenge;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Db;

/** The categories organisations follow. */
public final class FollowRepository {
  private static final String FOLLOWS = "SELECT category FROM category_follow WHERE organisation_id = $1 ORDER BY category";
  private static final String UNFOLLOW_ALL = "DELETE FROM category_follow WHERE organisation_id = $1";
  private static final String FOLLOW = "INSERT INTO category_follow (organisation_id, category) VALUES ($1, $2)";

  private final Pool pool;

  public FollowRepository(Pool pool) {
    this.pool = pool;
  }

  Future<List<String>> of(UUID organisationId) {
    return pool.preparedQuery(FOLLOWS).mapping(row -> row.getString("category")).execute(Tuple.of(organisationId))
        .map(Db::list);
  }

  /** The organisation follows exactly these categories from now on. */
  Future<Void> replace(UUID organisationId, List<String> categories) {
    return pool.withTransaction(tx -> tx.preparedQuery(UNFOLLOW_ALL).execute(Tuple.of(organisationId))
        .compose(done -> categories.isEmpty() ? Future.succeededFuture()
            : tx.preparedQuery(FOLLOW).executeBatch(categories.stream().map(c -> Tuple.of(organisationId, c)).toList()))
        .mapEmpty());
  }
}
