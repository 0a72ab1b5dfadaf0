package org.ntc.hub.adoption;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.NotFound;

/** Adoption records, and the few facts about showcases, organisations and pilots their rules need. */
public final class AdoptionRepository {
  /** The showcase is public; the organisation's type, country and verification; whether the pilot is theirs. */
  private static final String FACTS = """
      SELECT EXISTS (SELECT 1 FROM showcase_listing l JOIN organisation c ON c.id = l.organisation_id AND c.verified
                     WHERE l.showcase_id = $1) AS showcase_public,
             o.type, o.country, o.verified,
             (SELECT p.showcase_id = $1 AND p.care_organisation_id = $2 FROM pilot p WHERE p.id = $3) AS pilot_fits
      FROM (SELECT 1) one LEFT JOIN organisation o ON o.id = $2""";
  /** One record per showcase and organisation: a second report of the same pair updates the first. */
  private static final String UPSERT = """
      INSERT INTO adoption (id, showcase_id, organisation_id, region, status, since, scale, pilot_id, created_by)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
      ON CONFLICT (showcase_id, organisation_id) DO UPDATE SET region = EXCLUDED.region, status = EXCLUDED.status,
        since = EXCLUDED.since, scale = EXCLUDED.scale, pilot_id = COALESCE(EXCLUDED.pilot_id, adoption.pilot_id),
        updated_at = now()
      RETURNING id, (xmax = 0) AS created""";
  private static final String UPDATE = """
      UPDATE adoption SET region = $2, status = $3, since = $4, scale = $5, updated_at = now() WHERE id = $1""";
  private static final String DELETE = "DELETE FROM adoption WHERE id = $1";
  /** Any record, public showcase or not: for its owners' and staff's changes. */
  private static final String OWNED = """
      SELECT a.id, a.showcase_id, s.content->'title' AS showcase_title, a.organisation_id, o.name AS organisation_name, a.region,
             a.status, a.since, a.scale, a.pilot_id, a.created_at, a.updated_at
      FROM adoption a JOIN showcase s ON s.id = a.showcase_id JOIN organisation o ON o.id = a.organisation_id WHERE a.id = $1""";
  private static final String PUBLIC_BY_ID = "SELECT " + Adoption.COLUMNS + " " + Adoption.PUBLIC_FROM + " WHERE a.id = $1";
  private static final String FILTER = """
       WHERE ($1::uuid IS NULL OR a.showcase_id = $1) AND ($2::uuid IS NULL OR a.organisation_id = $2)
         AND ($3::text IS NULL OR a.region = $3) AND ($4::text IS NULL OR a.status = $4)""";
  private static final String LIST = "SELECT " + Adoption.COLUMNS + " " + Adoption.PUBLIC_FROM + " " + FILTER
      + " ORDER BY a.since DESC, a.id LIMIT $5 OFFSET $6";
  private static final String COUNT = "SELECT count(*) " + Adoption.PUBLIC_FROM + " " + FILTER;
  private static final String BY_PAIR = """
      SELECT a.id, a.showcase_id, s.content->'title' AS showcase_title, a.organisation_id, o.name AS organisation_name, a.region,
             a.status, a.since, a.scale, a.pilot_id, a.created_at, a.updated_at
      FROM adoption a JOIN showcase s ON s.id = a.showcase_id JOIN organisation o ON o.id = a.organisation_id
      WHERE a.showcase_id = $1 AND a.organisation_id = $2""";
  private static final String CARE_ORGANISATIONS = """
      SELECT id, name, country FROM organisation WHERE type = 'care' AND verified AND country IN ('FI', 'SE')
        AND ($1::uuid[] IS NULL OR id = ANY ($1)) ORDER BY name, id""";
  private static final String PILOT = """
      SELECT p.id, p.showcase_id, p.care_organisation_id, p.ends_on, p.status FROM pilot p WHERE p.id = $1""";
  private static final String SHOWCASE_TITLE = """
      SELECT l.title FROM showcase_listing l JOIN organisation c ON c.id = l.organisation_id AND c.verified WHERE l.showcase_id = $1""";

  /** What the rules of a new record need to know. */
  record Facts(boolean showcasePublic, String organisationType, String organisationCountry, boolean organisationVerified,
               Boolean pilotFits) {}

  /** A verified care organisation someone may record for. */
  public record CareOrganisation(UUID id, String name, String country) {}

  /** A pilot, as far as an adoption form is prefilled from it. */
  record PilotFacts(UUID id, UUID showcaseId, UUID careOrganisationId, LocalDate endsOn, String status) {}

  record Saved(UUID id, boolean created) {}

  private final Pool pool;

  public AdoptionRepository(Pool pool) {
    this.pool = pool;
  }

  Pool pool() {
    return pool;
  }

  Future<Facts> facts(UUID showcaseId, UUID organisationId, UUID pilotId) {
    return pool.preparedQuery(FACTS).execute(Tuple.of(showcaseId, organisationId, pilotId)).map(rows -> {
      Row row = rows.iterator().next();
      Boolean verified = row.getBoolean("verified");
      return new Facts(row.getBoolean("showcase_public"), row.getString("type"), row.getString("country"),
          Boolean.TRUE.equals(verified), row.getBoolean("pilot_fits"));
    });
  }

  Future<Saved> upsert(SqlClient tx, NewAdoption a, UUID author) {
    return tx.preparedQuery(UPSERT).execute(Tuple.from(new Object[] {UUID.randomUUID(), a.showcaseId(), a.organisationId(),
            a.region().id(), a.status().code(), a.since(), a.scale(), a.pilotId(), author}))
        .map(rows -> {
          Row row = rows.iterator().next();
          return new Saved(row.getUUID("id"), row.getBoolean("created"));
        });
  }

  Future<Void> update(SqlClient tx, UUID id, NewAdoption a) {
    return tx.preparedQuery(UPDATE).execute(Tuple.of(id, a.region().id(), a.status().code(), a.since(), a.scale())).mapEmpty();
  }

  Future<Void> delete(SqlClient tx, UUID id) {
    return tx.preparedQuery(DELETE).execute(Tuple.of(id)).mapEmpty();
  }

  Future<Adoption> owned(UUID id) {
    return pool.preparedQuery(OWNED).mapping(Adoption::fromRow).execute(Tuple.of(id))
        .map(rows -> Db.single(rows, () -> new NotFound("adoption", id)));
  }

  Future<Adoption> publicById(UUID id) {
    return pool.preparedQuery(PUBLIC_BY_ID).mapping(Adoption::fromRow).execute(Tuple.of(id))
        .map(rows -> Db.single(rows, () -> new NotFound("adoption", id)));
  }

  Future<List<Adoption>> list(AdoptionQuery q, int limit, int offset) {
    return pool.preparedQuery(LIST).mapping(Adoption::fromRow).execute(filter(q).addInteger(limit).addInteger(offset)).map(Db::list);
  }

  Future<Long> count(AdoptionQuery q) {
    return pool.preparedQuery(COUNT).execute(filter(q)).map(rows -> rows.iterator().next().getLong(0));
  }

  Future<Optional<Adoption>> byPair(UUID showcaseId, UUID organisationId) {
    return pool.preparedQuery(BY_PAIR).mapping(Adoption::fromRow).execute(Tuple.of(showcaseId, organisationId)).map(Db::first);
  }

  /** Verified care organisations in Finland and Sweden; only those named when {@code ids} is given. */
  Future<List<CareOrganisation>> careOrganisations(List<UUID> ids) {
    UUID[] only = ids == null ? null : ids.toArray(UUID[]::new);
    return pool.preparedQuery(CARE_ORGANISATIONS)
        .mapping(row -> new CareOrganisation(row.getUUID("id"), row.getString("name"), row.getString("country")))
        .execute(Tuple.tuple().addArrayOfUUID(only)).map(Db::list);
  }

  Future<Optional<PilotFacts>> pilot(UUID id) {
    return pool.preparedQuery(PILOT).mapping(row -> new PilotFacts(row.getUUID("id"), row.getUUID("showcase_id"),
        row.getUUID("care_organisation_id"), row.getLocalDate("ends_on"), row.getString("status"))).execute(Tuple.of(id)).map(Db::first);
  }

  Future<Optional<Localised>> showcaseTitle(UUID showcaseId) {
    return pool.preparedQuery(SHOWCASE_TITLE).mapping(row -> Localised.of(row.getJsonObject("title")))
        .execute(Tuple.of(showcaseId)).map(Db::first);
  }

  private static Tuple filter(AdoptionQuery q) {
    return Tuple.of(q.showcaseId(), q.organisationId(), q.region() == null ? null : q.region().id(),
        q.status() == null ? null : q.status().code());
  }
}
