package org.ntc.hub.training;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Site;

/** A training as its organiser describes it, checked field by field. */
public record NewTraining(UUID organisationId, Localised title, Localised description, TrainingFormat format, Site contactPoint,
                          OffsetDateTime startsAt, OffsetDateTime endsAt, OffsetDateTime enrolmentClosesAt, String language,
                          List<Audience> audience, String joinLink, Map<PoolSite, Integer> seatPools, List<UUID> showcaseIds,
                          Training.Details details, EventKind kind, Training.MeetingSlots slots) {
  /** A matchmaking day's slots when its organiser names none: 20 minutes, 10 tables. */
  static final Training.MeetingSlots DEFAULT_SLOTS = new Training.MeetingSlots(20, 10);
  private static final Set<String> FIELDS = Set.of("organisationId", "title", "description", "format", "contactPoint",
      "startsAt", "endsAt", "enrolmentClosesAt", "capacity", "seatPools", "language", "audience", "joinLink", "showcaseIds",
      "trainer", "room", "streetAddress", "joinInstructions", "kind", "meetingMinutes", "meetingTables");

  /** {@code now} is when the training is offered: it must start after that. */
  static NewTraining from(JsonObject body, OffsetDateTime now) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    UUID organisationId = errors.uuid(body, "organisationId", false);
    Localised title = errors.localised(body, "title", 3, 160, true);
    Localised description = errors.localised(body, "description", 0, 10_000, false);
    TrainingFormat format = errors.choice(body, "format", TrainingFormat.class, true);
    String contactPoint = errors.oneOf(body, "contactPoint", Site.ids(), true);
    OffsetDateTime startsAt = errors.moment(body, "startsAt", true);
    OffsetDateTime endsAt = errors.moment(body, "endsAt", true);
    OffsetDateTime closes = errors.moment(body, "enrolmentClosesAt", false);
    if (startsAt != null && !startsAt.isAfter(now)) errors.add("startsAt", "must be in the future");
    if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) errors.add("endsAt", "must be after startsAt");
    if (closes != null && startsAt != null && closes.isAfter(startsAt)) errors.add("enrolmentClosesAt", "must not be after startsAt");
    String language = errors.oneOf(body, "language", Set.copyOf(I18n.LANGUAGES), true);
    List<Audience> audience = errors.stringList(body, "audience", Audience.CODES, 3).stream()
        .map(code -> Coded.of(Audience.class, code)).toList();
    if (audience.isEmpty() && !errors.has("audience")) errors.add("audience", "name at least one of professionals, citizens, companies");
    String joinLink = errors.url(body, "joinLink", false);
    Map<PoolSite, Integer> pools = pools(body, format, errors);
    List<UUID> showcaseIds = showcaseIds(body, errors);
    Training.Details details = new Training.Details(detail(body, "trainer", 160, errors), detail(body, "room", 160, errors),
        detail(body, "streetAddress", 300, errors), detail(body, "joinInstructions", 2_000, errors));
    EventKind kind = errors.choice(body, "kind", EventKind.class, false);
    Training.MeetingSlots slots = slots(body, kind == null ? EventKind.TRAINING : kind, null, errors);
    errors.throwIfAny();
    return new NewTraining(organisationId, title, description, format, Site.of(contactPoint), startsAt, endsAt,
        closes == null ? startsAt : closes, language, audience, joinLink, pools, showcaseIds, details,
        kind == null ? EventKind.TRAINING : kind, slots);
  }

  /**
   * A matchmaking day's meeting length (10–60 minutes) and tables (1–200), each defaulting to what it
   * was ({@code before}) or to {@link #DEFAULT_SLOTS}; any other kind of event has none.
   */
  static Training.MeetingSlots slots(JsonObject body, EventKind kind, Training.MeetingSlots before, FieldErrors errors) {
    Integer minutes = errors.wholeNumber(body, "meetingMinutes", 10, 60, false);
    Integer tables = errors.wholeNumber(body, "meetingTables", 1, 200, false);
    if (kind != EventKind.MATCHMAKING) {
      if (minutes != null) errors.add("meetingMinutes", "only a matchmaking event has meeting slots");
      if (tables != null) errors.add("meetingTables", "only a matchmaking event has meeting tables");
      return null;
    }
    Training.MeetingSlots base = before == null ? DEFAULT_SLOTS : before;
    return new Training.MeetingSlots(minutes == null ? base.minutes() : minutes, tables == null ? base.tables() : tables);
  }

  /** A plain-text detail: absent, null or blank all mean none. */
  static String detail(JsonObject body, String field, int max, FieldErrors errors) {
    return errors.text(body, field, 1, max, false);
  }

  /** A hybrid training's pools, one per site; any other training has one pool, {@code main}, of {@code capacity} seats. */
  private static Map<PoolSite, Integer> pools(JsonObject body, TrainingFormat format, FieldErrors errors) {
    Map<PoolSite, Integer> pools = new LinkedHashMap<>();
    Object seatPools = body.getValue("seatPools");
    if (seatPools != null) {
      if (format != TrainingFormat.HYBRID) {
        errors.add("seatPools", "only a hybrid training has seat pools; give capacity instead");
        return pools;
      }
      if (!(seatPools instanceof JsonArray array) || array.isEmpty()) {
        errors.add("seatPools", "must be a list of {site, capacity}");
        return pools;
      }
      for (Object item : array) {
        if (!(item instanceof JsonObject pool) || !(pool.getValue("site") instanceof String site) || !PoolSite.HYBRID.contains(site)
            || !(pool.getValue("capacity") instanceof Integer capacity) || capacity < 1 || capacity > 10_000) {
          errors.add("seatPools", "each pool names a site (seinajoki, umea, online) and a capacity from 1 to 10000");
          return pools;
        }
        if (pools.put(Coded.of(PoolSite.class, site), capacity) != null) {
          errors.add("seatPools", "each site appears once");
          return pools;
        }
      }
      if (body.containsKey("capacity")) errors.add("capacity", "give either capacity or seatPools, not both");
      return pools;
    }
    Integer capacity = errors.wholeNumber(body, "capacity", 1, 10_000, true);
    if (capacity != null) pools.put(PoolSite.MAIN, capacity);
    return pools;
  }

  private static List<UUID> showcaseIds(JsonObject body, FieldErrors errors) {
    List<UUID> ids = new ArrayList<>();
    for (String value : errors.stringList(body, "showcaseIds", null, 10)) {
      try {
        ids.add(UUID.fromString(value));
      } catch (IllegalArgumentException e) {
        errors.add("showcaseIds", "must list showcase ids");
        break;
      }
    }
    return List.copyOf(ids);
  }

}
