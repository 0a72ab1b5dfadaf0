package org.ntc.hub.training;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Site;

/**
 * An edit or a reschedule: only the fields given change. {@code joinLink}, {@code trainer},
 * {@code room}, {@code streetAddress} and {@code joinInstructions} given as null or blank are
 * cleared. {@code capacity} sets a plain training's seats, {@code seatPools} a hybrid training's
 * seats per site (sites it already has).
 */
public record TrainingChange(Localised title, Localised description, TrainingFormat format, Site contactPoint,
                             OffsetDateTime startsAt, OffsetDateTime endsAt, OffsetDateTime enrolmentClosesAt, String language,
                             List<Audience> audience, Map<PoolSite, Integer> capacities, Map<String, String> texts,
                             EventKind kind, JsonObject meetings) {
  static final Set<String> TEXTS = Set.of("joinLink", "trainer", "room", "streetAddress", "joinInstructions");
  private static final Set<String> FIELDS = Set.of("title", "description", "format", "contactPoint", "startsAt", "endsAt",
      "enrolmentClosesAt", "capacity", "seatPools", "language", "audience", "joinLink", "trainer", "room", "streetAddress",
      "joinInstructions", "kind", "meetingMinutes", "meetingTables");

  static TrainingChange from(JsonObject body) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    Localised title = body.containsKey("title") ? errors.localised(body, "title", 3, 160, true) : null;
    Localised description = body.containsKey("description") ? errors.localised(body, "description", 0, 10_000, false) : null;
    TrainingFormat format = errors.choice(body, "format", TrainingFormat.class, false);
    String contactPoint = errors.oneOf(body, "contactPoint", Site.ids(), false);
    OffsetDateTime startsAt = errors.moment(body, "startsAt", false);
    OffsetDateTime endsAt = errors.moment(body, "endsAt", false);
    OffsetDateTime closes = errors.moment(body, "enrolmentClosesAt", false);
    String language = errors.oneOf(body, "language", Set.copyOf(I18n.LANGUAGES), false);
    List<Audience> audience = null;
    if (body.containsKey("audience")) {
      audience = errors.stringList(body, "audience", Audience.CODES, 3).stream().map(code -> Coded.of(Audience.class, code)).toList();
      if (audience.isEmpty() && !errors.has("audience")) errors.add("audience", "name at least one of professionals, citizens, companies");
    }
    Map<String, String> texts = new HashMap<>();
    if (body.containsKey("joinLink")) texts.put("joinLink", errors.url(body, "joinLink", false));
    for (var limit : Map.of("trainer", 160, "room", 160, "streetAddress", 300, "joinInstructions", 2_000).entrySet()) {
      if (body.containsKey(limit.getKey())) texts.put(limit.getKey(), NewTraining.detail(body, limit.getKey(), limit.getValue(), errors));
    }
    Map<PoolSite, Integer> capacities = capacities(body, errors);
    EventKind kind = errors.choice(body, "kind", EventKind.class, false);
    JsonObject meetings = new JsonObject();
    for (String field : List.of("meetingMinutes", "meetingTables")) {
      if (body.getValue(field) != null) meetings.put(field, body.getValue(field));
    }
    NewTraining.slots(meetings, EventKind.MATCHMAKING, null, errors);
    errors.throwIfAny();
    return new TrainingChange(title, description, format, contactPoint == null ? null : Site.of(contactPoint), startsAt, endsAt,
        closes, language, audience, capacities, texts, kind, meetings);
  }

  private static Map<PoolSite, Integer> capacities(JsonObject body, FieldErrors errors) {
    Map<PoolSite, Integer> capacities = new LinkedHashMap<>();
    if (body.containsKey("capacity")) {
      Integer capacity = errors.wholeNumber(body, "capacity", 1, 10_000, true);
      if (capacity != null) capacities.put(PoolSite.MAIN, capacity);
      if (body.containsKey("seatPools")) errors.add("capacity", "give either capacity or seatPools, not both");
      return capacities;
    }
    if (!body.containsKey("seatPools")) return capacities;
    if (!(body.getValue("seatPools") instanceof JsonArray pools) || pools.isEmpty()) {
      errors.add("seatPools", "must be a list of {site, capacity}");
      return capacities;
    }
    for (Object item : pools) {
      if (!(item instanceof JsonObject pool) || !(pool.getValue("site") instanceof String site) || !PoolSite.HYBRID.contains(site)
          || !(pool.getValue("capacity") instanceof Integer capacity) || capacity < 1 || capacity > 10_000
          || capacities.put(Coded.of(PoolSite.class, site), capacity) != null) {
        errors.add("seatPools", "each pool names a site (seinajoki, umea, online) once and a capacity from 1 to 10000");
        return capacities;
      }
    }
    return capacities;
  }

  /**
   * The training as it is to be: given fields replace stored ones. A new start alone keeps the
   * length; an enrolment deadline not given stays, or moves with the start when it was the start or
   * would now fall after it. A training's times may only move into the future.
   */
  Revision revise(Training now, OffsetDateTime clock) {
    FieldErrors errors = new FieldErrors();
    OffsetDateTime start = startsAt == null ? now.startsAt() : startsAt;
    OffsetDateTime end = endsAt != null ? endsAt
        : startsAt == null ? now.endsAt() : start.plus(Duration.between(now.startsAt(), now.endsAt()));
    OffsetDateTime closes = enrolmentClosesAt;
    if (closes == null) {
      closes = now.enrolmentClosesAt().isEqual(now.startsAt()) || now.enrolmentClosesAt().isAfter(start) ? start
          : now.enrolmentClosesAt();
    }
    boolean rescheduled = !start.isEqual(now.startsAt()) || !end.isEqual(now.endsAt());
    if (rescheduled && !start.isAfter(clock)) errors.add("startsAt", "must be in the future");
    if (!end.isAfter(start)) errors.add("endsAt", "must be after startsAt");
    if (closes.isAfter(start)) errors.add("enrolmentClosesAt", "must not be after startsAt");
    TrainingFormat newFormat = format == null ? now.format() : format;
    if (now.hybridPools() && newFormat != TrainingFormat.HYBRID) {
      errors.add("format", "a training with seats per site stays hybrid");
    }
    for (PoolSite site : capacities.keySet()) {
      if (now.pools().stream().noneMatch(p -> p.site() == site)) {
        errors.add(site == PoolSite.MAIN ? "capacity" : "seatPools", site == PoolSite.MAIN
            ? "this training has seats per site: give seatPools" : "this training has no seats at " + site.code());
        break;
      }
    }
    EventKind newKind = kind == null ? now.kind() : kind;
    Training.MeetingSlots slots = NewTraining.slots(meetings, newKind, now.slots(), errors);
    errors.throwIfAny();
    Training.Details details = new Training.Details(text("trainer", now.details().trainer()), text("room", now.details().room()),
        text("streetAddress", now.details().streetAddress()), text("joinInstructions", now.details().joinInstructions()));
    Map<PoolSite, Integer> resized = new LinkedHashMap<>();
    now.pools().forEach(p -> {
      Integer to = capacities.get(p.site());
      if (to != null && to != p.capacity()) resized.put(p.site(), to);
    });
    Revision revision = new Revision(title == null ? now.title() : title, description == null ? now.description() : description,
        newFormat, contactPoint == null ? now.contactPoint() : contactPoint, start, end, closes,
        language == null ? now.language() : language, audience == null ? now.audience() : audience,
        text("joinLink", now.joinLink()), details, resized, rescheduled, newKind, slots);
    return revision;
  }

  private String text(String field, String stored) {
    return texts.containsKey(field) ? texts.get(field) : stored;
  }

  /** The full training after a change, and which pools change size. */
  record Revision(Localised title, Localised description, TrainingFormat format, Site contactPoint, OffsetDateTime startsAt,
                  OffsetDateTime endsAt, OffsetDateTime enrolmentClosesAt, String language, List<Audience> audience,
                  String joinLink, Training.Details details, Map<PoolSite, Integer> resized, boolean rescheduled,
                  EventKind kind, Training.MeetingSlots slots) {

    /** Whether meetings already arranged would lose their slot or table: another kind, slot length, fewer tables or a shorter day. */
    boolean movesMeetings(Training t) {
      if (t.slots() == null) return false;
      return kind != t.kind() || slots == null || slots.minutes() != t.slots().minutes() || slots.tables() < t.slots().tables()
          || Duration.between(startsAt, endsAt).compareTo(Duration.between(t.startsAt(), t.endsAt())) < 0;
    }

    /** Whether anything differs from the training as stored. */
    boolean changes(Training t) {
      return rescheduled || !resized.isEmpty() || !title.toJson().equals(t.title().toJson())
          || !description.toJson().equals(t.description().toJson()) || format != t.format()
          || !contactPoint.equals(t.contactPoint()) || !enrolmentClosesAt.isEqual(t.enrolmentClosesAt())
          || !language.equals(t.language()) || !audience.equals(t.audience()) || !Objects.equals(joinLink, t.joinLink())
          || !details.equals(t.details()) || kind != t.kind() || !Objects.equals(slots, t.slots());
    }
  }
}
