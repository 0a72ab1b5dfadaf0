package org.ntc.hub.home;

import io.vertx.ext.web.Router;
import java.util.Map;
import org.ntc.hub.contactpoint.ContactPointRepository;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Views;

/** The front page: what NTC Hub is, and where its contact points are. */
public final class HomeRoutes {
  private final ContactPointRepository contactPoints;
  private final Views views;

  public HomeRoutes(ContactPointRepository contactPoints, Views views) {
    this.contactPoints = contactPoints;
    this.views = views;
  }

  public void mount(Router router) {
    router.get("/").handler(ctx -> views.render(ctx, "home", contactPoints.all()
        .map(list -> Map.of("contactPoints", list.stream().map(cp -> cp.toJson(Languages.of(ctx)).getMap()).toList()))));
  }
}
