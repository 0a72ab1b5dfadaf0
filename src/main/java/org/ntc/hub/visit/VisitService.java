package org.ntc.hub.visit;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.audit.AuditAction;
import org.ntc.hub.audit.AuditLog;
import org.ntc.hub.notification.NotificationKind;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.training.CalendarFeeds;

/**
 * Booking a visit at a contact point. Anyone sees the slots and their free places; signed-in people book
 * and cancel their own; staff of a contact point (and admins) publish and cancel its slots and may cancel
 * any booking on them. A slot never holds more confirmed bookings than its capacity: each booking locks
 * the slot row, then counts, then books, in one transaction.
 */
public final class VisitService {
  static final String FULL = "The visit is full";
  static final String TWICE = "You have already booked this visit";
  static final String BEGUN = "The visit has already begun";
  static final String CANCELLED = "The visit is cancelled";
  private final VisitRepository visits;
  private final NotificationService notifications;
  private final Clock clock;

  public VisitService(VisitRepository visits, NotificationService notifications, Clock clock) {
    this.visits = visits;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** What a contact point offers between two moments, and which of those slots the viewer has booked. */
  public record Listing(Site contactPoint, List<Slot> slots, Set<UUID> mine) {}

  OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  public Future<Listing> slots(String contactPointId, OffsetDateTime from, OffsetDateTime to, Viewer viewer) {
    Site site = Site.find(contactPointId).orElseThrow(() -> new NotFound("contact point", contactPointId));
    Future<List<UUID>> mine = viewer.signedIn() ? visits.mySlots(viewer.id(), site.id()) : Future.succeededFuture(List.of());
    return visits.slots(site.id(), from, to).compose(slots -> mine.map(ids -> new Listing(site, slots, Set.copyOf(ids))));
  }

  /** The upcoming slots, from now on, as the contact-point page and the staff page show them. */
  public Future<Listing> upcoming(String contactPointId, int days, Viewer viewer) {
    OffsetDateTime now = now();
    return slots(contactPointId, now, now.plusDays(days), viewer);
  }

  /** The slot an id names, if it names one; for pages that link back to it. */
  Future<Optional<Slot>> slotOf(String id) {
    try {
      return visits.slot(visits.pool(), UUID.fromString(id));
    } catch (IllegalArgumentException e) {
      return Future.succeededFuture(Optional.empty());
    }
  }

  /** Publishes a slot: staff of that contact point, or an admin. */
  public Future<Slot> create(String contactPointId, NewSlot slot, Viewer viewer, String address) {
    Site site = speaksFor(contactPointId, viewer);
    UUID id = UUID.randomUUID();
    return visits.pool().withTransaction(tx -> visits.insertSlot(tx, id, site.id(), slot, viewer.id())
            .compose(done -> AuditLog.record(tx, viewer.id(), AuditAction.VISIT_SLOT_ADDED, id, address,
                new JsonObject().put("contactPoint", site.id()).put("kind", slot.kind().code()))))
        .compose(done -> visits.slot(visits.pool(), id)).map(found -> found.orElseThrow());
  }

  /** Cancels a slot and every booking on it; the people booked are told, in the same transaction. */
  public Future<Void> cancelSlot(UUID slotId, Viewer viewer, String address) {
    viewer.requireSignedIn();
    return visits.slot(visits.pool(), slotId).map(found -> found.orElseThrow(() -> new NotFound("visit", slotId)))
        .compose(slot -> {
          speaksFor(slot.contactPoint().id(), viewer);
          return visits.pool().withTransaction(tx -> visits.lock(tx, slotId)
              .compose(locked -> visits.cancelSlot(tx, slotId))
              .compose(cancelled -> cancelled ? visits.cancelBookingsOf(tx, slotId)
                  : Future.<List<UUID>>failedFuture(new Conflict("The visit is already cancelled")))
              .compose(people -> Future.all(people.stream()
                  .map(person -> notifications.toAccount(tx, person, NotificationKind.VISIT_CANCELLED, payload(slot))).toList()))
              .compose(done -> AuditLog.record(tx, viewer.id(), AuditAction.VISIT_SLOT_CANCELLED, slotId, address,
                  new JsonObject().put("contactPoint", slot.contactPoint().id()))));
        });
  }

  /**
   * Books a place for the viewer. Under the slot's lock: a cancelled or begun visit, a second booking
   * of the same person and a full slot are refused (409); the booking and its confirmation are written together.
   */
  public Future<Booking> book(UUID slotId, Viewer viewer) {
    viewer.requireSignedIn();
    UUID id = UUID.randomUUID();
    return visits.pool().withTransaction(tx -> visits.lock(tx, slotId)
            .compose(found -> found ? visits.slot(tx, slotId).map(s -> s.orElseThrow())
                : Future.failedFuture(new NotFound("visit", slotId)))
            .compose(slot -> refusal(slot, viewer, tx).compose(none -> visits.book(tx, id, slotId, viewer.id()))
                .compose(at -> notifications.toAccount(tx, viewer.id(), NotificationKind.VISIT_BOOKED, payload(slot))
                    .map(done -> new Booking(id, viewer.id(), BookingStatus.CONFIRMED, at,
                        new Slot(slot.id(), slot.contactPoint(), slot.kind(), slot.startsAt(), slot.endsAt(), slot.capacity(),
                            slot.booked() + 1, slot.languages(), slot.description(), slot.meetingLink(), false))))))
        .recover(err -> Future.failedFuture(Db.isUniqueViolation(err) ? new Conflict(TWICE) : err));
  }

  private Future<Void> refusal(Slot slot, Viewer viewer, SqlClient tx) {
    if (slot.cancelled()) return Future.failedFuture(new Conflict(CANCELLED));
    if (!slot.startsAt().isAfter(now())) return Future.failedFuture(new Conflict(BEGUN));
    return visits.hasBooked(tx, slot.id(), viewer.id()).compose(booked -> {
      if (booked) return Future.failedFuture(new Conflict(TWICE));
      if (slot.booked() >= slot.capacity()) return Future.failedFuture(new Conflict(FULL));
      return Future.succeededFuture();
    });
  }

  /** Cancels a booking, which frees its place: the person who booked, or staff of the visit's contact point. */
  public Future<Void> cancelBooking(UUID bookingId, Viewer viewer) {
    viewer.requireSignedIn();
    return visits.booking(bookingId).map(found -> found.orElseThrow(() -> new NotFound("booking", bookingId)))
        .compose(booking -> {
          boolean own = booking.accountId().equals(viewer.id());
          if (!own && !viewer.speaksFor(booking.slot().contactPoint())) {
            return Future.failedFuture(viewer.staff() ? new Forbidden("Only staff of the visit's contact point may cancel it")
                : new NotFound("booking", bookingId));
          }
          if (booking.status() == BookingStatus.CANCELLED) return Future.failedFuture(new Conflict("The booking is already cancelled"));
          if (!booking.slot().startsAt().isAfter(now())) return Future.failedFuture(new Conflict(BEGUN));
          return visits.pool().withTransaction(tx -> visits.lock(tx, booking.slot().id()).compose(locked -> visits.cancelBooking(tx, bookingId)))
              .compose(done -> done ? Future.<Void>succeededFuture() : Future.failedFuture(new Conflict("The booking is already cancelled")));
        });
  }

  /** The viewer's own bookings of visits not yet over, soonest first. */
  public Future<List<Booking>> mine(Viewer viewer) {
    viewer.requireSignedIn();
    return visits.mine(viewer.id(), now());
  }

  /** Who booked a slot, for staff of its contact point. */
  public Future<List<JsonObject>> bookers(Slot slot, Viewer viewer) {
    speaksFor(slot.contactPoint().id(), viewer);
    return visits.bookers(slot.id());
  }

  /**
   * Who booked a slot, asked by the contact point it belongs to: staff of that contact point (or an
   * admin) only; a slot of another contact point is not found there.
   */
  public Future<List<JsonObject>> bookers(String contactPointId, UUID slotId, Viewer viewer) {
    Site site = speaksFor(contactPointId, viewer);
    return visits.slot(visits.pool(), slotId).compose(found -> found.filter(slot -> slot.contactPoint().equals(site))
        .map(slot -> visits.bookers(slot.id())).orElseGet(() -> Future.failedFuture(new NotFound("visit", slotId))));
  }

  /** The contact point, when the viewer speaks for it: 401 anonymous, 403 anyone else, 404 no such contact point. */
  Site speaksFor(String contactPointId, Viewer viewer) {
    viewer.requireSignedIn();
    Site site = Site.find(contactPointId).orElseThrow(() -> new NotFound("contact point", contactPointId));
    if (!viewer.speaksFor(site)) throw new Forbidden("Only staff of this contact point may manage its visits");
    return site;
  }

  /** A person's booked visits as events of their calendar feed, the meeting link of a virtual one included: the feed is theirs. */
  public Future<List<CalendarFeeds.Event>> calendarEvents(UUID accountId, String lang) {
    return visits.feed(accountId).map(list -> list.stream().map(b -> {
      Slot slot = b.slot();
      String description = slot.description().in(lang);
      if (slot.meetingLink() != null) {
        description = (description.isBlank() ? "" : description + "\n\n") + I18n.text(lang, "visit.meetingLink") + ": " + slot.meetingLink();
      }
      String location = slot.kind() == VisitKind.VIRTUAL ? slot.kind().label(lang) : slot.contactPoint().name(lang);
      return new CalendarFeeds.Event("visit-" + b.id() + "@ntc-hub", slot.startsAt(), slot.endsAt(), slot.contactPoint().zone(),
          title(slot).in(lang), description, location, "/account/visits");
    }).toList());
  }

  /** An account leaving gives up its places. */
  public Future<Void> forget(SqlClient tx, UUID accountId) {
    return visits.forget(tx, accountId);
  }

  /** "Guided showroom visit, Seinäjoki" in every language. */
  static Localised title(Slot slot) {
    return Localised.of(slot.kind().label("en") + ", " + slot.contactPoint().place("en"),
        slot.kind().label("fi") + ", " + slot.contactPoint().place("fi"), slot.kind().label("sv") + ", " + slot.contactPoint().place("sv"));
  }

  private static JsonObject payload(Slot slot) {
    return new JsonObject().put("slotId", slot.id().toString()).put("title", title(slot).toJson())
        .put("startsAt", Times.rfc3339(slot.startsAt())).put("timeZone", slot.contactPoint().zone().getId());
  }
}
