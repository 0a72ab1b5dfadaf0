package org.ntc.hub.training;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.platform.Db;

/**
 * Matchmaking profiles and meetings. No organisation or person is in two live meetings of one
 * slot ({@code meeting_busy}'s key), and no table is used twice in a slot (a unique index): the
 * database refuses, whatever the concurrency.
 */
final class MeetingRepository {
  private static final String PARTICIPANT = """
      SELECT 1 FROM enrolment WHERE training_id = $1 AND account_id = $2 AND status = 'confirmed'""";
  private static final String PROFILES = """
      SELECT p.organisation_id, o.name, o.type, p.offers, p.seeks
      FROM matchmaking_profile p JOIN organisation o ON o.id = p.organisation_id
      WHERE p.training_id = $1
        AND EXISTS (SELECT 1 FROM enrolment e JOIN membership ms ON ms.account_id = e.account_id
                    WHERE e.training_id = p.training_id AND e.status = 'confirmed' AND ms.organisation_id = p.organisation_id)
      ORDER BY o.name""";
  private static final String SAVE_PROFILE = """
      INSERT INTO matchmaking_profile (training_id, organisation_id, account_id, offers, seeks) VALUES ($1, $2, $3, $4, $5)
      ON CONFLICT (training_id, organisation_id)
      DO UPDATE SET account_id = EXCLUDED.account_id, offers = EXCLUDED.offers, seeks = EXCLUDED.seeks, updated_at = now()""";
  private static final String FROM = """
       FROM meeting m JOIN organisation r ON r.id = m.requester_org JOIN organisation i ON i.id = m.invitee_org""";
  private static final String BY_ID = "SELECT " + Meeting.COLUMNS + " " + FROM + " WHERE m.id = $1 AND m.training_id = $2";
  private static final String OF_ORGANISATIONS = "SELECT " + Meeting.COLUMNS + " " + FROM + " " + """
       WHERE m.training_id = $1 AND (m.requester_org = ANY($2) OR m.invitee_org = ANY($2)) ORDER BY m.slot, m.created_at""";
  /** Every live meeting of the day, for its organisers: accepted ones by table, open requests after them. */
  private static final String LIVE = "SELECT " + Meeting.COLUMNS + " " + FROM + " " + """
       WHERE m.training_id = $1 AND m.status IN ('requested', 'accepted') ORDER BY m.slot, m.table_no NULLS LAST, m.created_at""";
  private static final String INSERT = """
      INSERT INTO meeting (id, training_id, slot, requester_org, requester_account, invitee_org, status)
      VALUES ($1, $2, $3, $4, $5, $6, 'requested')""";
  private static final String BUSY = "INSERT INTO meeting_busy (training_id, slot, party, meeting_id) VALUES ($1, $2, $3, $4)";
  private static final String FREE = "DELETE FROM meeting_busy WHERE meeting_id = $1";
  /** One accept at a time per slot, so two accepts never pick the same free table. */
  private static final String LOCK_SLOT = "SELECT pg_advisory_xact_lock(hashtextextended($1::text || '/' || $2::text, 0))";
  private static final String FREE_TABLE = """
      SELECT min(n) AS table_no FROM generate_series(1, $3::int) n
      WHERE n NOT IN (SELECT table_no FROM meeting WHERE training_id = $1 AND slot = $2 AND status = 'accepted')""";
  private static final String ACCEPT = """
      UPDATE meeting SET status = 'accepted', invitee_account = $2, decided_at = now(), table_no = $3
      WHERE id = $1 AND status = 'requested' RETURNING table_no""";
  private static final String DECIDE = """
      UPDATE meeting SET status = $2, decided_at = now() WHERE id = $1 AND status = 'requested' RETURNING id""";
  /** A departing person's open requests are withdrawn, their slots freed for both sides. */
  private static final String WITHDRAW_ALL = """
      UPDATE meeting SET status = 'withdrawn', decided_at = now() WHERE requester_account = $1 AND status = 'requested'
      RETURNING id""";
  private static final String FREE_ALL = "DELETE FROM meeting_busy WHERE meeting_id = ANY($1)";
  /** The person's own holds: nobody to keep apart any more. */
  private static final String FREE_PERSON = "DELETE FROM meeting_busy WHERE party = $1";
  /** The person's accepted meetings of published days, for their calendar feed, with the organisation on the other side. */
  private static final String CALENDAR = """
      SELECT m.id, m.training_id, t.title, t.contact_point, t.starts_at + make_interval(mins => m.slot * t.meeting_minutes) AS starts_at,
             t.meeting_minutes, m.table_no, o.name AS with_organisation
      FROM meeting m JOIN training t ON t.id = m.training_id
      JOIN organisation o ON o.id = CASE WHEN m.requester_account = $1 THEN m.invitee_org ELSE m.requester_org END
      WHERE (m.requester_account = $1 OR m.invitee_account = $1) AND m.status = 'accepted' AND t.status = 'published'
      ORDER BY starts_at, m.id""";
  private static final String TABLES_TAKEN = """
      SELECT slot, count(*) AS taken FROM meeting WHERE training_id = $1 AND status = 'accepted' GROUP BY slot""";

  private final Pool pool;

  MeetingRepository(Pool pool) {
    this.pool = pool;
  }

  Pool pool() {
    return pool;
  }

  Future<Boolean> participant(UUID trainingId, UUID accountId) {
    return pool.preparedQuery(PARTICIPANT).execute(Tuple.of(trainingId, accountId)).map(Db::any);
  }

  Future<List<MatchmakingProfile>> profiles(UUID trainingId) {
    return pool.preparedQuery(PROFILES).mapping(MatchmakingProfile::fromRow).execute(Tuple.of(trainingId)).map(Db::list);
  }

  Future<Void> saveProfile(UUID trainingId, UUID accountId, MatchmakingProfile profile) {
    return pool.preparedQuery(SAVE_PROFILE)
        .execute(Tuple.of(trainingId, profile.organisationId(), accountId, profile.offers(), profile.seeks())).mapEmpty();
  }

  Future<Optional<Meeting>> byId(UUID trainingId, UUID id) {
    return pool.preparedQuery(BY_ID).mapping(Meeting::fromRow).execute(Tuple.of(id, trainingId)).map(Db::first);
  }

  Future<Meeting> byId(SqlClient client, UUID trainingId, UUID id) {
    return client.preparedQuery(BY_ID).mapping(Meeting::fromRow).execute(Tuple.of(id, trainingId))
        .map(rows -> Db.first(rows).orElseThrow());
  }

  Future<List<Meeting>> ofOrganisations(UUID trainingId, List<UUID> organisations) {
    return pool.preparedQuery(OF_ORGANISATIONS).mapping(Meeting::fromRow)
        .execute(Tuple.of(trainingId).addArrayOfUUID(organisations.toArray(UUID[]::new))).map(Db::list);
  }

  Future<List<Meeting>> live(UUID trainingId) {
    return pool.preparedQuery(LIVE).mapping(Meeting::fromRow).execute(Tuple.of(trainingId)).map(Db::list);
  }

  /** Inserts the request and marks both organisations and the requester busy in its slot; a unique violation when one is. */
  Future<Void> request(SqlClient tx, UUID id, UUID trainingId, int slot, UUID from, UUID by, UUID with) {
    return tx.preparedQuery(INSERT).execute(Tuple.of(id, trainingId, slot, from, by, with))
        .compose(done -> tx.preparedQuery(BUSY).executeBatch(List.of(Tuple.of(trainingId, slot, from, id),
            Tuple.of(trainingId, slot, with, id), Tuple.of(trainingId, slot, by, id))))
        .mapEmpty();
  }

  /** Accepts the request at the first free table, marking the person who accepts busy; empty when no table is free. */
  Future<Optional<Integer>> accept(SqlClient tx, Meeting meeting, UUID by, int tables) {
    return tx.preparedQuery(LOCK_SLOT).execute(Tuple.of(meeting.trainingId().toString(), String.valueOf(meeting.slot())))
        .compose(locked -> tx.preparedQuery(FREE_TABLE).mapping(row -> row.getInteger("table_no"))
            .execute(Tuple.of(meeting.trainingId(), meeting.slot(), tables)))
        .compose(free -> {
          Integer table = free.iterator().hasNext() ? free.iterator().next() : null;
          if (table == null) return Future.succeededFuture(Optional.<Integer>empty());
          return tx.preparedQuery(ACCEPT).mapping(row -> row.getInteger("table_no"))
              .execute(Tuple.of(meeting.id(), by, table)).map(Db::first);
        });
  }

  Future<Void> busy(SqlClient tx, Meeting meeting, UUID party) {
    return tx.preparedQuery(BUSY).execute(Tuple.of(meeting.trainingId(), meeting.slot(), party, meeting.id())).mapEmpty();
  }

  /** Declines or withdraws a request still open, freeing its slot for both sides; false when it was no longer open. */
  Future<Boolean> close(SqlClient tx, UUID id, MeetingStatus status) {
    return tx.preparedQuery(DECIDE).execute(Tuple.of(id, status.code()))
        .compose(rows -> rows.rowCount() == 1
            ? tx.preparedQuery(FREE).execute(Tuple.of(id)).map(true) : Future.succeededFuture(false));
  }

  /** Tables taken per slot. */
  Future<java.util.Map<Integer, Long>> tablesTaken(UUID trainingId) {
    return pool.preparedQuery(TABLES_TAKEN).execute(Tuple.of(trainingId)).map(rows -> {
      java.util.Map<Integer, Long> taken = new java.util.HashMap<>();
      rows.forEach(row -> taken.put(row.getInteger("slot"), row.getLong("taken")));
      return taken;
    });
  }

  /** Withdraws the person's open requests and frees their own holds; accepted meetings stay their organisations'. */
  Future<Void> forget(SqlClient tx, UUID accountId) {
    return tx.preparedQuery(WITHDRAW_ALL).mapping(row -> row.getUUID("id")).execute(Tuple.of(accountId))
        .compose(rows -> tx.preparedQuery(FREE_ALL).execute(Tuple.tuple().addArrayOfUUID(Db.list(rows).toArray(UUID[]::new))))
        .compose(done -> tx.preparedQuery(FREE_PERSON).execute(Tuple.of(accountId))).mapEmpty();
  }

  /** One accepted meeting as the person's calendar shows it. */
  record Agreed(UUID id, UUID trainingId, JsonObject title, String contactPoint, OffsetDateTime startsAt, int minutes, int table,
                String withOrganisation) {}

  Future<List<Agreed>> calendar(UUID accountId) {
    return pool.preparedQuery(CALENDAR).mapping(row -> new Agreed(row.getUUID("id"), row.getUUID("training_id"),
            row.getJsonObject("title"), row.getString("contact_point"), row.getOffsetDateTime("starts_at"),
            row.getInteger("meeting_minutes"), row.getInteger("table_no"), row.getString("with_organisation")))
        .execute(Tuple.of(accountId)).map(Db::list);
  }
}
