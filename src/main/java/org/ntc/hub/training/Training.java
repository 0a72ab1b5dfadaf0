package org.ntc.hub.training;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Times;

/** A training as stored, with its seat pools and how full they are. */
public record Training(UUID id, UUID organisationId, UUID createdBy, TrainingStatus status, Localised title, Localised description,
                       TrainingFormat format, Site contactPoint, OffsetDateTime startsAt, OffsetDateTime endsAt,
                       OffsetDateTime enrolmentClosesAt, String language, List<Audience> audience, String joinLink,
                       OffsetDateTime submittedAt, OffsetDateTime updatedAt, List<Pool> pools, List<UUID> showcaseIds,
                       int sequence, Details details, Cancellation cancellation, EventKind kind, MeetingSlots slots) {

  /** A matchmaking day's meeting slots: {@code minutes} long from the start to the end, {@code tables} tables in each. */
  public record MeetingSlots(int minutes, int tables) {}

  /** Who teaches and where exactly; how to join is for participants only, as the join link is. */
  public record Details(String trainer, String room, String streetAddress, String joinInstructions) {
    static final Details NONE = new Details(null, null, null, null);
  }

  /** Why and when a training was called off; {@code wasPublished} keeps it readable to everyone. */
  public record Cancellation(String reason, OffsetDateTime at, boolean wasPublished) {}

  /** One seat pool: {@code main} for a plain training, a site for a hybrid one. */
  public record Pool(PoolSite site, int capacity, long confirmed, long offered, long waitlisted) {
    /** Seats offered to someone count as taken until the offer is declined or lapses. */
    long seatsLeft() {
      return Math.max(0, capacity - confirmed - offered);
    }

    long taken() {
      return confirmed + offered;
    }

    JsonObject toJson() {
      return new JsonObject().put("site", site.code()).put("capacity", capacity).put("seatsLeft", seatsLeft())
          .put("waitlistLength", waitlisted);
    }
  }

  static final String COLUMNS = """
      t.id, t.organisation_id, t.created_by, t.status, t.title, t.description, t.format, t.contact_point, t.starts_at,
      t.ends_at, t.enrolment_closes_at, t.language, t.audience, t.join_link, t.submitted_at, t.updated_at, t.showcase_ids,
      t.sequence, t.trainer, t.room, t.street_address, t.join_instructions, t.cancel_reason, t.cancelled_at, t.cancelled_from,
      t.kind, t.meeting_minutes, t.meeting_tables,
      (SELECT json_agg(json_build_object('site', p.site, 'capacity', p.capacity,
               'confirmed', p.confirmed, 'offered', p.offered, 'waitlisted', p.waitlisted) ORDER BY p.site)
       FROM training_seat_pool p WHERE p.training_id = t.id) AS pools""";

  static Training fromRow(Row row) {
    Object raw = row.getValue("pools");
    JsonArray pools = raw instanceof JsonArray a ? a : raw instanceof String s ? new JsonArray(s) : new JsonArray();
    return new Training(row.getUUID("id"), row.getUUID("organisation_id"), row.getUUID("created_by"),
        Coded.of(TrainingStatus.class, row.getString("status")),
        Localised.of(row.getJsonObject("title")), Localised.of(row.getJsonObject("description")),
        Coded.of(TrainingFormat.class, row.getString("format")), Site.of(row.getString("contact_point")),
        row.getOffsetDateTime("starts_at"), row.getOffsetDateTime("ends_at"), row.getOffsetDateTime("enrolment_closes_at"),
        row.getString("language"),
        Arrays.stream(row.getArrayOfStrings("audience")).map(code -> Coded.of(Audience.class, code)).toList(),
        row.getString("join_link"), row.getOffsetDateTime("submitted_at"), row.getOffsetDateTime("updated_at"),
        pools.stream().map(p -> (JsonObject) p).map(p -> new Pool(Coded.of(PoolSite.class, p.getString("site")),
            p.getInteger("capacity"), p.getLong("confirmed"), p.getLong("offered"), p.getLong("waitlisted"))).toList(),
        List.of(row.getArrayOfUUIDs("showcase_ids")), row.getInteger("sequence"),
        new Details(row.getString("trainer"), row.getString("room"), row.getString("street_address"), row.getString("join_instructions")),
        row.getOffsetDateTime("cancelled_at") == null ? null : new Cancellation(row.getString("cancel_reason"),
            row.getOffsetDateTime("cancelled_at"), TrainingStatus.PUBLISHED.code().equals(row.getString("cancelled_from"))),
        Coded.of(EventKind.class, row.getString("kind")),
        row.getInteger("meeting_minutes") == null ? null : new MeetingSlots(row.getInteger("meeting_minutes"), row.getInteger("meeting_tables")));
  }

  /** A matchmaking day whose participants meet one to one. */
  public boolean matchmaking() {
    return kind == EventKind.MATCHMAKING && slots != null;
  }

  boolean cancelled() {
    return status == TrainingStatus.CANCELLED;
  }

  ZoneId zone() {
    return contactPoint.zone();
  }

  boolean hybridPools() {
    return pools.stream().noneMatch(p -> p.site() == PoolSite.MAIN);
  }

  boolean published() {
    return status == TrainingStatus.PUBLISHED;
  }

  /** Published and its enrolment not yet closed at {@code now}. */
  boolean openForEnrolment(OffsetDateTime now) {
    return published() && now.isBefore(enrolmentClosesAt);
  }

  long seatsLeft() {
    return pools.stream().mapToLong(Pool::seatsLeft).sum();
  }

  long waitlistLength() {
    return pools.stream().mapToLong(Pool::waitlisted).sum();
  }

  /** What the {@code training.seats} event carries: totals, and per site for a hybrid training. */
  JsonObject seatsJson() {
    JsonArray sites = new JsonArray();
    pools.forEach(p -> sites.add(new JsonObject().put("site", p.site().code()).put("seatsLeft", p.seatsLeft())
        .put("waitlistLength", p.waitlisted())));
    return new JsonObject().put("trainingId", id.toString())
        .put("seatsLeft", seatsLeft())
        .put("waitlistLength", waitlistLength())
        .put("sites", sites);
  }

  /** Times are shown in the contact point's zone, with their offset. */
  public JsonObject toJson(String lang, boolean showJoinLink) {
    JsonObject json = new JsonObject()
        .put("id", id.toString())
        .put("status", status.code())
        .put("title", title.in(lang))
        .put("titleI18n", title.toJson())
        .put("description", description.in(lang))
        .put("descriptionI18n", description.toJson())
        .put("kind", kind.code())
        .put("format", format.code())
        .put("contactPoint", contactPoint.id())
        .put("timeZone", zone().getId())
        .put("startsAt", Times.rfc3339(startsAt, zone()))
        .put("endsAt", Times.rfc3339(endsAt, zone()))
        .put("enrolmentClosesAt", Times.rfc3339(enrolmentClosesAt, zone()))
        .put("language", language)
        .put("audience", new JsonArray(audience.stream().map(Audience::code).toList()))
        .put("organisationId", organisationId == null ? null : organisationId.toString())
        .put("capacity", pools.stream().mapToInt(Pool::capacity).sum())
        .put("seatsLeft", seatsLeft())
        .put("waitlistLength", waitlistLength())
        .put("showcaseIds", new JsonArray(showcaseIds.stream().map(UUID::toString).toList()));
    if (hybridPools()) json.put("seatPools", new JsonArray(pools.stream().map(Pool::toJson).toList()));
    if (showJoinLink && joinLink != null) json.put("joinLink", joinLink);
    if (details.trainer() != null) json.put("trainer", details.trainer());
    if (details.room() != null) json.put("room", details.room());
    if (details.streetAddress() != null) json.put("streetAddress", details.streetAddress());
    if (showJoinLink && details.joinInstructions() != null) json.put("joinInstructions", details.joinInstructions());
    json.put("sequence", sequence);
    if (slots != null) json.put("meetingMinutes", slots.minutes()).put("meetingTables", slots.tables());
    if (cancellation != null) {
      json.put("cancelReason", cancellation.reason()).put("cancelledAt", Times.rfc3339(cancellation.at(), zone()));
    }
    return json;
  }
}
