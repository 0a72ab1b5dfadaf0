package org.ntc.hub.training;

import java.time.ZonedDateTime;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** RFC 5545 calendar of one training, built by ical4j, in the contact point's time zone. */
final class TrainingCalendar {
  private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

  private TrainingCalendar() {}

  static String ics(Training training, String lang, String location) {
    return ics(java.util.List.of(training), lang, t -> location);
  }

  /** Several trainings in one calendar, each zone's definition once: a person's subscription feed. */
  static String ics(java.util.List<Training> trainings, String lang, java.util.function.Function<Training, String> location) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Nordic Telemedicine Center//NTC Hub//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    trainings.stream().map(t -> t.zone().getId()).distinct()
        .forEach(zone -> calendar.add(ZONES.getTimeZone(zone).getVTimeZone()));
    for (Training training : trainings) {
      ZonedDateTime start = training.startsAt().atZoneSameInstant(training.zone());
      ZonedDateTime end = training.endsAt().atZoneSameInstant(training.zone());
      VEvent event = new VEvent(start, end, training.title().in(lang));
      event.add(new Uid(training.id() + "@ntc-hub"));
      event.add(new Location(location.apply(training)));
      String description = training.description().in(lang);
      if (!description.isBlank()) event.add(new Description(description));
      calendar.add(event);
    }
    return calendar.toString();
  }
}
