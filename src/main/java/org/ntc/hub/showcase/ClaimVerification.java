package org.ntc.hub.showcase;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.ntc.hub.platform.FieldErrors;

/**
 * Staff's verification of a claim: until when it holds ({@code expiresAt}: a date, meaning to the
 * end of that day in the verifier's zone, or a timestamp), and a note such as a certificate's number.
 */
public record ClaimVerification(OffsetDateTime expiresAt, String note) {
  static final int NOTE_MAX = 500;
  /** No certificate runs longer; anything later is a typing slip. */
  static final int MAX_YEARS = 10;

  /** The body read; an expiry not in the future is refused. */
  public static ClaimVerification from(JsonObject body, OffsetDateTime now, ZoneId zone) {
    var errors = new FieldErrors();
    JsonObject given = body == null ? new JsonObject() : body;
    OffsetDateTime expiresAt = null;
    Object raw = given.getValue("expiresAt");
    if (!(raw instanceof String text) || text.isBlank()) {
      errors.add("expiresAt", "required: a date (2028-03-02) or a timestamp in the future");
    } else {
      expiresAt = parsed(text.trim(), zone);
      if (expiresAt == null) {
        errors.add("expiresAt", "not a date (2028-03-02) or an RFC 3339 timestamp");
      } else if (!expiresAt.isAfter(now)) {
        errors.add("expiresAt", "must be in the future");
        expiresAt = null;
      } else if (expiresAt.isAfter(now.plusYears(MAX_YEARS))) {
        errors.add("expiresAt", "must be within " + MAX_YEARS + " years");
        expiresAt = null;
      }
    }
    String note = errors.text(given, "note", 1, NOTE_MAX, false);
    errors.throwIfAny();
    return new ClaimVerification(expiresAt, note);
  }

  private static OffsetDateTime parsed(String text, ZoneId zone) {
    try {
      if (text.length() == 10) return LocalDate.parse(text).plusDays(1).atStartOfDay(zone).toOffsetDateTime();
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
