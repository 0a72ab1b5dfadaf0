package org.ntc.hub.notification;

import io.vertx.ext.web.Router;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.WebContext;

/** {@code /api/v1/me/notification-settings}, {@code /api/v1/me/follows} and the RFC 8058 one-click {@code /api/v1/unsubscribe}. */
public final class SettingsRoutes {
  private final SettingsService settings;

  public SettingsRoutes(SettingsService settings) {
    this.settings = settings;
  }

  public void mount(Router router) {
    router.get("/api/v1/me/notification-settings").respond(ctx -> settings.settings(WebContext.viewer(ctx))
        .map(NotificationSettings::toJson));
    router.put("/api/v1/me/notification-settings").respond(ctx -> settings
        .change(WebContext.viewer(ctx).requireSignedIn(), SettingsChange.from(Bodies.json(ctx)))
        .map(NotificationSettings::toJson));
    router.get("/api/v1/me/follows").respond(ctx -> settings.topics(WebContext.viewer(ctx)).map(FollowedTopics::toJson));
    router.put("/api/v1/me/follows").respond(ctx -> settings
        .follow(WebContext.viewer(ctx).requireSignedIn(), TopicsChange.from(Bodies.json(ctx), settings.categories()))
        .map(FollowedTopics::toJson));
    // A mail program posts List-Unsubscribe=One-Click (or nothing) without cookies; the signed token is the authority.
    router.post("/api/v1/unsubscribe").handler(ctx -> settings.unsubscribe(settings.unsubscribing(ctx.queryParams().get("token")))
        .onSuccess(done -> ctx.response().setStatusCode(204).end())
        .onFailure(ctx::fail));
  }
}
