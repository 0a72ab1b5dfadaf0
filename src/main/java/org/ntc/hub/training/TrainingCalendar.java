package org.ntc.hub.training;

import io.vertx.core.Context;
import java.net.URI;
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
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Site;

/**
 * RFC 5545 calendar of one training, built by ical4j, in the contact point's time zone. CPU only (the
 * first one loads ical4j): call it off the event loop. Each event links to the training's page; the
 * join link is written only into a confirmed online participant's own files, never a public one.
 */
final class TrainingCalendar {
  private TrainingCalendar() {}

  /** A training in a calendar, and whether the file is a participant's own that may carry its join link. */
  record Entry(Training training, boolean joinLink) {
    /** As the public file shows it: no join link. */
    static Entry of(Training training) {
      return new Entry(training, false);
    }

    /** As a participant's own file shows it: the join link once their seat is confirmed and they take part online. */
    static Entry of(Training training, EnrolmentStatus status, PoolSite site) {
      boolean online = training.format() == TrainingFormat.ONLINE
          || training.format() == TrainingFormat.HYBRID && (site == PoolSite.ONLINE || site == PoolSite.MAIN);
      return new Entry(training, status == EnrolmentStatus.CONFIRMED && online && training.joinLink() != null);
    }
  }

  /** Trainings in one calendar, each zone's definition once: one training's file, or a person's subscription feed. */
  static String ics(List<Entry> trainings, String lang, String publicUrl) {
    return ics(trainings, List.of(), lang, publicUrl, null);
  }

  /** A person's subscription feed: their trainings and what other features add to it, such as booked visits. */
  static String ics(List<Entry> trainings, List<CalendarFeeds.Event> others, String lang, String publicUrl) {
    return ics(trainings, others, lang, publicUrl, null);
  }

  /** Who sends a calendar message and who it is for, as iTIP names them ({@code ORGANIZER}, {@code ATTENDEE}). */
  record Invitation(String method, String organiserEmail, String attendeeEmail, String attendeeName) {}

  /**
   * As {@link #ics(List, String, String)}; with an {@code invitation} ({@code REQUEST} or {@code CANCEL}) it is an
   * iTIP message a mail program offers to add to, update in or remove from the reader's calendar.
   */
  static String ics(List<Entry> entries, String lang, String publicUrl, Invitation invitation) {
    return ics(entries, List.of(), lang, publicUrl, invitation);
  }

  private static String ics(List<Entry> entries, List<CalendarFeeds.Event> others, String lang, String publicUrl,
                            Invitation invitation) {
    String method = invitation == null ? null : invitation.method();
    if (Context.isOnEventLoopThread()) throw new IllegalStateException("calendar files are written on a worker, never an event loop");
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Nordic Telemedicine Center//NTC Hub//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    if (method != null) calendar.add("CANCEL".equals(method) ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
    List<Training> trainings = entries.stream().map(Entry::training).toList();
    Map<ZoneId, Instant> firstStart = new LinkedHashMap<>();
    trainings.forEach(t -> firstStart.merge(t.zone(), t.startsAt().toInstant(), (a, b) -> a.isBefore(b) ? a : b));
    others.forEach(e -> firstStart.merge(e.zone(), e.startsAt().toInstant(), (a, b) -> a.isBefore(b) ? a : b));
    firstStart.forEach((zone, from) -> calendar.add(CalendarZones.vtimezone(zone, from)));
    for (Entry entry : entries) {
      Training training = entry.training();
      ZonedDateTime start = training.startsAt().atZoneSameInstant(training.zone());
      ZonedDateTime end = training.endsAt().atZoneSameInstant(training.zone());
      VEvent event = new VEvent(start, end, training.title().in(lang));
      event.add(new Uid(training.id() + "@ntc-hub"));
      event.add(new Sequence(training.sequence()));
      event.add(training.cancelled() || "CANCEL".equals(method) ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
      event.add(new Url(URI.create(publicUrl + "/trainings/" + training.id())));
      event.add(new Location(location(training, lang)));
      String description = training.description().in(lang);
      if (entry.joinLink()) {
        description = (description.isBlank() ? "" : description + "\n\n") + I18n.text(lang, "training.joinLink") + ": " + training.joinLink()
            + (training.details().joinInstructions() == null ? "" : "\n" + training.details().joinInstructions());
      }
      if (!description.isBlank()) event.add(new Description(description));
      if (invitation != null) invite(event, invitation);
      calendar.add(event);
    }
    for (CalendarFeeds.Event other : others) {
      VEvent event = new VEvent(other.startsAt().atZoneSameInstant(other.zone()), other.endsAt().atZoneSameInstant(other.zone()),
          other.summary());
      event.add(new Uid(other.uid()));
      event.add(ImmutableStatus.VEVENT_CONFIRMED);
      event.add(new Url(URI.create(publicUrl + other.path())));
      if (other.location() != null) event.add(new Location(other.location()));
      if (other.description() != null && !other.description().isBlank()) event.add(new Description(other.description()));
      calendar.add(event);
    }
    return calendar.toString();
  }

  private static void invite(VEvent event, Invitation invitation) {
    Organizer organiser = new Organizer(URI.create("mailto:" + invitation.organiserEmail()));
    organiser.add(new Cn("NTC Hub"));
    event.add(organiser);
    if (invitation.attendeeEmail() == null) return;
    Attendee attendee = new Attendee(URI.create("mailto:" + invitation.attendeeEmail()));
    if (invitation.attendeeName() != null) attendee.add(new Cn(invitation.attendeeName()));
    attendee.add(Role.REQ_PARTICIPANT);
    attendee.add(PartStat.ACCEPTED);
    event.add(attendee);
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
