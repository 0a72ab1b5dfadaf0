package org.ntc.hub.analytics;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.WebContext;

/** The API of a showcase's analytics and of people's saved showcases. */
public final class AnalyticsRoutes {
  private final AnalyticsService analytics;
  private final SaveService saves;
  private final Clock clock;

  public AnalyticsRoutes(AnalyticsService analytics, SaveService saves, Clock clock) {
    this.analytics = analytics;
    this.saves = saves;
    this.clock = clock;
  }

  public void mount(Router router) {
    router.get("/api/v1/showcases/:id/analytics").respond(ctx -> {
      Viewer viewer = signedIn(ctx);
      Period period = Period.of(ctx.queryParams().get("from"), ctx.queryParams().get("to"), clock);
      return analytics.of(Ids.path(ctx, "id"), period, viewer).map(ShowcaseAnalytics::toJson);
    });
    router.post("/api/v1/showcases/:id/save").respond(ctx -> saves.save(Ids.path(ctx, "id"), signedIn(ctx)));
    router.delete("/api/v1/showcases/:id/save").respond(ctx -> saves.remove(Ids.path(ctx, "id"), signedIn(ctx)));
    router.get("/api/v1/me/saved-showcases").respond(ctx -> {
      Paging paging = Paging.from(ctx.queryParams(), 20);
      return saves.list(signedIn(ctx)).map(list -> paging.slice(list.stream().map(saved -> new JsonObject()
          .put("showcaseId", saved.showcaseId().toString())
          .put("title", saved.title())
          .put("summary", saved.summary())
          .put("savedAt", Times.rfc3339(saved.savedAt()))).toList()));
    });
  }

  /** The viewer, once known to be signed in: a visitor hears 401 before anything they sent is looked at. */
  private static Viewer signedIn(RoutingContext ctx) {
    return WebContext.viewer(ctx).requireSignedIn();
  }
}
