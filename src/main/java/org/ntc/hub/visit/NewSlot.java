package org.ntc.hub.visit;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.Times;

/** A slot staff publish: what kind of visit, when, for how many, in which languages; a virtual one has its meeting link. */
record NewSlot(VisitKind kind, OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity, List<String> languages,
               Localised description, String meetingLink) {
  private static final Set<String> FIELDS = Set.of("kind", "startsAt", "endsAt", "capacity", "languages", "description", "meetingLink");

  static NewSlot from(JsonObject body, OffsetDateTime now) {
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, FIELDS);
    VisitKind kind = errors.choice(body, "kind", VisitKind.class, true);
    OffsetDateTime startsAt = errors.moment(body, "startsAt", true);
    OffsetDateTime endsAt = errors.moment(body, "endsAt", true);
    if (startsAt != null && !startsAt.isAfter(now)) errors.add("startsAt", "must be in the future");
    if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) errors.add("endsAt", "must be after startsAt");
    if (startsAt != null && endsAt != null && endsAt.isAfter(startsAt.plusHours(12))) {
      errors.add("endsAt", "must be at most 12 hours after startsAt");
    }
    Integer capacity = errors.wholeNumber(body, "capacity", 1, 200, true);
    List<String> languages = errors.stringList(body, "languages", Set.copyOf(I18n.LANGUAGES), 3);
    if (!errors.has("languages") && languages.isEmpty()) errors.add("languages", "must name at least one of en, fi, sv");
    Localised description = errors.localised(body, "description", 1, 1000, false);
    String meetingLink = errors.url(body, "meetingLink", false);
    if (kind == VisitKind.VIRTUAL && meetingLink == null && !errors.has("meetingLink")) {
      errors.add("meetingLink", "is required for a virtual study visit");
    }
    if (kind != null && kind != VisitKind.VIRTUAL && meetingLink != null) errors.add("meetingLink", "is only for a virtual study visit");
    errors.throwIfAny();
    return new NewSlot(kind, startsAt, endsAt, capacity, languages, description, meetingLink);
  }

  /**
   * The staff page's form as the API's body: its times are the contact point's wall-clock times
   * ({@code 2027-03-02T09:00}) and its capacity a number typed as text.
   */
  static JsonObject fromForm(JsonObject form, ZoneId zone) {
    JsonObject body = form.copy();
    for (String field : List.of("startsAt", "endsAt")) {
      String value = body.getString(field);
      if (value == null || value.isBlank()) {
        body.remove(field);
        continue;
      }
      try {
        body.put(field, Times.rfc3339(LocalDateTime.parse(value).atZone(zone).toOffsetDateTime()));
      } catch (DateTimeParseException e) {
        // Left as typed: the checks refuse it and name the field.
      }
    }
    String capacity = body.getString("capacity");
    if (capacity != null) {
      try {
        body.put("capacity", Integer.parseInt(capacity.strip()));
      } catch (NumberFormatException e) {
        // Left as typed.
      }
    }
    if (!body.containsKey("languages")) body.put("languages", new JsonArray());
    return body;
  }

}
