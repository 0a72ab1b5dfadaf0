package org.ntc.hub.contactpoint;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.NotFound;

public final class ContactPointRepository {
  private static final String COLUMNS = """
      id, name, country, time_zone, street_address, postal_code, city, email, introduction, opening_hours""";
  private static final String ALL = "SELECT " + COLUMNS + " FROM contact_point ORDER BY sort_order";
  private static final String BY_ID = "SELECT " + COLUMNS + " FROM contact_point WHERE id = $1";

  private final Pool pool;

  public ContactPointRepository(Pool pool) {
    this.pool = pool;
  }

  public Future<List<ContactPoint>> all() {
    return pool.preparedQuery(ALL).mapping(ContactPoint::fromRow).execute()
        .map(Db::list);
  }

  public Future<ContactPoint> byId(String id) {
    return pool.preparedQuery(BY_ID).mapping(ContactPoint::fromRow).execute(Tuple.of(id))
        .map(rows -> Db.single(rows, () -> new NotFound("contact point", id)));
  }
}
