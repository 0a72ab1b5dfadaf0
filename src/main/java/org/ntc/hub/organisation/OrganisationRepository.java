package org.ntc.hub.organisation;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.MemberRole;
import org.ntc.hub.platform.NotFound;

/** Organisations and who belongs to them. */
public final class OrganisationRepository {
  private static final String INSERT = """
      INSERT INTO organisation (id, name, type, country, website, description) VALUES ($1, $2, $3, $4, $5, $6)""";
  private static final String INSERT_MEMBER = """
      INSERT INTO membership (organisation_id, account_id, role) VALUES ($1, $2, $3)""";
  private static final String BY_ID = "SELECT " + Organisation.COLUMNS + " FROM organisation o WHERE o.id = $1";
  /** Filters are optional: a null parameter matches everything. Visible: verified, one's own, or all for staff. */
  private static final String VISIBLE_AND_MATCHING = """
      FROM organisation o
      WHERE ($1::text IS NULL OR o.type = $1)
        AND ($2::text IS NULL OR o.country = $2)
        AND ($3::text IS NULL OR lower(o.name) LIKE $3 OR lower(o.description::text) LIKE $3)
        AND (o.verified OR $4 OR EXISTS (SELECT 1 FROM membership m WHERE m.organisation_id = o.id AND m.account_id = $5))""";
  private static final String LIST = "SELECT " + Organisation.COLUMNS + " " + VISIBLE_AND_MATCHING
      + " ORDER BY lower(o.name), o.id LIMIT $6 OFFSET $7";
  private static final String COUNT = "SELECT count(*) " + VISIBLE_AND_MATCHING;
  private static final String UPDATE = """
      UPDATE organisation SET name = $2, country = $3, website = $4, description = $5,
             verified = verified AND NOT $6, verified_at = CASE WHEN $6 THEN NULL ELSE verified_at END
      WHERE id = $1""";
  private static final String VERIFY = """
      UPDATE organisation SET verified = true, verified_at = COALESCE(verified_at, now()), verified_by = COALESCE(verified_by, $2)
      WHERE id = $1""";
  private static final String MEMBERS = """
      SELECT a.id, a.name, m.role, m.created_at FROM membership m JOIN account a ON a.id = m.account_id
      WHERE m.organisation_id = $1 ORDER BY m.role, a.name""";
  private static final String ACCOUNT_BY_EMAIL = "SELECT id FROM account WHERE email = $1 AND erased_at IS NULL";
  private static final String LOCK = "SELECT 1 FROM organisation WHERE id = $1 FOR UPDATE";
  private static final String REMOVE_MEMBER = "DELETE FROM membership WHERE organisation_id = $1 AND account_id = $2";
  private static final String ADMIN_COUNT = "SELECT count(*) FROM membership WHERE organisation_id = $1 AND role = 'admin'";
  private static final String PENDING = "SELECT " + Organisation.COLUMNS
      + " FROM organisation o WHERE NOT o.verified ORDER BY o.created_at, o.id";

  private final Pool pool;

  public OrganisationRepository(Pool pool) {
    this.pool = pool;
  }

  Pool pool() {
    return pool;
  }

  Future<Void> insert(SqlClient client, UUID id, NewOrganisation org) {
    return client.preparedQuery(INSERT)
        .execute(Tuple.of(id, org.name(), org.type().code(), org.country().name(), org.website(), org.description().toJson()))
        .mapEmpty();
  }

  Future<Void> addMember(SqlClient client, UUID organisationId, UUID accountId, MemberRole role) {
    return client.preparedQuery(INSERT_MEMBER).execute(Tuple.of(organisationId, accountId, role.code())).mapEmpty();
  }

  public Future<Organisation> byId(UUID id) {
    return pool.preparedQuery(BY_ID).mapping(Organisation::fromRow).execute(Tuple.of(id))
        .map(rows -> Db.single(rows, () -> new NotFound("organisation", id)));
  }

  Future<List<Organisation>> list(OrganisationSearch search, boolean staff, UUID viewerId) {
    return pool.preparedQuery(LIST).mapping(Organisation::fromRow)
        .execute(searchTuple(search, staff, viewerId).addInteger(search.paging().pageSize()).addInteger(search.paging().offset()))
        .map(Db::list);
  }

  Future<Long> count(OrganisationSearch search, boolean staff, UUID viewerId) {
    return pool.preparedQuery(COUNT).execute(searchTuple(search, staff, viewerId)).map(Db::count);
  }

  Future<Void> update(SqlClient client, UUID id, String name, Country country, String website, JsonObject description,
                      boolean resetVerification) {
    return client.preparedQuery(UPDATE).execute(Tuple.of(id, name, country.name(), website, description, resetVerification))
        .mapEmpty();
  }

  Future<Void> verify(SqlClient client, UUID id, UUID by) {
    return client.preparedQuery(VERIFY).execute(Tuple.of(id, by)).mapEmpty();
  }

  Future<List<Member>> members(UUID organisationId) {
    return pool.preparedQuery(MEMBERS).mapping(Member::fromRow).execute(Tuple.of(organisationId)).map(Db::list);
  }

  Future<Optional<UUID>> accountByEmail(String email) {
    return pool.preparedQuery(ACCOUNT_BY_EMAIL).mapping(row -> row.getUUID("id")).execute(Tuple.of(email)).map(Db::first);
  }

  /** Serialises membership changes of one organisation, so its last admin cannot vanish in a race. */
  Future<Boolean> removeMember(SqlClient client, UUID organisationId, UUID accountId) {
    return client.preparedQuery(LOCK).execute(Tuple.of(organisationId))
        .compose(locked -> client.preparedQuery(REMOVE_MEMBER).execute(Tuple.of(organisationId, accountId)))
        .map(rows -> rows.rowCount() > 0);
  }

  Future<Long> adminCount(SqlClient client, UUID organisationId) {
    return client.preparedQuery(ADMIN_COUNT).execute(Tuple.of(organisationId)).map(Db::count);
  }

  /** Organisations waiting for verification, oldest first, for the moderation queue. */
  public Future<List<Organisation>> pending() {
    return pool.preparedQuery(PENDING).mapping(Organisation::fromRow).execute().map(Db::list);
  }

  private static Tuple searchTuple(OrganisationSearch search, boolean staff, UUID viewerId) {
    String like = search.text() == null ? null
        : "%" + search.text().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return Tuple.of(search.type() == null ? null : search.type().code(), search.country() == null ? null : search.country().name(),
        like, staff, viewerId);
  }
}
