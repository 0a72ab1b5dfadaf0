package org.ntc.hub.challenge;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.util.UUID;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.WebContext;

/** {@code /api/v1/challenges/{id}/cosign} (co-sign, withdraw) and {@code /api/v1/challenges/{id}/merge} for staff. */
public final class CosignRoutes {
  private final CosignService cosigns;

  public CosignRoutes(CosignService cosigns) {
    this.cosigns = cosigns;
  }

  public void mount(Router router) {
    router.post("/api/v1/challenges/:id/cosign").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      Viewer viewer = WebContext.viewer(ctx).requireSignedIn();
      JsonObject body = Bodies.json(ctx);
      return cosigns.cosign(id, NewCosign.from(body), viewer).map(c -> c.toJson(Languages.of(ctx)));
    });
    router.delete("/api/v1/challenges/:id/cosign/:organisationId").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      UUID organisationId = Ids.path(ctx, "organisationId");
      return cosigns.withdraw(id, organisationId, WebContext.viewer(ctx)).map(c -> c.toJson(Languages.of(ctx)));
    });
    router.post("/api/v1/challenges/:id/merge").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      Viewer viewer = WebContext.viewer(ctx).requireStaff();
      JsonObject body = Bodies.json(ctx);
      return cosigns.merge(id, Merge.from(body), viewer, WebContext.address(ctx)).map(c -> c.toJson(Languages.of(ctx)));
    });
  }
}
