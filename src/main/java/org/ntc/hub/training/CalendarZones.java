package org.ntc.hub.training;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * A zone's VTIMEZONE written from the JDK's own rules, under exactly the TZID the events use.
 * ical4j's bundled definitions alias zones (its Europe/Stockholm is a Europe/Berlin block), which
 * leaves DTSTART;TZID=Europe/Stockholm without a definition for a strict reader. Transitions
 * from the first event on are listed; the zone's recurring rules carry on after its last
 * fixed transition.
 */
final class CalendarZones {
  private static final LocalDateTime EPOCH = LocalDateTime.of(1970, 1, 1, 0, 0);

  private CalendarZones() {}

  /** The definition of {@code zone} that holds for every moment from {@code from} on. */
  static VTimeZone vtimezone(ZoneId zone, Instant from) {
    ZoneRules rules = zone.getRules();
    List<ZoneOffsetTransition> fixed = rules.getTransitions();
    List<ZoneOffsetTransitionRule> recurring = rules.getTransitionRules();
    ZoneOffsetTransition lastFixed = fixed.isEmpty() ? null : fixed.get(fixed.size() - 1);
    List<Observance> observances = new ArrayList<>();
    Instant recurringFrom = Instant.MAX;
    for (ZoneOffsetTransitionRule rule : recurring) {
      ZoneOffsetTransition first = firstAfter(rule, lastFixed);
      recurringFrom = first.getInstant().isBefore(recurringFrom) ? first.getInstant() : recurringFrom;
      observances.add(observance(zone, rules, first, "FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";" + byDay(rule)));
    }
    if (from.isBefore(recurringFrom)) {
      int start = 0;
      for (int i = 0; i < fixed.size(); i++) if (!fixed.get(i).getInstant().isAfter(from)) start = i;
      for (ZoneOffsetTransition transition : fixed.subList(start, fixed.size())) {
        observances.add(observance(zone, rules, transition, null));
      }
    }
    if (observances.isEmpty()) {
      ZoneOffset offset = rules.getOffset(from);
      observances.add(observance(zone, EPOCH, offset, offset, rules.isDaylightSavings(from), null));
    }
    PropertyList properties = new PropertyList().add(new TzId(zone.getId()));
    return new VTimeZone(properties, new ComponentList<>(observances));
  }

  private static ZoneOffsetTransition firstAfter(ZoneOffsetTransitionRule rule, ZoneOffsetTransition lastFixed) {
    int year = lastFixed == null ? EPOCH.getYear() : lastFixed.getDateTimeAfter().getYear();
    ZoneOffsetTransition first = rule.createTransition(year);
    return lastFixed != null && !first.getInstant().isAfter(lastFixed.getInstant()) ? rule.createTransition(year + 1) : first;
  }

  private static Observance observance(ZoneId zone, ZoneRules rules, ZoneOffsetTransition transition, String rrule) {
    return observance(zone, transition.getDateTimeBefore(), transition.getOffsetBefore(), transition.getOffsetAfter(),
        rules.isDaylightSavings(transition.getInstant()), rrule);
  }

  private static Observance observance(ZoneId zone, LocalDateTime start, ZoneOffset from, ZoneOffset to, boolean daylight,
                                       String rrule) {
    PropertyList properties = new PropertyList()
        .add(new DtStart<>(start))
        .add(new TzOffsetFrom(from))
        .add(new TzOffsetTo(to))
        .add(new TzName(TimeZone.getTimeZone(zone).getDisplayName(daylight, TimeZone.SHORT, Locale.ENGLISH)));
    if (rrule != null) properties = properties.add(new RRule<>(rrule));
    return daylight ? new Daylight(properties) : new Standard(properties);
  }

  /** RFC 5545's spelling of "the first Sunday on or after the 25th" and the other forms the JDK keeps. */
  private static String byDay(ZoneOffsetTransitionRule rule) {
    int day = rule.getDayOfMonthIndicator();
    DayOfWeek weekday = rule.getDayOfWeek();
    if (weekday == null) return "BYMONTHDAY=" + day;
    String name = weekday.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).substring(0, 2).toUpperCase(Locale.ROOT);
    if (day < 0) return day == -1 ? "BYDAY=-1" + name : "BYMONTHDAY=" + days(day - 6, day) + ";BYDAY=" + name;
    if (day + 6 == rule.getMonth().maxLength() && rule.getMonth().maxLength() == rule.getMonth().minLength()) {
      return "BYDAY=-1" + name;
    }
    if ((day - 1) % 7 == 0 && day <= 22) return "BYDAY=" + ((day - 1) / 7 + 1) + name;
    return "BYMONTHDAY=" + days(day, day + 6) + ";BYDAY=" + name;
  }

  private static String days(int first, int last) {
    StringBuilder list = new StringBuilder();
    for (int d = first; d <= last; d++) list.append(list.isEmpty() ? "" : ",").append(d);
    return list.toString();
  }
}
