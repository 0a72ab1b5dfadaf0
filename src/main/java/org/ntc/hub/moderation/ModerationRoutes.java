package org.ntc.hub.moderation;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.time.OffsetDateTime;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/** {@code GET /api/v1/moderation/queue} and the {@code /moderation} page, for staff. */
public final class ModerationRoutes {
  private final ModerationService moderation;
  private final Views views;

  public ModerationRoutes(ModerationService moderation, Views views) {
    this.moderation = moderation;
    this.views = views;
  }

  public void mount(Router router) {
    router.get("/api/v1/moderation/queue").respond(ctx -> moderation.queue(WebContext.viewer(ctx), Languages.of(ctx)));
    router.get("/moderation").handler(ctx -> {
      if (!WebContext.viewer(ctx).signedIn()) {
        ctx.response().setStatusCode(303).putHeader("Location", "/login").end();
        return;
      }
      String lang = Languages.of(ctx);
      views.render(ctx, "moderation/queue", moderation.queue(WebContext.viewer(ctx), lang)
          .map(queue -> java.util.Map.of("queue", shown(queue, WebContext.viewer(ctx), lang).getMap())));
    });
  }

  /** Times in words (a training's in its contact point's zone, the rest in the reader's), places and formats by name. */
  private static JsonObject shown(JsonObject queue, Viewer viewer, String lang) {
    String zone = Times.zoneOf(viewer.staffContactPoint().orElse("seinajoki")).getId();
    queue.getJsonArray("showcases").forEach(s -> {
      JsonObject showcase = (JsonObject) s;
      String at = showcase.getString("submittedAt");
      if (at != null) showcase.put("submittedAtText", Times.shown(OffsetDateTime.parse(at), zone, lang));
    });
    queue.getJsonArray("trainings").forEach(t -> {
      JsonObject training = (JsonObject) t;
      training.put("startsAtText", Times.shown(OffsetDateTime.parse(training.getString("startsAt")), training.getString("timeZone"), lang))
          .put("placeLabel", I18n.text(lang, "contactPoint.name." + training.getString("contactPoint")))
          .put("formatLabel", I18n.text(lang, "training.format." + training.getString("format")));
    });
    return queue;
  }
}
