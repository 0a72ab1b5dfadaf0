package org.ntc.hub.moderation;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.ntc.hub.course.Course;
import org.ntc.hub.library.LibraryEntry;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;
import org.ntc.hub.showcase.PendingShowcase;
import org.ntc.hub.training.Training;

/** {@code GET /api/v1/moderation/queue} and the {@code /moderation} page, for staff. */
public final class ModerationRoutes {
  private final ModerationService moderation;
  private final Views views;

  public ModerationRoutes(ModerationService moderation, Views views) {
    this.moderation = moderation;
    this.views = views;
  }

  public void mount(Router router) {
    router.get("/api/v1/moderation/queue").respond(ctx -> moderation.queue(WebContext.viewer(ctx))
        .map(queue -> queue.toJson(Languages.of(ctx))));
    router.get("/moderation").handler(Forms::signInFirst).handler(this::page);
  }

  private void page(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    views.render(ctx, "moderation/queue", moderation.queue(viewer).map(queue -> Map.of("queue", shown(queue, viewer, lang))));
  }

  /** Times in words (a training's in its contact point's zone, the rest in the reader's), places and formats by name. */
  private static Map<String, Object> shown(ModerationQueue queue, Viewer viewer, String lang) {
    ZoneId zone = viewer.zone();
    Map<String, Object> shown = new HashMap<>();
    shown.put("showcases", queue.showcases().stream().map(showcase -> showcase(showcase, zone, lang)).toList());
    shown.put("trainings", queue.trainings().stream().map(training -> training(training, lang)).toList());
    shown.put("challenges", queue.challenges().stream().map(challenge -> challenge.toJson(lang).getMap()).toList());
    shown.put("organisations", queue.organisations().stream().map(organisation -> organisation.toJson(lang).getMap()).toList());
    shown.put("total", queue.total());
    shown.put("library", queue.library().stream().map(entry -> entry(entry, zone, lang)).toList());
    shown.put("courses", queue.courses().stream().map(course -> course(course, zone, lang)).toList());
    return shown;
  }

  private static Map<String, Object> showcase(PendingShowcase pending, ZoneId zone, String lang) {
    Map<String, Object> shown = new HashMap<>(pending.toJson(lang).getMap());
    if (pending.showcase().submittedAt() != null) {
      shown.put("submittedAtText", Times.shown(pending.showcase().submittedAt(), zone, lang));
    }
    return shown;
  }

  private static Map<String, Object> entry(LibraryEntry entry, ZoneId zone, String lang) {
    Map<String, Object> shown = new HashMap<>(entry.fullJson(lang).getMap());
    shown.put("kindLabel", I18n.text(lang, "library.kind." + entry.kind().code()));
    shown.put("by", entry.organisationName() != null ? entry.organisationName() : I18n.text(lang, "library.centre"));
    if (entry.submittedAt() != null) shown.put("submittedAtText", Times.shown(entry.submittedAt(), zone, lang));
    shown.put("isEdit", entry.published() != null);
    return shown;
  }

  private static Map<String, Object> course(Course course, ZoneId zone, String lang) {
    Map<String, Object> shown = new HashMap<>(course.fullJson(lang).getMap());
    shown.put("by", course.organisationName() != null ? course.organisationName() : I18n.text(lang, "library.centre"));
    if (course.submittedAt() != null) shown.put("submittedAtText", Times.shown(course.submittedAt(), zone, lang));
    shown.put("isEdit", course.published() != null);
    shown.put("modulesText", I18n.text(lang, "course.modules", course.fullJson(lang).getJsonArray("modules").size()));
    return shown;
  }

  private static Map<String, Object> training(Training training, String lang) {
    Map<String, Object> shown = new HashMap<>(training.toJson(lang, true).getMap());
    shown.put("startsAtText", Times.shown(training.startsAt(), training.contactPoint().zone(), lang));
    shown.put("placeLabel", training.contactPoint().place(lang));
    shown.put("formatLabel", I18n.text(lang, "training.format." + training.format().code()));
    return shown;
  }
}
