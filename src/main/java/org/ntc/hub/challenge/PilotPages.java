package org.ntc.hub.challenge;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/**
 * {@code /pilots/{id}}: a pilot as the two organisations and staff follow it, and the forms with
 * which its contact point's staff move it on, write its outcome and publish it. A published
 * outcome is public.
 */
public final class PilotPages {
  private static final List<String> OUTCOME_PARTS = PilotOutcome.PARTS;
  private final PilotService pilots;
  private final Views views;

  public PilotPages(PilotService pilots, Views views) {
    this.pilots = pilots;
    this.views = views;
  }

  public void mount(Router router) {
    router.get("/pilots/:id").handler(this::show);
    router.post("/pilots/:id/status").handler(Forms::signInFirst).handler(ctx -> change(ctx,
        new JsonObject().put("status", Forms.json(ctx, Set.of()).getString("status", ""))));
    router.post("/pilots/:id/outcome").handler(Forms::signInFirst).handler(ctx -> change(ctx,
        new JsonObject().put("outcome", FormBodies.body(ctx, OUTCOME_PARTS, Set.of()))));
    router.post("/pilots/:id/publish").handler(Forms::signInFirst).handler(ctx -> change(ctx,
        new JsonObject().put("publishOutcome", "true".equals(Forms.json(ctx, Set.of()).getString("publish")))));
  }

  private void show(RoutingContext ctx) {
    showModel(ctx).compose(model -> views.page(ctx, "challenge/pilot", model)).onFailure(ctx::fail);
  }

  private void change(RoutingContext ctx, JsonObject body) {
    UUID id = Ids.path(ctx, "id");
    Viewer viewer = WebContext.viewer(ctx);
    Forms.submit(() -> {
      viewer.requireStaff();
      return pilots.update(id, PilotChange.from(body), viewer);
    }, changed -> Forms.redirect(ctx, "/pilots/" + id + "?saved=1"),
        err -> Forms.reshow(ctx, views, err, "challenge/pilot", "pilot.error", () -> showModel(ctx).map(model -> {
          if (Forms.status(err) == 409) model.put("error", I18n.text(Languages.of(ctx), "pilot.conflict"));
          if (body.getValue("outcome") instanceof JsonObject outcome) model.put("outcomeTexts", outcomeTexts(outcome, ctx));
          return model;
        })));
  }

  private Future<Map<String, Object>> showModel(RoutingContext ctx) {
    String lang = Languages.of(ctx);
    Viewer viewer = WebContext.viewer(ctx);
    return pilots.view(Ids.path(ctx, "id"), viewer).map(view -> {
      Map<String, Object> model = model(view, viewer, lang);
      model.put("saved", ctx.queryParams().contains("saved"));
      return model;
    });
  }

  private static Map<String, Object> model(PilotView view, Viewer viewer, String lang) {
    Pilot pilot = view.pilot();
    ZoneId zone = pilot.contactPoint().zone();
    Map<String, Object> model = new HashMap<>();
    model.put("pilot", pilot.toJson(lang).getMap());
    model.put("challengeTitle", view.challengeTitle().in(lang));
    model.put("showcaseTitle", view.showcaseTitle().in(lang));
    model.put("companyName", view.companyName());
    model.put("careName", view.careName());
    model.put("contactPointName", pilot.contactPoint().name(lang));
    model.put("statusLabel", I18n.text(lang, "pilot.status." + pilot.status().code()));
    model.put("startsOnText", FormBodies.date(pilot.startsOn(), lang));
    model.put("endsOnText", FormBodies.date(pilot.endsOn(), lang));
    model.put("updatedAtText", Times.shown(view.updatedAt(), zone, lang));
    model.put("updatedAt", Times.rfc3339(view.updatedAt(), zone));
    if (pilot.outcomePublished()) {
      model.put("publishedAtText", Times.shown(pilot.outcomePublishedAt(), zone, lang));
      model.put("publishedAt", Times.rfc3339(pilot.outcomePublishedAt(), zone));
    }
    boolean runs = PilotService.runs(pilot, viewer);
    model.put("runs", runs);
    model.put("otherStaff", viewer.staff() && !runs);
    model.put("nextStates", pilot.status().next().stream().map(s -> Map.of("value", s.code(),
        "label", I18n.text(lang, "pilot.moveTo." + s.code()))).toList());
    model.put("canPublish", runs && pilot.status() == PilotStatus.COMPLETED && pilot.outcome() != null && !pilot.outcomePublished());
    model.put("canUnpublish", runs && pilot.outcomePublished());
    model.put("canWriteOutcome", runs && pilot.status() != PilotStatus.CANCELLED);
    model.put("outcomeTexts", outcomeTexts(pilot.outcome() == null ? new JsonObject() : pilot.outcome().toJson(), lang));
    return model;
  }

  private static List<Map<String, Object>> outcomeTexts(JsonObject outcome, RoutingContext ctx) {
    return outcomeTexts(outcome, Languages.of(ctx));
  }

  /** Per language, the outcome's three parts as the form shows them. */
  private static List<Map<String, Object>> outcomeTexts(JsonObject outcome, String lang) {
    return I18n.LANGUAGES.stream().map(code -> {
      Map<String, Object> texts = new HashMap<>();
      texts.put("code", code);
      texts.put("label", I18n.text(lang, "spoken." + code));
      for (String part : OUTCOME_PARTS) texts.put(part, FormBodies.text(outcome, part, code));
      return texts;
    }).toList();
  }
}
