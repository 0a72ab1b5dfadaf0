package org.ntc.hub.challenge;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.util.UUID;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.WebContext;

/** {@code /api/v1/organisations/{id}/follows}. */
public final class FollowRoutes {
  private final FollowService follows;

  public FollowRoutes(FollowService follows) {
    this.follows = follows;
  }

  public void mount(Router router) {
    router.get("/api/v1/organisations/:id/follows").respond(ctx -> follows.of(Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .map(Follows::toJson));
    router.put("/api/v1/organisations/:id/follows").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      JsonObject body = Bodies.json(ctx);
      Viewer viewer = follows.requireChooser(id, WebContext.viewer(ctx));
      return follows.choose(id, FollowsChange.from(body), viewer).map(Follows::toJson);
    });
  }
}
