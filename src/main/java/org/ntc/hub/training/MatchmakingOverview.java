package org.ntc.hub.training;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/**
 * The day's schedule for staff and the organiser of a matchmaking day: every slot with the
 * meetings agreed in it (table, who meets whom) and the requests still awaiting an answer, as
 * {@code GET /api/v1/trainings/{id}/matchmaking/overview} and the page {@code /trainings/{id}/matchmaking/overview}.
 */
final class MatchmakingOverview {
  private static final String TEMPLATE = "training/overview";

  private final MatchmakingService matchmaking;
  private final Views views;

  MatchmakingOverview(MatchmakingService matchmaking, Views views) {
    this.matchmaking = matchmaking;
    this.views = views;
  }

  void mount(Router router) {
    router.get("/api/v1/trainings/:id/matchmaking/overview").respond(ctx -> matchmaking
        .overview(Ids.path(ctx, "id"), WebContext.viewer(ctx)).map(day -> json(day, Languages.of(ctx))));
    router.get("/trainings/:id/matchmaking/overview").handler(Forms::signInFirst).handler(ctx -> matchmaking
        .overview(Ids.path(ctx, "id"), WebContext.viewer(ctx)).map(day -> page(day, Languages.of(ctx)))
        .compose(model -> views.page(ctx, TEMPLATE, model)).onFailure(ctx::fail));
  }

  static JsonObject json(MatchmakingService.Overview day, String lang) {
    Training training = day.training();
    JsonArray slots = new JsonArray();
    long accepted = 0;
    long requested = 0;
    for (int i = 0; i < MatchmakingService.slotCount(training); i++) {
      JsonArray meetings = new JsonArray();
      List<Meeting> here = inSlot(day, i);
      for (Meeting m : here) {
        JsonObject meeting = new JsonObject().put("id", m.id().toString()).put("status", m.status().code())
            .put("organisationId", m.requesterOrg().toString()).put("organisation", m.requester())
            .put("withOrganisationId", m.inviteeOrg().toString()).put("withOrganisation", m.invitee());
        if (m.table() != null) meeting.put("table", m.table());
        meetings.add(meeting);
        if (m.status() == MeetingStatus.ACCEPTED) accepted++;
        else requested++;
      }
      slots.add(new JsonObject().put("slot", Times.rfc3339(MatchmakingService.slotStart(training, i), training.zone()))
          .put("endsAt", Times.rfc3339(MatchmakingService.slotStart(training, i + 1), training.zone()))
          .put("tablesLeft", training.slots().tables() - here.stream().filter(m -> m.table() != null).count())
          .put("meetings", meetings));
    }
    return new JsonObject().put("trainingId", training.id().toString()).put("title", training.title().in(lang))
        .put("timeZone", training.zone().getId()).put("meetingMinutes", training.slots().minutes())
        .put("meetingTables", training.slots().tables()).put("accepted", accepted).put("requested", requested)
        .put("participants", new JsonArray(day.profiles().stream().map(MatchmakingProfile::toJson).toList()))
        .put("slots", slots);
  }

  static Map<String, Object> page(MatchmakingService.Overview day, String lang) {
    Training training = day.training();
    Map<String, Object> model = new HashMap<>();
    model.put("training", TrainingView.card(training, lang, false));
    model.put("tables", training.slots().tables());
    model.put("participantCount", day.profiles().size());
    List<Map<String, Object>> slots = new ArrayList<>();
    long accepted = 0;
    for (int i = 0; i < MatchmakingService.slotCount(training); i++) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Meeting m : inSlot(day, i)) {
        Map<String, Object> row = new HashMap<>();
        row.put("asking", m.requester());
        row.put("asked", m.invitee());
        row.put("table", m.table() == null ? I18n.text(lang, "matchmaking.overview.noTable") : String.valueOf(m.table()));
        row.put("status", m.status().label(lang));
        row.put("open", m.status() == MeetingStatus.REQUESTED);
        if (m.status() == MeetingStatus.ACCEPTED) accepted++;
        rows.add(row);
      }
      if (rows.isEmpty()) continue;
      slots.add(Map.of("when", MatchmakingView.slotLabel(training, i, lang), "meetings", rows, "id", "slot-" + i));
    }
    model.put("slots", slots);
    model.put("summary", I18n.text(lang, "matchmaking.overview.summary", accepted, day.profiles().size()));
    model.put("participants", day.profiles().stream().map(p -> Map.of("organisation", p.organisation(),
        "type", I18n.text(lang, "organisation.type." + p.organisationType()))).toList());
    return model;
  }

  private static List<Meeting> inSlot(MatchmakingService.Overview day, int slot) {
    return day.meetings().stream().filter(m -> m.slot() == slot).toList();
  }
}
