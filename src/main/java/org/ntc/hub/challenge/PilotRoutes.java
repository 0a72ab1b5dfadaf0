package org.ntc.hub.challenge;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.util.UUID;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.WebContext;

/** {@code /api/v1/pilots}. */
public final class PilotRoutes {
  private final PilotService pilots;

  public PilotRoutes(PilotService pilots) {
    this.pilots = pilots;
  }

  public void mount(Router router) {
    router.post("/api/v1/pilots").respond(ctx -> {
      JsonObject body = Bodies.json(ctx);
      Viewer viewer = WebContext.viewer(ctx).requireStaff();
      return pilots.start(NewPilot.from(body, viewer.staffContactPoint().flatMap(Site::find)), viewer).map(pilot -> {
        ctx.response().setStatusCode(201);
        return pilot.toJson(Languages.of(ctx));
      });
    });
    router.get("/api/v1/pilots").respond(ctx -> {
      PilotQuery query = PilotQuery.from(Bodies.query(ctx.queryParams()));
      Paging paging = Paging.from(ctx.queryParams(), 20);
      return pilots.list(query, paging, WebContext.viewer(ctx)).map(list -> list.toJson(paging, Languages.of(ctx)));
    });
    router.get("/api/v1/pilots/:id").respond(ctx -> pilots.view(Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .map(view -> view.pilot().toJson(Languages.of(ctx))));
    router.patch("/api/v1/pilots/:id").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      JsonObject body = Bodies.json(ctx);
      Viewer viewer = WebContext.viewer(ctx).requireStaff();
      return pilots.update(id, PilotChange.from(body), viewer).map(pilot -> pilot.toJson(Languages.of(ctx)));
    });
    router.put("/api/v1/pilots/:id/evaluation").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      Viewer viewer = WebContext.viewer(ctx).requireStaff();
      PilotEvaluation evaluation = PilotEvaluation.from(Bodies.json(ctx));
      return pilots.evaluate(id, evaluation, viewer, WebContext.address(ctx)).map(pilot -> pilot.toJson(Languages.of(ctx)));
    });
  }
}
