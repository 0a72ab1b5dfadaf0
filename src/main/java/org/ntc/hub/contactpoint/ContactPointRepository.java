package org.ntc.hub.contactpoint;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Times;

public final class ContactPointRepository {
  private static final Pattern PLAUSIBLE_ID = Pattern.compile("[a-z0-9-]{1,40}");
  private static final String COLUMNS = """
      id, name, country, time_zone, street_address, postal_code, city, email, introduction, opening_hours""";
  private static final String ALL = "SELECT " + COLUMNS + " FROM contact_point ORDER BY sort_order";
  private static final String BY_ID = "SELECT " + COLUMNS + " FROM contact_point WHERE id = $1";

  private static final String ANNOUNCE = """
      INSERT INTO announcement (id, contact_point, author_id, text) VALUES ($1, $2, $3, $4)
      RETURNING id, contact_point, text, posted_at, (SELECT name FROM account WHERE id = $3) AS author""";
  private static final String ANNOUNCEMENTS = """
      SELECT n.id, n.contact_point, n.text, n.posted_at, a.name AS author
      FROM announcement n LEFT JOIN account a ON a.id = n.author_id AND a.erased_at IS NULL
      WHERE n.contact_point = $1 ORDER BY n.posted_at DESC, n.id LIMIT $2""";
  private static final String GO_ON_DUTY = """
      INSERT INTO staff_duty (account_id, contact_point) VALUES ($1, $2)
      ON CONFLICT (account_id) DO UPDATE SET contact_point = EXCLUDED.contact_point""";
  private static final String GO_OFF_DUTY = "DELETE FROM staff_duty WHERE account_id = $1";
  private static final String ON_DUTY = """
      SELECT a.id, a.name, a.title, d.since FROM staff_duty d JOIN account a ON a.id = d.account_id
      WHERE d.contact_point = $1 AND a.erased_at IS NULL AND (a.staff_contact_point = $1 OR a.is_admin)
      ORDER BY a.name""";

  private final Pool pool;

  public ContactPointRepository(Pool pool) {
    this.pool = pool;
  }

  public Future<List<ContactPoint>> all() {
    return pool.preparedQuery(ALL).mapping(ContactPoint::fromRow).execute()
        .map(Db::list);
  }

  Pool pool() {
    return pool;
  }

  Future<Announcement> announce(SqlClient tx, UUID id, String contactPoint, UUID author, Localised text) {
    return tx.preparedQuery(ANNOUNCE).mapping(Announcement::fromRow).execute(Tuple.of(id, contactPoint, author, text.toJson()))
        .map(rows -> rows.iterator().next());
  }

  Future<List<Announcement>> announcements(String contactPoint, int limit) {
    return pool.preparedQuery(ANNOUNCEMENTS).mapping(Announcement::fromRow).execute(Tuple.of(contactPoint, limit)).map(Db::list);
  }

  Future<Void> setDuty(SqlClient tx, UUID accountId, String contactPoint, boolean onDuty) {
    return (onDuty ? tx.preparedQuery(GO_ON_DUTY).execute(Tuple.of(accountId, contactPoint))
        : tx.preparedQuery(GO_OFF_DUTY).execute(Tuple.of(accountId))).mapEmpty();
  }

  Future<List<JsonObject>> onDuty(SqlClient client, String contactPoint) {
    return client.preparedQuery(ON_DUTY).execute(Tuple.of(contactPoint)).map(rows -> {
      List<JsonObject> people = new java.util.ArrayList<>();
      rows.forEach(r -> people.add(new JsonObject().put("id", r.getUUID("id").toString()).put("name", r.getString("name"))
          .put("title", r.getString("title")).put("since", Times.rfc3339(r.getOffsetDateTime("since")))));
      return people;
    });
  }

  Future<List<JsonObject>> onDuty(String contactPoint) {
    return onDuty(pool, contactPoint);
  }

  public Future<ContactPoint> byId(String id) {
    // An id that no contact point could have names nothing; it must not reach the database (a NUL would be a 400).
    if (id == null || !PLAUSIBLE_ID.matcher(id).matches()) return Future.failedFuture(new NotFound("No such contact point"));
    return pool.preparedQuery(BY_ID).mapping(ContactPoint::fromRow).execute(Tuple.of(id))
        .map(rows -> Db.single(rows, () -> new NotFound("contact point", id)));
  }
}
