package org.ntc.hub.training;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.Forbidden;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/** A matchmaking day's API and its pages under {@code /trainings/{id}/matchmaking}. */
final class MatchmakingRoutes {
  private static final String PAGE = "training/matchmaking";
  private static final String SCHEDULE = "training/schedule";
  /** A refusal's message in the reader's language, by what the service said. */
  private static final Map<String, String> REFUSALS = Map.of(
      MatchmakingService.SLOT_TAKEN, "matchmaking.error.slotTaken",
      MatchmakingService.NO_PROFILE, "matchmaking.error.noProfile",
      MatchmakingService.NOT_OPEN, "matchmaking.error.notOpen",
      MatchmakingService.NO_TABLE, "matchmaking.error.noTable",
      MatchmakingService.YOU_ARE_BUSY, "matchmaking.error.busy",
      MatchmakingService.OVER, "matchmaking.error.over",
      MatchmakingService.CALLED_OFF, "matchmaking.error.cancelled");

  private final TrainingService trainings;
  private final MatchmakingService matchmaking;
  private final Views views;

  MatchmakingRoutes(TrainingService trainings, Views views) {
    this.trainings = trainings;
    this.matchmaking = trainings.matchmaking();
    this.views = views;
  }

  void mount(Router router) {
    mountApi(router);
    mountPages(router);
    new MatchmakingOverview(matchmaking, views).mount(router);
  }

  private void mountApi(Router router) {
    router.get("/api/v1/trainings/:id/matchmaking").respond(ctx -> {
      String lang = Languages.of(ctx);
      return matchmaking.day(Ids.path(ctx, "id"), WebContext.viewer(ctx)).map(day -> dayJson(day, lang));
    });
    router.put("/api/v1/trainings/:id/matchmaking/profile").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      JsonObject body = Bodies.json(ctx);
      WebContext.viewer(ctx).requireSignedIn();
      return matchmaking.saveProfile(id, MatchmakingProfile.from(body), WebContext.viewer(ctx)).map(MatchmakingProfile::toJson);
    });
    router.get("/api/v1/trainings/:id/meetings").respond(ctx -> {
      Paging paging = Paging.from(ctx.queryParams(), 50);
      return matchmaking.day(Ids.path(ctx, "id"), WebContext.viewer(ctx))
          .map(day -> paging.slice(day.meetings().stream().map(m -> meetingJson(day.training(), m, day)).toList()));
    });
    router.post("/api/v1/trainings/:id/meetings").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      JsonObject body = Bodies.json(ctx);
      Viewer viewer = WebContext.viewer(ctx).requireSignedIn();
      return matchmaking.request(id, NewMeeting.from(body), viewer)
          .compose(meeting -> matchmaking.day(id, viewer).map(day -> {
            ctx.response().setStatusCode(201);
            return meetingJson(day.training(), meeting, day);
          }));
    });
    decision(router, "accept", (ctx, id) -> matchmaking.accept(id, Ids.path(ctx, "meetingId"), WebContext.viewer(ctx)));
    decision(router, "decline", (ctx, id) -> matchmaking.decline(id, Ids.path(ctx, "meetingId"), WebContext.viewer(ctx)));
    decision(router, "withdraw", (ctx, id) -> matchmaking.withdraw(id, Ids.path(ctx, "meetingId"), WebContext.viewer(ctx)));
  }

  private void decision(Router router, String action, java.util.function.BiFunction<RoutingContext, UUID, Future<Meeting>> act) {
    router.post("/api/v1/trainings/:id/meetings/:meetingId/" + action).respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      Ids.path(ctx, "meetingId");
      return act.apply(ctx, id).compose(meeting -> matchmaking.day(id, WebContext.viewer(ctx))
          .map(day -> meetingJson(day.training(), meeting, day)));
    });
  }

  private static JsonObject dayJson(MatchmakingService.Day day, String lang) {
    Training training = day.training();
    JsonArray slots = new JsonArray();
    for (int i = 0; i < MatchmakingService.slotCount(training); i++) {
      slots.add(new JsonObject().put("slot", Times.rfc3339(MatchmakingService.slotStart(training, i), training.zone()))
          .put("endsAt", Times.rfc3339(MatchmakingService.slotStart(training, i + 1), training.zone()))
          .put("tablesLeft", training.slots().tables() - day.tablesTaken().getOrDefault(i, 0L)));
    }
    return new JsonObject().put("trainingId", training.id().toString()).put("title", training.title().in(lang))
        .put("timeZone", training.zone().getId())
        .put("meetingMinutes", training.slots().minutes()).put("meetingTables", training.slots().tables())
        .put("slots", slots)
        .put("participants", new JsonArray(day.profiles().stream().map(MatchmakingProfile::toJson).toList()))
        .put("meetings", new JsonArray(day.meetings().stream().map(m -> meetingJson(training, m, day)).toList()));
  }

  /** A meeting as one side sees it: {@code direction} says whether their organisation asked or was asked. */
  private static JsonObject meetingJson(Training training, Meeting m, MatchmakingService.Day day) {
    boolean asked = day.ours(m.inviteeOrg()) && !day.ours(m.requesterOrg());
    JsonObject json = new JsonObject().put("id", m.id().toString()).put("trainingId", training.id().toString())
        .put("status", m.status().code()).put("direction", asked ? "in" : "out")
        .put("slot", Times.rfc3339(MatchmakingService.slotStart(training, m.slot()), training.zone()))
        .put("endsAt", Times.rfc3339(MatchmakingService.slotStart(training, m.slot() + 1), training.zone()))
        .put("organisationId", m.requesterOrg().toString()).put("organisation", m.requester())
        .put("withOrganisationId", m.inviteeOrg().toString()).put("withOrganisation", m.invitee());
    if (m.table() != null) json.put("table", m.table());
    return json;
  }

  private void mountPages(Router router) {
    router.get("/trainings/:id/matchmaking").handler(Forms::signInFirst)
        .handler(ctx -> show(ctx, day -> MatchmakingView.page(day, Map.of(), Languages.of(ctx)), PAGE));
    router.get("/trainings/:id/matchmaking/schedule").handler(Forms::signInFirst)
        .handler(ctx -> show(ctx, day -> MatchmakingView.schedulePage(day, Languages.of(ctx)), SCHEDULE));
    router.post("/trainings/:id/matchmaking/profile").handler(Forms::signInFirst).handler(ctx -> {
      UUID id = Ids.path(ctx, "id");
      JsonObject form = Forms.json(ctx, Set.of());
      Forms.submit(() -> matchmaking.saveProfile(id, MatchmakingProfile.from(form), WebContext.viewer(ctx)),
          done -> Forms.redirect(ctx, "/trainings/" + id + "/matchmaking#profile"),
          err -> reshow(ctx, err, form));
    });
    router.post("/trainings/:id/matchmaking/meetings").handler(Forms::signInFirst).handler(ctx -> {
      UUID id = Ids.path(ctx, "id");
      JsonObject form = Forms.json(ctx, Set.of());
      Forms.submit(() -> matchmaking.request(id, NewMeeting.from(form), WebContext.viewer(ctx)),
          done -> Forms.redirect(ctx, "/trainings/" + id + "/matchmaking#outgoing"),
          err -> reshow(ctx, asRefusal(err), null));
    });
    for (String action : List.of("accept", "decline", "withdraw")) {
      router.post("/trainings/:id/matchmaking/meetings/:meetingId/" + action).handler(Forms::signInFirst).handler(ctx -> {
        UUID id = Ids.path(ctx, "id");
        UUID meetingId = Ids.path(ctx, "meetingId");
        Viewer viewer = WebContext.viewer(ctx);
        Forms.submit(() -> switch (action) {
          case "accept" -> matchmaking.accept(id, meetingId, viewer);
          case "decline" -> matchmaking.decline(id, meetingId, viewer);
          default -> matchmaking.withdraw(id, meetingId, viewer);
        }, done -> Forms.redirect(ctx, "/trainings/" + id + "/matchmaking#" + (action.equals("withdraw") ? "outgoing" : "incoming")),
            err -> reshow(ctx, asRefusal(err), null));
      });
    }
  }

  /** The page for a participant; someone signed in without a confirmed seat is told how to get one. */
  private void show(RoutingContext ctx, Function<MatchmakingService.Day, Map<String, Object>> model, String template) {
    UUID id = Ids.path(ctx, "id");
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    matchmaking.day(id, viewer).map(model)
        .onSuccess(page -> views.page(ctx, template, page).onFailure(ctx::fail))
        .onFailure(err -> {
          if (!(err instanceof Forbidden)) {
            ctx.fail(err);
            return;
          }
          trainings.training(id, viewer).onSuccess(training -> views.page(ctx, 403, PAGE, MatchmakingView.outsider(training, lang))
              .onFailure(ctx::fail)).onFailure(ctx::fail);
        });
  }

  /** A refused meeting request or answer is one message at the top: its fields are hidden or chosen from a list. */
  private static Throwable asRefusal(Throwable err) {
    if (err instanceof Invalid invalid) return new Conflict(invalid.getMessage());
    return err;
  }

  /** The matchmaking page again, saying why; {@code form} is the profile as typed, if that was refused. */
  private void reshow(RoutingContext ctx, Throwable err, JsonObject form) {
    String lang = Languages.of(ctx);
    Map<String, String> typed = new HashMap<>();
    if (form != null) form.forEach(e -> typed.put(e.getKey(), String.valueOf(e.getValue())));
    Forms.reshow(ctx, views, err, PAGE, "matchmaking.error", () -> matchmaking.day(Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .map(day -> {
          Map<String, Object> page = MatchmakingView.page(day, typed, lang);
          if (err instanceof Conflict conflict) {
            page.put("error", I18n.text(lang, REFUSALS.getOrDefault(conflict.getMessage(), "matchmaking.error.request")));
          }
          return page;
        }));
  }
}
