package org.ntc.hub.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.ntc.hub.platform.FieldErrors;

/** The months asked about, first and last included; by default the last twelve up to this one. */
public record Period(YearMonth from, YearMonth to) {
  static final int MAX_MONTHS = 36;

  /** From {@code from} and {@code to} as {@code YYYY-MM}, each optional; refused when malformed, reversed or too long. */
  public static Period of(String from, String to, Clock clock) {
    YearMonth now = YearMonth.from(clock.instant().atOffset(ZoneOffset.UTC));
    FieldErrors errors = new FieldErrors();
    YearMonth last = month(to, now, "to", errors);
    YearMonth first = month(from, last == null ? now.minusMonths(11) : last.minusMonths(11), "from", errors);
    errors.throwIfAny();
    if (first.isAfter(last)) errors.add("to", "must not be before from");
    else if (first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1))) errors.add("to", "at most " + MAX_MONTHS + " months");
    errors.throwIfAny();
    return new Period(first, last);
  }

  private static YearMonth month(String text, YearMonth fallback, String field, FieldErrors errors) {
    if (text == null || text.isBlank()) return fallback;
    try {
      YearMonth month = YearMonth.parse(text.strip());
      if (month.getYear() < 2000 || month.getYear() > 2100) throw new DateTimeParseException("out of range", text, 0);
      return month;
    } catch (DateTimeParseException e) {
      errors.add(field, "must be a month as YYYY-MM");
      return fallback;
    }
  }

  LocalDate firstDay() {
    return from.atDay(1);
  }

  /** The day after the period. */
  LocalDate endDay() {
    return to.plusMonths(1).atDay(1);
  }

  List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) months.add(m);
    return months;
  }
}
