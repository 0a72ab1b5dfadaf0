package org.ntc.hub.moderation;

import io.vertx.ext.web.Router;
import org.ntc.hub.platform.Languages;
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
      views.render(ctx, "moderation/queue", moderation.queue(WebContext.viewer(ctx), Languages.of(ctx))
          .map(queue -> java.util.Map.of("queue", queue.getMap())));
    });
  }
}
