package org.ntc.hub.opendata;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Views;

/** {@code /open-data}: what the datasets and feeds are, where to get them and under which licence. */
public final class OpenDataPages {
  private final Views views;

  public OpenDataPages(Views views) {
    this.views = views;
  }

  public void mount(Router router) {
    router.get("/open-data").handler(this::show);
  }

  private void show(RoutingContext ctx) {
    String lang = Languages.of(ctx);
    List<Map<String, Object>> datasets = new ArrayList<>();
    for (Dataset dataset : Dataset.values()) {
      String code = dataset.code();
      datasets.add(Map.of(
          "code", code,
          "title", I18n.text(lang, "openData.dataset." + code),
          "description", I18n.text(lang, "openData.dataset." + code + ".description"),
          "json", "/api/v1/open-data/" + code + ".json",
          "csv", "/api/v1/open-data/" + code + ".csv",
          "fields", dataset.fields.stream().map(f -> f.shape() == Field.Shape.LOCALISED
              ? f.name() + "_en, " + f.name() + "_fi, " + f.name() + "_sv" : f.name()).toList()));
    }
    List<Map<String, Object>> feeds = new ArrayList<>();
    for (Feed feed : Feed.values()) {
      feeds.add(Map.of("title", I18n.text(lang, feed.titleKey), "href", "/feeds/" + feed.code() + ".atom?lang=" + lang));
    }
    views.page(ctx, "opendata/index", Map.of("datasets", datasets, "feeds", feeds,
        "licenceUrl", OpenDataService.LICENCE_URL)).onFailure(ctx::fail);
  }
}
