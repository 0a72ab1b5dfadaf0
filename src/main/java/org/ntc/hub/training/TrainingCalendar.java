package org.ntc.hub.training;

import io.vertx.core.Context;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.ntc.hub.platform.Site;

/**
 * RFC 5545 calendar of one training, built by ical4j, in the contact point's time zone. CPU only (the
 * first one loads ical4j): call it off the event loop.
 */
final class TrainingCalendar {
  private TrainingCalendar() {}

  /** Trainings in one calendar, each zone's definition once: one training's file, or a person's subscription feed. */
  static String ics(List<Training> trainings, String lang) {
    if (Context.isOnEventLoopThread()) throw new IllegalStateException("calendar files are written on a worker, never an event loop");
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Nordic Telemedicine Center//NTC Hub//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    Map<ZoneId, Instant> firstStart = new LinkedHashMap<>();
    trainings.forEach(t -> firstStart.merge(t.zone(), t.startsAt().toInstant(), (a, b) -> a.isBefore(b) ? a : b));
    firstStart.forEach((zone, from) -> calendar.add(CalendarZones.vtimezone(zone, from)));
    for (Training training : trainings) {
      ZonedDateTime start = training.startsAt().atZoneSameInstant(training.zone());
      ZonedDateTime end = training.endsAt().atZoneSameInstant(training.zone());
      VEvent event = new VEvent(start, end, training.title().in(lang));
      event.add(new Uid(training.id() + "@ntc-hub"));
      event.add(new Sequence(training.sequence()));
      event.add(training.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
      event.add(new Location(location(training, lang)));
      String description = training.description().in(lang);
      if (!description.isBlank()) event.add(new Description(description));
      calendar.add(event);
    }
    return calendar.toString();
  }

  /** Loads ical4j and the zones' rules: the first calendar otherwise pays for it. */
  static void warmUp() {
    Calendar calendar = new Calendar();
    for (Site site : Site.values()) {
      ZonedDateTime now = ZonedDateTime.now(site.zone());
      calendar.add(CalendarZones.vtimezone(now.getZone(), now.toInstant()));
      calendar.add(new VEvent(now, now.plusHours(1), site.id()));
    }
    calendar.toString();
  }

  static String location(Training training, String lang) {
    String where = String.join(", ", Stream.of(training.details().room(), training.details().streetAddress(),
        training.contactPoint().place(lang)).filter(Objects::nonNull).toList());
    return switch (training.format()) {
      case ONLINE -> TrainingFormat.ONLINE.label(lang);
      case HYBRID -> where + " / " + TrainingFormat.ONLINE.label(lang);
      case ONSITE -> where;
    };
  }
}
