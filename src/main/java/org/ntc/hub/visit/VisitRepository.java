package org.ntc.hub.visit;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.Times;

/** Visit slots and their bookings. */
public final class VisitRepository {
  private static final String SLOTS = "SELECT " + Slot.COLUMNS + """
       FROM visit_slot s
      WHERE s.contact_point = $1 AND s.cancelled_at IS NULL AND s.starts_at >= $2 AND s.starts_at < $3
      ORDER BY s.starts_at, s.id LIMIT 500""";
  private static final String SLOT = "SELECT " + Slot.COLUMNS + " FROM visit_slot s WHERE s.id = $1";
  private static final String LOCK_SLOT = "SELECT id FROM visit_slot WHERE id = $1 FOR UPDATE";
  private static final String MY_SLOTS = """
      SELECT b.slot_id FROM visit_booking b JOIN visit_slot s ON s.id = b.slot_id
      WHERE b.account_id = $1 AND b.status = 'confirmed' AND s.contact_point = $2""";
  private static final String HAS_BOOKED = "SELECT 1 FROM visit_booking WHERE slot_id = $1 AND account_id = $2 AND status = 'confirmed'";
  private static final String INSERT_SLOT = """
      INSERT INTO visit_slot (id, contact_point, kind, starts_at, ends_at, capacity, languages, description, meeting_link, created_by)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)""";
  private static final String CANCEL_SLOT = "UPDATE visit_slot SET cancelled_at = now() WHERE id = $1 AND cancelled_at IS NULL";
  private static final String CANCEL_SLOT_BOOKINGS = """
      UPDATE visit_booking SET status = 'cancelled', cancelled_at = now()
      WHERE slot_id = $1 AND status = 'confirmed' RETURNING account_id""";
  private static final String BOOK = """
      INSERT INTO visit_booking (id, slot_id, account_id, status) VALUES ($1, $2, $3, 'confirmed') RETURNING created_at""";
  private static final String BOOKING_COLUMNS = "b.id AS booking_id, b.account_id, b.status, b.created_at, " + Slot.COLUMNS;
  private static final String BOOKING = "SELECT " + BOOKING_COLUMNS
      + " FROM visit_booking b JOIN visit_slot s ON s.id = b.slot_id WHERE b.id = $1";
  private static final String MINE = "SELECT " + BOOKING_COLUMNS + """
       FROM visit_booking b JOIN visit_slot s ON s.id = b.slot_id
      WHERE b.account_id = $1 AND b.status = 'confirmed' AND s.ends_at > $2 ORDER BY s.starts_at, s.id""";
  private static final String FEED = "SELECT " + BOOKING_COLUMNS + """
       FROM visit_booking b JOIN visit_slot s ON s.id = b.slot_id
      WHERE b.account_id = $1 AND b.status = 'confirmed' ORDER BY s.starts_at""";
  private static final String CANCEL_BOOKING = """
      UPDATE visit_booking SET status = 'cancelled', cancelled_at = now() WHERE id = $1 AND status = 'confirmed'""";
  private static final String FORGET = """
      UPDATE visit_booking SET status = 'cancelled', cancelled_at = now() WHERE account_id = $1 AND status = 'confirmed'""";
  private static final String BOOKERS = """
      SELECT b.id, a.name, a.email, b.created_at FROM visit_booking b JOIN account a ON a.id = b.account_id
      WHERE b.slot_id = $1 AND b.status = 'confirmed' ORDER BY b.created_at, b.id""";

  private final Pool pool;

  public VisitRepository(Pool pool) {
    this.pool = pool;
  }

  Pool pool() {
    return pool;
  }

  Future<List<Slot>> slots(String contactPoint, OffsetDateTime from, OffsetDateTime to) {
    return pool.preparedQuery(SLOTS).mapping(Slot::fromRow).execute(Tuple.of(contactPoint, from, to)).map(Db::list);
  }

  Future<Optional<Slot>> slot(SqlClient client, UUID id) {
    return client.preparedQuery(SLOT).mapping(Slot::fromRow).execute(Tuple.of(id)).map(Db::first);
  }

  /** Locks the slot row: bookings of one slot then run one after another, each counting what the one before left. */
  Future<Boolean> lock(SqlClient tx, UUID id) {
    return tx.preparedQuery(LOCK_SLOT).execute(Tuple.of(id)).map(Db::any);
  }

  Future<List<UUID>> mySlots(UUID accountId, String contactPoint) {
    return pool.preparedQuery(MY_SLOTS).mapping(row -> row.getUUID("slot_id")).execute(Tuple.of(accountId, contactPoint))
        .map(Db::list);
  }

  Future<Boolean> hasBooked(SqlClient tx, UUID slotId, UUID accountId) {
    return tx.preparedQuery(HAS_BOOKED).execute(Tuple.of(slotId, accountId)).map(Db::any);
  }

  Future<Void> insertSlot(SqlClient tx, UUID id, String contactPoint, NewSlot slot, UUID createdBy) {
    return tx.preparedQuery(INSERT_SLOT).execute(Tuple.of(id, contactPoint, slot.kind().code(), slot.startsAt(), slot.endsAt(),
            slot.capacity(), slot.languages().toArray(String[]::new), slot.description().toJson())
        .addString(slot.meetingLink()).addUUID(createdBy)).mapEmpty();
  }

  Future<Boolean> cancelSlot(SqlClient tx, UUID id) {
    return tx.preparedQuery(CANCEL_SLOT).execute(Tuple.of(id)).map(rows -> rows.rowCount() == 1);
  }

  /** Cancels every live booking of the slot; answers whose they were. */
  Future<List<UUID>> cancelBookingsOf(SqlClient tx, UUID slotId) {
    return tx.preparedQuery(CANCEL_SLOT_BOOKINGS).mapping(row -> row.getUUID("account_id")).execute(Tuple.of(slotId)).map(Db::list);
  }

  /** Books the place, under the slot's lock which the caller holds after counting. */
  Future<OffsetDateTime> book(SqlClient tx, UUID id, UUID slotId, UUID accountId) {
    return tx.preparedQuery(BOOK).mapping(row -> row.getOffsetDateTime("created_at")).execute(Tuple.of(id, slotId, accountId))
        .map(rows -> rows.iterator().next());
  }

  Future<Optional<Booking>> booking(UUID id) {
    return pool.preparedQuery(BOOKING).mapping(VisitRepository::booking).execute(Tuple.of(id)).map(Db::first);
  }

  Future<List<Booking>> mine(UUID accountId, OffsetDateTime now) {
    return pool.preparedQuery(MINE).mapping(VisitRepository::booking).execute(Tuple.of(accountId, now)).map(Db::list);
  }

  Future<List<Booking>> feed(UUID accountId) {
    return pool.preparedQuery(FEED).mapping(VisitRepository::booking).execute(Tuple.of(accountId)).map(Db::list);
  }

  Future<Boolean> cancelBooking(SqlClient tx, UUID id) {
    return tx.preparedQuery(CANCEL_BOOKING).execute(Tuple.of(id)).map(rows -> rows.rowCount() == 1);
  }

  Future<Void> forget(SqlClient tx, UUID accountId) {
    return tx.preparedQuery(FORGET).execute(Tuple.of(accountId)).mapEmpty();
  }

  Future<List<JsonObject>> bookers(UUID slotId) {
    return pool.preparedQuery(BOOKERS).mapping(row -> new JsonObject().put("bookingId", row.getUUID("id").toString())
        .put("name", row.getString("name")).put("email", row.getString("email"))
        .put("bookedAt", Times.rfc3339(row.getOffsetDateTime("created_at")))).execute(Tuple.of(slotId)).map(Db::list);
  }

  private static Booking booking(Row row) {
    return new Booking(row.getUUID("booking_id"), row.getUUID("account_id"), Coded.of(BookingStatus.class, row.getString("status")),
        row.getOffsetDateTime("created_at"), Slot.fromRow(row));
  }
}
