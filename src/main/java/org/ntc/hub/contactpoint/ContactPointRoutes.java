package org.ntc.hub.contactpoint;

import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.Router;
import java.util.Map;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Views;

public final class ContactPointRoutes {
  private final ContactPointRepository contactPoints;
  private final Views views;

  public ContactPointRoutes(ContactPointRepository contactPoints, Views views) {
    this.contactPoints = contactPoints;
    this.views = views;
  }

  public void mount(Router router) {
    router.get("/api/v1/contact-points").respond(ctx -> contactPoints.all()
        .map(list -> new JsonArray(list.stream().map(cp -> cp.toJson(Languages.of(ctx))).toList())));
    router.get("/api/v1/contact-points/:id").respond(ctx -> contactPoints.byId(ctx.pathParam("id"))
        .map(cp -> cp.toJson(Languages.of(ctx))));
    router.get("/contact-points/:id").handler(ctx -> views.render(ctx, "contactpoint/show",
        contactPoints.byId(ctx.pathParam("id")).map(cp -> Map.of("contactPoint", cp.toJson(Languages.of(ctx))))));
  }
}
