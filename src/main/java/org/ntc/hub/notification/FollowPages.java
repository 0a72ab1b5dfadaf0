package org.ntc.hub.notification;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.WebContext;

/** The Follow buttons on need and organisation pages: {@code follow=yes} follows, anything else stops following. */
public final class FollowPages {
  private final SettingsService settings;

  public FollowPages(SettingsService settings) {
    this.settings = settings;
  }

  public void mount(Router router) {
    router.post("/follows/challenges/:id").handler(Forms::signInFirst).handler(ctx -> {
      UUID id = Ids.path(ctx, "id");
      Forms.submit(() -> settings.followNeed(WebContext.viewer(ctx), id, follows(ctx)),
          done -> Forms.redirect(ctx, "/challenges/" + id), ctx::fail);
    });
    router.post("/follows/organisations/:id").handler(Forms::signInFirst).handler(ctx -> {
      UUID id = Ids.path(ctx, "id");
      Forms.submit(() -> settings.followOrganisation(WebContext.viewer(ctx), id, follows(ctx)),
          done -> Forms.redirect(ctx, "/organisations/" + id), ctx::fail);
    });
  }

  private static boolean follows(RoutingContext ctx) {
    return "yes".equals(ctx.request().getFormAttribute("follow"));
  }
}
