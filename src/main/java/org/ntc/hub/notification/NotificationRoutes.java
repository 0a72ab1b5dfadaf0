package org.ntc.hub.notification;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.WebContext;

/** {@code /api/v1/me/notifications} and the account page's mark-as-read forms. */
public final class NotificationRoutes {
  private final NotificationService notifications;

  public NotificationRoutes(NotificationService notifications) {
    this.notifications = notifications;
  }

  public void mount(Router router) {
    router.get("/api/v1/me/notifications").respond(ctx -> notifications
        .list(WebContext.viewer(ctx), Paging.from(ctx.queryParams(), 20))
        .map(page -> page.toJson(Languages.of(ctx))));
    router.post("/api/v1/me/notifications/read-all").respond(ctx -> notifications.markAllRead(WebContext.viewer(ctx))
        .map(marked -> new JsonObject().put("marked", marked).put("unread", 0)));
    router.post("/api/v1/me/notifications/:id/read").respond(ctx -> notifications
        .markRead(Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .map(n -> n.toJson(Languages.of(ctx))));

    router.post("/account/notifications/read-all").handler(ctx -> notifications.markAllRead(WebContext.viewer(ctx))
        .onSuccess(done -> Forms.redirect(ctx, "/account#notifications")).onFailure(ctx::fail));
    router.post("/account/notifications/:id/read").handler(ctx -> notifications.markRead(Ids.path(ctx, "id"),
            WebContext.viewer(ctx))
        .onSuccess(n -> Forms.redirect(ctx, n.link())).onFailure(ctx::fail));
  }
}
