package org.ntc.hub.contactpoint;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Site;

/** The contact points' details, their announcements, and who is on duty at each. */
public final class ContactPointRepository {
  private static final String COLUMNS = """
      id, name, country, time_zone, street_address, postal_code, city, email, introduction, opening_hours, phone, lat, lon, directions""";
  private static final String INSERT = """
      INSERT INTO contact_point (id, name, country, time_zone, street_address, postal_code, city, email, introduction,
                                 opening_hours, phone, lat, lon, directions, sort_order)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14,
              (SELECT COALESCE(max(sort_order), 0) + 1 FROM contact_point))""";
  private static final String UPDATE = """
      UPDATE contact_point SET name = $2, country = $3, time_zone = $4, street_address = $5, postal_code = $6, city = $7,
             email = $8, introduction = $9, opening_hours = $10, phone = $11, lat = $12, lon = $13, directions = $14
      WHERE id = $1""";
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

  Pool pool() {
    return pool;
  }

  Future<List<ContactPoint>> all() {
    return pool.preparedQuery(ALL).mapping(ContactPoint::fromRow).execute().map(Db::list);
  }

  Future<ContactPoint> byId(Site site) {
    return pool.preparedQuery(BY_ID).mapping(ContactPoint::fromRow).execute(Tuple.of(site.id()))
        .map(rows -> Db.single(rows, () -> new NotFound("contact point", site.id())));
  }

  /** Adds a contact point after the others; a taken id fails with the unique violation. */
  Future<Void> insert(SqlClient tx, String id, ContactPointDetails details) {
    return tx.preparedQuery(INSERT).execute(values(id, details)).mapEmpty();
  }

  Future<Void> update(SqlClient tx, Site site, ContactPointDetails details) {
    return tx.preparedQuery(UPDATE).execute(values(site.id(), details)).mapEmpty();
  }

  private static Tuple values(String id, ContactPointDetails d) {
    return Tuple.from(new Object[] {id, d.name().toJson(), d.country().name(), d.zone().getId(), d.address().street(),
        d.address().postalCode(), d.address().city(), d.email(), d.introduction().toJson(), d.openingHours().toJson(),
        d.phone(), d.location() == null ? null : d.location().lat(), d.location() == null ? null : d.location().lon(),
        d.directions().toJson()});
  }

  Future<Announcement> announce(SqlClient tx, UUID id, Site site, UUID author, Localised text) {
    return tx.preparedQuery(ANNOUNCE).mapping(Announcement::fromRow).execute(Tuple.of(id, site.id(), author, text.toJson()))
        .map(rows -> Db.single(rows, () -> new NotFound("contact point", site.id())));
  }

  Future<List<Announcement>> announcements(Site site, int limit) {
    return pool.preparedQuery(ANNOUNCEMENTS).mapping(Announcement::fromRow).execute(Tuple.of(site.id(), limit)).map(Db::list);
  }

  Future<Void> setDuty(SqlClient tx, UUID accountId, Site site, boolean onDuty) {
    return (onDuty ? tx.preparedQuery(GO_ON_DUTY).execute(Tuple.of(accountId, site.id()))
        : tx.preparedQuery(GO_OFF_DUTY).execute(Tuple.of(accountId))).mapEmpty();
  }

  Future<Duty> onDuty(SqlClient client, Site site) {
    return client.preparedQuery(ON_DUTY).mapping(Duty.OnDuty::fromRow).execute(Tuple.of(site.id()))
        .map(rows -> new Duty(site, Db.list(rows)));
  }
}
