package org.ntc.hub.home;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import java.util.List;
import org.ntc.hub.contactpoint.ContactPoint;
import org.ntc.hub.showcase.ShowcaseResults;
import org.ntc.hub.showcase.ShowcaseSearch;
import org.ntc.hub.showcase.ShowcaseService;
import java.util.Map;
import org.ntc.hub.contactpoint.ContactPointRepository;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Views;

/** The front page: what NTC Hub is, and where its contact points are. */
public final class HomeRoutes {
  private static final MultiMap NEWEST = MultiMap.caseInsensitiveMultiMap().add("pageSize", "6");
  private final ContactPointRepository contactPoints;
  private final ShowcaseService showcases;
  private final Views views;

  public HomeRoutes(ContactPointRepository contactPoints, ShowcaseService showcases, Views views) {
    this.contactPoints = contactPoints;
    this.showcases = showcases;
    this.views = views;
  }

  public void mount(Router router) {
    router.get("/").handler(ctx -> {
      String lang = Languages.of(ctx);
      views.render(ctx, "home", Future.all(contactPoints.all(), showcases.search(ShowcaseSearch.from(NEWEST)))
          .map(all -> Map.of(
              "contactPoints", all.<List<ContactPoint>>resultAt(0).stream().map(cp -> cp.toJson(lang).getMap()).toList(),
              "newest", all.<ShowcaseResults>resultAt(1).items().stream().map(s -> s.toJson(lang).getMap()).toList())));
    });
  }
}
