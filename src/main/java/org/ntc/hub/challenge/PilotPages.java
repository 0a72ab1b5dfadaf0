package org.ntc.hub.challenge;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.PageSection;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/**
 * {@code /pilots/{id}}: a pilot as the two organisations and staff follow it, and the forms with
 * which its contact point's staff move it on, write its outcome and publish it. A published
 * outcome is public. {@code /pilots}: the list staff plan with, filtered by contact point, state
 * and showcase.
 */
public final class PilotPages {
  private static final List<String> OUTCOME_PARTS = PilotOutcome.PARTS;
  private static final int PAGE_SIZE = 20;
  private final PilotService pilots;
  private final Views views;
  private PageSection courses = PageSection.NONE;

  public PilotPages(PilotService pilots, Views views) {
    this.pilots = pilots;
    this.views = views;
  }

  /** "Courses your staff should complete": supplied by the feature that keeps courses. */
  public PilotPages withCourses(PageSection courses) {
    this.courses = courses;
    return this;
  }

  public void mount(Router router) {
    router.get("/pilots").handler(Forms::signInFirst).handler(this::list);
    router.get("/pilots/:id").handler(this::show);
    router.post("/pilots/:id/status").handler(Forms::signInFirst).handler(ctx -> change(ctx,
        new JsonObject().put("status", Forms.json(ctx, Set.of()).getString("status", ""))));
    router.post("/pilots/:id/outcome").handler(Forms::signInFirst).handler(ctx -> change(ctx,
        new JsonObject().put("outcome", Forms.localisedBody(ctx, OUTCOME_PARTS, Set.of()))));
    router.post("/pilots/:id/publish").handler(Forms::signInFirst).handler(ctx -> change(ctx,
        new JsonObject().put("publishOutcome", "true".equals(Forms.json(ctx, Set.of()).getString("publish")))));
    new EvaluationPages(pilots, views).mount(router);
  }

  /**
   * Staff's list, through the same query as the API. The contact point is the viewer's own unless
   * the form chose one or "all" (an empty choice); a filter that names nothing known is refused on the form.
   */
  private void list(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    JsonObject filters = Bodies.query(ctx.queryParams());
    if (!ctx.queryParams().contains("contactPoint")) viewer.staffContactPoint().ifPresent(id -> filters.put("contactPoint", id));
    Forms.submit(() -> {
      viewer.requireStaff();
      PilotQuery query = PilotQuery.from(filters);
      Paging paging = Paging.from(ctx.queryParams(), PAGE_SIZE);
      return pilots.list(query, paging, viewer).map(list -> {
        Map<String, Object> model = listModel(filters, lang);
        model.put("pilots", list.items().stream().map(view -> row(view, lang)).toList());
        model.put("total", list.total());
        String base = "/pilots?" + Views.queryWithout(ctx, "page", "lang") + "page=";
        model.put("pager", paging.pager(list.total(), page -> base + page));
        query.showcaseId().ifPresent(id -> model.put("showcaseFilter", list.items().isEmpty()
            ? I18n.text(lang, "pilots.oneShowcase") : list.items().get(0).showcaseTitle().in(lang)));
        return model;
      });
    }, model -> views.page(ctx, "challenge/pilots", model).onFailure(ctx::fail),
        err -> Forms.reshow(ctx, views, err, "challenge/pilots", "pilots.error", listModel(filters, lang)));
  }

  /** The filter form as chosen: contact points by name, states translated. */
  private static Map<String, Object> listModel(JsonObject filters, String lang) {
    Map<String, Object> model = new HashMap<>();
    String site = filters.getString("contactPoint", "");
    model.put("siteChoices", Site.values().stream().map(s -> Map.of("value", s.id(), "label", s.name(lang),
        "selected", s.id().equals(site))).toList());
    model.put("allSites", site.isEmpty());
    String status = filters.getString("status", "");
    model.put("states", Arrays.stream(PilotStatus.values()).map(s -> Map.of("value", s.code(),
        "label", I18n.text(lang, "pilot.status." + s.code()), "selected", s.code().equals(status))).toList());
    model.put("allStates", status.isEmpty());
    model.put("showcaseId", filters.getString("showcaseId", ""));
    model.put("pilots", List.of());
    model.put("total", 0);
    return model;
  }

  /** One pilot as the list shows it: names, not ids; dates in words; the state translated. */
  private static Map<String, Object> row(PilotView view, String lang) {
    Pilot pilot = view.pilot();
    Map<String, Object> row = new HashMap<>();
    row.put("id", pilot.id().toString());
    row.put("showcaseId", pilot.showcaseId().toString());
    row.put("challengeTitle", view.challengeTitle().in(lang));
    row.put("showcaseTitle", view.showcaseTitle().in(lang));
    row.put("companyName", view.companyName());
    row.put("careName", view.careName());
    row.put("contactPointName", pilot.contactPoint().name(lang));
    row.put("testArena", pilot.testArena());
    row.put("statusLabel", I18n.text(lang, "pilot.status." + pilot.status().code()));
    row.put("startsOn", pilot.startsOn().toString());
    row.put("endsOn", pilot.endsOn().toString());
    row.put("startsOnText", FormBodies.date(pilot.startsOn(), lang));
    row.put("endsOnText", FormBodies.date(pilot.endsOn(), lang));
    row.put("updatedAt", Times.rfc3339(view.updatedAt(), pilot.contactPoint().zone()));
    row.put("updatedAtText", Times.shown(view.updatedAt(), pilot.contactPoint().zone(), lang));
    return row;
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
    UUID id = Ids.path(ctx, "id");
    return pilots.view(id, viewer).compose(view -> courses.of(id, viewer, lang, ctx.queryParams()).map(section -> {
      Map<String, Object> model = model(view, viewer, lang);
      model.put("saved", ctx.queryParams().contains("saved"));
      if (section != null) model.put("courses", section);
      return model;
    }));
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
    if (pilot.evaluation() != null) {
      model.put("evaluation", EvaluationPages.shown(pilot.evaluation(), lang));
      model.put("evaluatedAtText", Times.shown(pilot.evaluatedAt(), zone, lang));
      model.put("evaluatedAt", Times.rfc3339(pilot.evaluatedAt(), zone));
    }
    model.put("canEvaluate", runs && pilot.status() != PilotStatus.CANCELLED);
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
