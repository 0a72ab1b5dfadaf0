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
    ZonedDateTime start = training.startsAt().atZoneSameInstant(training.zone());
    ZonedDateTime end = training.endsAt().atZoneSameInstant(training.zone());
    VEvent event = new VEvent(start, end, training.title().in(lang));
    event.add(new Uid(training.id() + "@ntc-hub"));
    event.add(new Location(location));
    String description = training.description().in(lang);
    if (!description.isBlank()) event.add(new Description(description));
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Nordic Telemedicine Center//NTC Hub//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ZONES.getTimeZone(training.zone().getId()).getVTimeZone());
    calendar.add(event);
    return calendar.toString();
  }
}
