package org.ntc.hub.training;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.notification.NotificationKind;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.Db;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;

/**
 * A matchmaking day: its confirmed participants publish what their organisation offers and seeks,
 * ask other organisations for one-to-one meetings in the day's slots, and accept or decline what
 * they are asked. A request holds the slot for both organisations and the person asking until it
 * is declined or withdrawn, so of two requests for one organisation's 10:00 only the first stands;
 * accepting gives the meeting the first free table of its slot.
 */
public final class MatchmakingService {
  static final String SLOT_TAKEN = "One of you already has a meeting or a request in that slot";
  static final String NO_PROFILE = "Publish what your organisation offers or seeks first";
  static final String NOT_OPEN = "The request is no longer open";
  static final String NO_TABLE = "Every table of that slot is taken";
  static final String YOU_ARE_BUSY = "You already have a meeting in that slot";
  static final String OVER = "The matchmaking day is over";
  static final String CALLED_OFF = "The matchmaking day is cancelled";
  /** At most this many slots a day, however long it is. */
  static final int MAX_SLOTS = 48;

  private final TrainingRepository trainings;
  private final MeetingRepository meetings;
  private final NotificationService notifications;
  private final Clock clock;

  MatchmakingService(TrainingRepository trainings, NotificationService notifications, Clock clock) {
    this.trainings = trainings;
    this.meetings = new MeetingRepository(trainings.pool());
    this.notifications = notifications;
    this.clock = clock;
  }

  /** Everything one participant sees of the day: slots, profiles, their organisations' meetings. */
  public record Day(Training training, List<MatchmakingProfile> profiles, List<Meeting> meetings, Map<Integer, Long> tablesTaken,
                    List<Viewer.Membership> mine) {
    boolean ours(UUID organisationId) {
      return mine.stream().anyMatch(m -> m.organisationId().equals(organisationId));
    }
  }

  Future<Day> day(UUID trainingId, Viewer viewer) {
    return participantIn(trainingId, viewer).compose(training -> {
      List<UUID> ours = viewer.memberships().stream().map(Viewer.Membership::organisationId).toList();
      Future<List<MatchmakingProfile>> profiles = meetings.profiles(trainingId);
      Future<List<Meeting>> mine = meetings.ofOrganisations(trainingId, ours);
      Future<Map<Integer, Long>> taken = meetings.tablesTaken(trainingId);
      return Future.all(profiles, mine, taken).map(done -> new Day(training, profiles.result(), mine.result(), taken.result(),
          viewer.memberships()));
    });
  }

  /** The whole day as its organisers see it: every participant and every live meeting. */
  public record Overview(Training training, List<MatchmakingProfile> profiles, List<Meeting> meetings) {}

  /** For staff and the event's organiser: who meets whom, when and at which table; 404 when no matchmaking day, 403 to others. */
  Future<Overview> overview(UUID trainingId, Viewer viewer) {
    viewer.requireSignedIn();
    return TrainingService.visible(trainings, trainingId, viewer).compose(training -> {
      if (!training.matchmaking()) return Future.failedFuture(new NotFound("matchmaking day", trainingId));
      if (!TrainingService.organiser(training, viewer)) {
        return Future.failedFuture(new Forbidden("Only staff and the organiser see the day's meetings"));
      }
      Future<List<MatchmakingProfile>> profiles = meetings.profiles(trainingId);
      Future<List<Meeting>> live = meetings.live(trainingId);
      return Future.all(profiles, live).map(done -> new Overview(training, profiles.result(), live.result()));
    });
  }

  Future<MatchmakingProfile> saveProfile(UUID trainingId, MatchmakingProfile profile, Viewer viewer) {
    return participantIn(trainingId, viewer).compose(training -> {
      if (!viewer.memberOf(profile.organisationId())) {
        throw new Invalid("organisationId", "name an organisation you belong to");
      }
      return meetings.saveProfile(trainingId, viewer.id(), profile);
    }).compose(done -> meetings.profiles(trainingId)).map(all -> all.stream()
        .filter(p -> p.organisationId().equals(profile.organisationId())).findFirst().orElse(profile));
  }

  Future<Meeting> request(UUID trainingId, NewMeeting request, Viewer viewer) {
    return participantIn(trainingId, viewer).compose(training -> meetings.profiles(trainingId).compose(profiles -> {
      if (training.cancelled()) throw new Conflict(CALLED_OFF);
      if (!OffsetDateTime.now(clock).isBefore(training.endsAt())) throw new Conflict(OVER);
      UUID from = requester(request, profiles, viewer);
      if (profiles.stream().noneMatch(p -> p.organisationId().equals(request.withOrganisationId()))) {
        throw new Invalid("withOrganisationId", "name an organisation taking part in the matchmaking");
      }
      if (from.equals(request.withOrganisationId())) throw new Invalid("withOrganisationId", "name another organisation than yours");
      int slot = slotOf(training, request.slot())
          .orElseThrow(() -> new Invalid("slot", "name the start of one of the day's meeting slots"));
      UUID id = UUID.randomUUID();
      return meetings.pool().withTransaction(tx -> meetings.request(tx, id, trainingId, slot, from, viewer.id(),
              request.withOrganisationId())
          .compose(done -> meetings.byId(tx, trainingId, id))
          .compose(meeting -> notifications.toMembers(tx, meeting.inviteeOrg(), NotificationKind.MEETING_REQUESTED,
              payload(training, meeting, meeting.requester())).map(meeting)))
          .recover(err -> Future.failedFuture(Db.isUniqueViolation(err) ? new Conflict(SLOT_TAKEN) : err));
    }));
  }

  /** The organisation a request comes from: the one named, else the sender's only organisation with a profile here. */
  private static UUID requester(NewMeeting request, List<MatchmakingProfile> profiles, Viewer viewer) {
    List<UUID> published = profiles.stream().map(MatchmakingProfile::organisationId).filter(viewer::memberOf).toList();
    if (request.organisationId() != null) {
      if (!viewer.memberOf(request.organisationId())) throw new Invalid("organisationId", "name an organisation you belong to");
      if (!published.contains(request.organisationId())) throw new Conflict(NO_PROFILE);
      return request.organisationId();
    }
    if (published.isEmpty()) throw new Conflict(NO_PROFILE);
    if (published.size() > 1) throw new Invalid("organisationId", "name the organisation you ask for");
    return published.get(0);
  }

  /** The asked side accepts: the meeting gets the first free table of its slot. */
  Future<Meeting> accept(UUID trainingId, UUID meetingId, Viewer viewer) {
    return asked(trainingId, meetingId, viewer).compose(found -> meetings.pool().withTransaction(tx ->
        meetings.accept(tx, found.meeting(), viewer.id(), found.training().slots().tables())
            .compose(table -> table.isPresent() ? meetings.busy(tx, found.meeting(), viewer.id())
                : Future.failedFuture(new Conflict(found.meeting().status() == MeetingStatus.REQUESTED ? NO_TABLE : NOT_OPEN)))
            .compose(done -> meetings.byId(tx, trainingId, meetingId))
            .compose(meeting -> notifications.toAccount(tx, meeting.requesterAccount(), NotificationKind.MEETING_ACCEPTED,
                payload(found.training(), meeting, meeting.invitee()).put("table", meeting.table())).map(meeting)))
        .recover(err -> Future.failedFuture(Db.isUniqueViolation(err) ? new Conflict(YOU_ARE_BUSY) : err)));
  }

  /** The asked side declines: the slot is free again for both. */
  Future<Meeting> decline(UUID trainingId, UUID meetingId, Viewer viewer) {
    return asked(trainingId, meetingId, viewer).compose(found -> meetings.pool().withTransaction(tx ->
        meetings.close(tx, meetingId, MeetingStatus.DECLINED)
            .compose(closed -> closed ? meetings.byId(tx, trainingId, meetingId) : Future.failedFuture(new Conflict(NOT_OPEN)))
            .compose(meeting -> notifications.toAccount(tx, meeting.requesterAccount(), NotificationKind.MEETING_DECLINED,
                payload(found.training(), meeting, meeting.invitee())).map(meeting))));
  }

  /** The asking side withdraws a request not yet answered. */
  Future<Meeting> withdraw(UUID trainingId, UUID meetingId, Viewer viewer) {
    return participantIn(trainingId, viewer).compose(training -> meetings.byId(trainingId, meetingId))
        .map(found -> found.filter(m -> viewer.memberOf(m.requesterOrg()) || viewer.memberOf(m.inviteeOrg()))
            .orElseThrow(() -> new NotFound("meeting", meetingId)))
        .compose(meeting -> {
          if (!viewer.memberOf(meeting.requesterOrg())) throw new Forbidden("Only the asking side withdraws a request");
          return meetings.pool().withTransaction(tx -> meetings.close(tx, meetingId, MeetingStatus.WITHDRAWN)
              .compose(closed -> closed ? meetings.byId(tx, trainingId, meetingId) : Future.failedFuture(new Conflict(NOT_OPEN))));
        });
  }

  private record Found(Training training, Meeting meeting) {}

  /** A meeting the viewer's organisation was asked for: 404 to outsiders, 403 to the asking side. */
  private Future<Found> asked(UUID trainingId, UUID meetingId, Viewer viewer) {
    return participantIn(trainingId, viewer).compose(training -> meetings.byId(trainingId, meetingId).map(found -> {
      Meeting meeting = found.filter(m -> viewer.memberOf(m.requesterOrg()) || viewer.memberOf(m.inviteeOrg()))
          .orElseThrow(() -> new NotFound("meeting", meetingId));
      if (!viewer.memberOf(meeting.inviteeOrg())) throw new Forbidden("Only the organisation asked accepts or declines");
      if (meeting.status() != MeetingStatus.REQUESTED) throw new Conflict(NOT_OPEN);
      return new Found(training, meeting);
    }));
  }

  /** The matchmaking day, if the viewer holds a confirmed seat in it: 404 when it is no matchmaking day, 403 to others. */
  private Future<Training> participantIn(UUID trainingId, Viewer viewer) {
    viewer.requireSignedIn();
    return TrainingService.visible(trainings, trainingId, viewer).compose(training -> {
      if (!training.matchmaking()) return Future.failedFuture(new NotFound("matchmaking day", trainingId));
      return meetings.participant(trainingId, viewer.id()).map(yes -> {
        if (!yes) throw new Forbidden("Only participants with a confirmed seat take part in the matchmaking");
        return training;
      });
    });
  }

  private static JsonObject payload(Training training, Meeting meeting, String organisation) {
    return new JsonObject().put("trainingId", training.id().toString()).put("title", training.title().toJson())
        .put("meetingId", meeting.id().toString()).put("organisation", organisation)
        .put("startsAt", Times.rfc3339(slotStart(training, meeting.slot()), training.zone()));
  }

  static int slotCount(Training training) {
    long minutes = Duration.between(training.startsAt(), training.endsAt()).toMinutes();
    return (int) Math.min(MAX_SLOTS, minutes / training.slots().minutes());
  }

  static OffsetDateTime slotStart(Training training, int slot) {
    return training.startsAt().plusMinutes((long) slot * training.slots().minutes());
  }

  /** The index of the slot starting at that moment, if one does. */
  static Optional<Integer> slotOf(Training training, OffsetDateTime at) {
    for (int i = 0; i < slotCount(training); i++) {
      if (slotStart(training, i).isEqual(at)) return Optional.of(i);
    }
    return Optional.empty();
  }

  /**
   * An account leaving: its open requests are withdrawn, freeing the slot for
   * the organisation asked; accepted meetings and the profiles it wrote are its organisation's and
   * stay, naming the organisation only.
   */
  public Future<Void> forget(io.vertx.sqlclient.SqlClient tx, UUID accountId) {
    return meetings.forget(tx, accountId);
  }

  /** The person's accepted meetings as events of their calendar feed: when, which table, and with which organisation. */
  public Future<List<CalendarFeeds.Event>> calendarEvents(UUID accountId, String lang) {
    return meetings.calendar(accountId).map(list -> list.stream().map(m -> {
      Site site = Site.of(m.contactPoint());
      String table = I18n.text(lang, "matchmaking.calendar.table", m.table());
      return new CalendarFeeds.Event("meeting-" + m.id() + "@ntc-hub", m.startsAt(), m.startsAt().plusMinutes(m.minutes()),
          site.zone(), I18n.text(lang, "matchmaking.calendar.summary", m.withOrganisation()),
          Localised.of(m.title()).in(lang) + "\n" + table, site.name(lang) + ", " + table,
          "/trainings/" + m.trainingId() + "/matchmaking/schedule");
    }).toList());
  }
}
