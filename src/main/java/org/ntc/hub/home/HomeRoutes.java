package org.ntc.hub.home;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import java.util.List;
import java.util.Map;
import org.ntc.hub.contactpoint.ContactPoint;
import org.ntc.hub.contactpoint.ContactPointService;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Terms;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;
import org.ntc.hub.showcase.ShowcaseCards;
import org.ntc.hub.showcase.ShowcaseResults;
import org.ntc.hub.showcase.ShowcaseSearch;
import org.ntc.hub.showcase.ShowcaseService;
import org.ntc.hub.situation.SituationPages;

/** The front page: what NTC Hub is, a search, ways in by life situation, the newest showcases, and the contact points. */
public final class HomeRoutes {
  private static final MultiMap NEWEST = MultiMap.caseInsensitiveMultiMap().add("pageSize", "6");
  private final ContactPointService contactPoints;
  private final ShowcaseService showcases;
  private final Views views;

  public HomeRoutes(ContactPointService contactPoints, ShowcaseService showcases, Views views) {
    this.contactPoints = contactPoints;
    this.showcases = showcases;
    this.views = views;
  }

  public void mount(Router router) {
    router.get("/").handler(ctx -> {
      String lang = Languages.of(ctx);
      Future<List<ContactPoint>> places = contactPoints.all();
      Future<ShowcaseResults> newest = showcases.search(ShowcaseSearch.from(NEWEST));
      boolean plain = Terms.plainFor(WebContext.viewer(ctx));
      views.render(ctx, "home", Future.all(places, newest).map(all -> Map.of(
          "contactPoints", places.result().stream().map(cp -> cp.toJson(lang).getMap()).toList(),
          "situations", SituationPages.entries(lang),
          "newest", newest.result().items().stream().map(s -> ShowcaseCards.card(s, lang, plain)).toList())));
    });
  }
}
