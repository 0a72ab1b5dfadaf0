package org.ntc.hub.advice;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.NotFound;

/** Questions to the centre and their threads. */
public final class AdviceRepository {
  private static final String INSERT = """
      INSERT INTO advice_request (id, requester_id, topic, description, language, country, organisation_type, contact_point,
                                  created_at, updated_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)""";
  private static final String INSERT_FEEDBACK = """
      INSERT INTO advice_request (id, requester_id, topic, description, language, country, contact_point, kind, contact_name,
                                  contact_email, created_at, updated_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, 'accessibility-feedback', $8, $9, $10, $10)""";
  private static final String WRITE = """
      INSERT INTO advice_message (id, request_id, author_id, from_staff, text, internal, created_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7)""";
  private static final String BY_ID = "SELECT " + AdviceRequest.COLUMNS + AdviceRequest.FROM + " WHERE r.id = $1";
  /** The shared queue: open questions first, the oldest of them on top; then the closed, last closed first. */
  private static final String QUEUE = "SELECT " + AdviceRequest.COLUMNS + AdviceRequest.FROM + """
       WHERE ($1::text IS NULL OR r.status = $1) AND ($2::text IS NULL OR r.contact_point = $2)
      ORDER BY r.status = 'closed', CASE WHEN r.status = 'closed' THEN -extract(epoch FROM r.closed_at) END,
               r.created_at, r.id
      LIMIT $3 OFFSET $4""";
  private static final String COUNT_QUEUE = """
      SELECT count(*) FROM advice_request r
      WHERE ($1::text IS NULL OR r.status = $1) AND ($2::text IS NULL OR r.contact_point = $2)""";
  private static final String MINE = "SELECT " + AdviceRequest.COLUMNS + AdviceRequest.FROM
      + " WHERE r.requester_id = $1 ORDER BY r.created_at DESC, r.id LIMIT $2 OFFSET $3";
  private static final String COUNT_MINE = "SELECT count(*) FROM advice_request WHERE requester_id = $1";
  private static final String MESSAGES = "SELECT " + AdviceMessage.COLUMNS + """
       FROM advice_message m LEFT JOIN account a ON a.id = m.author_id AND a.erased_at IS NULL
      WHERE m.request_id = $1 AND ($2 OR NOT m.internal) ORDER BY m.created_at, m.id""";
  private static final String ASSIGN = """
      UPDATE advice_request SET assignee_id = $2, updated_at = $3,
             status = CASE WHEN status = 'new' THEN 'in-progress' ELSE status END
      WHERE id = $1 AND status <> 'closed' RETURNING id""";
  private static final String HAND_OVER = """
      UPDATE advice_request SET contact_point = $2, assignee_id = NULL, status = 'new', updated_at = $3
      WHERE id = $1 AND status <> 'closed' AND contact_point <> $2 RETURNING id""";
  private static final String STAFF_ANSWERED = """
      UPDATE advice_request SET status = 'waiting', first_response_at = coalesce(first_response_at, $3),
             assignee_id = coalesce(assignee_id, $2), updated_at = $3
      WHERE id = $1 AND status <> 'closed' RETURNING id""";
  private static final String REQUESTER_WROTE = """
      UPDATE advice_request SET status = CASE WHEN status = 'waiting' THEN 'in-progress' ELSE status END, updated_at = $2
      WHERE id = $1 AND status <> 'closed' RETURNING id""";
  private static final String NOTED = """
      UPDATE advice_request SET updated_at = $2 WHERE id = $1 AND status <> 'closed' RETURNING id""";
  private static final String WAIT = """
      UPDATE advice_request SET status = 'waiting', updated_at = $2 WHERE id = $1 AND status <> 'closed' RETURNING id""";
  private static final String CLOSE = """
      UPDATE advice_request SET status = 'closed', closed_at = $2, updated_at = $2
      WHERE id = $1 AND status <> 'closed' RETURNING id""";
  private static final String STAFF = """
      SELECT id, name, staff_contact_point FROM account
      WHERE (staff_contact_point IS NOT NULL OR is_admin) AND erased_at IS NULL AND name IS NOT NULL
      ORDER BY name, id LIMIT 500""";
  private static final String STAFF_MEMBER = """
      SELECT id, name, staff_contact_point FROM account
      WHERE id = $1 AND (staff_contact_point IS NOT NULL OR is_admin) AND erased_at IS NULL""";
  private static final String STAFF_OF = """
      SELECT id FROM account WHERE staff_contact_point = $1 AND erased_at IS NULL""";

  private static final String FORGET = "DELETE FROM advice_request WHERE requester_id = $1";

  private final Pool pool;

  public AdviceRepository(Pool pool) {
    this.pool = pool;
  }

  Pool pool() {
    return pool;
  }

  Future<Void> insert(SqlClient tx, UUID id, NewAdviceRequest request, UUID requester, String contactPoint, OffsetDateTime at) {
    return tx.preparedQuery(INSERT).execute(Tuple.of(id, requester, request.topic(), request.description(), request.language(),
            request.country().name(), request.organisationType() == null ? null : request.organisationType().code(),
            contactPoint).addOffsetDateTime(at))
        .mapEmpty();
  }

  Future<Void> insertFeedback(SqlClient tx, UUID id, NewFeedback feedback, UUID requester, String name, String email,
                             String contactPoint, String country, OffsetDateTime at) {
    return tx.preparedQuery(INSERT_FEEDBACK).execute(Tuple.of(id, requester, feedback.topic(), feedback.description(),
            feedback.language(), country, contactPoint, name).addString(email).addOffsetDateTime(at))
        .mapEmpty();
  }

  Future<Void> write(SqlClient tx, UUID requestId, UUID author, boolean fromStaff, String text, boolean internal,
                     OffsetDateTime at) {
    return tx.preparedQuery(WRITE).execute(Tuple.of(UUID.randomUUID(), requestId, author, fromStaff, text, internal)
        .addOffsetDateTime(at)).mapEmpty();
  }

  Future<AdviceRequest> byId(UUID id) {
    return byId(pool, id);
  }

  Future<AdviceRequest> byId(SqlClient client, UUID id) {
    return client.preparedQuery(BY_ID).mapping(AdviceRequest::fromRow).execute(Tuple.of(id))
        .map(rows -> Db.single(rows, () -> new NotFound("advice request", id)));
  }

  Future<List<AdviceRequest>> queue(QueueFilter filter, int limit, int offset) {
    return pool.preparedQuery(QUEUE).mapping(AdviceRequest::fromRow).execute(filtered(filter).addInteger(limit).addInteger(offset))
        .map(Db::list);
  }

  Future<Long> countQueue(QueueFilter filter) {
    return pool.preparedQuery(COUNT_QUEUE).execute(filtered(filter)).map(Db::count);
  }

  private static Tuple filtered(QueueFilter filter) {
    return Tuple.of(filter.status() == null ? null : filter.status().code(),
        filter.contactPoint() == null ? null : filter.contactPoint().id());
  }

  Future<List<AdviceRequest>> mine(UUID requester, int limit, int offset) {
    return pool.preparedQuery(MINE).mapping(AdviceRequest::fromRow).execute(Tuple.of(requester, limit, offset)).map(Db::list);
  }

  Future<Long> countMine(UUID requester) {
    return pool.preparedQuery(COUNT_MINE).execute(Tuple.of(requester)).map(Db::count);
  }

  Future<List<AdviceMessage>> messages(UUID requestId, boolean withInternal) {
    return pool.preparedQuery(MESSAGES).mapping(AdviceMessage::fromRow).execute(Tuple.of(requestId, withInternal)).map(Db::list);
  }

  /** Each of these changes the question only while it is open; false when it was closed meanwhile. */
  Future<Boolean> assign(SqlClient tx, UUID id, UUID staffId, OffsetDateTime at) {
    return changed(tx, ASSIGN, Tuple.of(id, staffId).addOffsetDateTime(at));
  }

  Future<Boolean> handOver(SqlClient tx, UUID id, String contactPoint, OffsetDateTime at) {
    return changed(tx, HAND_OVER, Tuple.of(id, contactPoint).addOffsetDateTime(at));
  }

  Future<Boolean> staffAnswered(SqlClient tx, UUID id, UUID staffId, OffsetDateTime at) {
    return changed(tx, STAFF_ANSWERED, Tuple.of(id, staffId).addOffsetDateTime(at));
  }

  Future<Boolean> requesterWrote(SqlClient tx, UUID id, OffsetDateTime at) {
    return changed(tx, REQUESTER_WROTE, Tuple.of(id).addOffsetDateTime(at));
  }

  Future<Boolean> noted(SqlClient tx, UUID id, OffsetDateTime at) {
    return changed(tx, NOTED, Tuple.of(id).addOffsetDateTime(at));
  }

  Future<Boolean> waitForRequester(SqlClient tx, UUID id, OffsetDateTime at) {
    return changed(tx, WAIT, Tuple.of(id).addOffsetDateTime(at));
  }

  Future<Boolean> close(SqlClient tx, UUID id, OffsetDateTime at) {
    return changed(tx, CLOSE, Tuple.of(id).addOffsetDateTime(at));
  }

  private static Future<Boolean> changed(SqlClient tx, String sql, Tuple args) {
    return tx.preparedQuery(sql).execute(args).map(rows -> rows.rowCount() == 1);
  }

  Future<List<StaffMember>> staff() {
    return pool.preparedQuery(STAFF).mapping(StaffMember::fromRow).execute().map(Db::list);
  }

  Future<Boolean> isStaff(UUID accountId) {
    return pool.preparedQuery(STAFF_MEMBER).execute(Tuple.of(accountId)).map(Db::any);
  }

  /** The staff of a contact point, to be told of a question that reaches it. */
  Future<List<UUID>> staffOf(SqlClient tx, String contactPoint) {
    return tx.preparedQuery(STAFF_OF).mapping(row -> row.getUUID("id")).execute(Tuple.of(contactPoint)).map(Db::list);
  }

  /** Deletes the questions a person asked, with their threads. */
  Future<Void> forget(SqlClient tx, UUID requester) {
    return tx.preparedQuery(FORGET).execute(Tuple.of(requester)).mapEmpty();
  }
}
