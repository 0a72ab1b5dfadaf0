package org.ntc.hub.insight;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.PageCache;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/**
 * {@code /insight}: the map of adoptions and pilots, the indicators for a period as charts each with
 * its table, links to the CSV and the yearly reports; and {@code /insight/report-{year}.pdf}. A visitor
 * who is not signed in may get a kept copy ({@link PageCache}): the map and the indicators as they were
 * at most a minute ago, or since the last live event. Anyone signed in, staff included, reads fresh figures.
 */
public class InsightPages {
  private final InsightService insight;
  private final Views views;
  private final List<String> categories;
  private final PageCache pages;

  public InsightPages(InsightService insight, Views views, List<String> categories, PageCache pages) {
    this.insight = insight;
    this.views = views;
    this.categories = categories;
    this.pages = pages;
  }

  public void mount(Router router) {
    router.get("/insight").handler(this::show);
    router.getWithRegex("/insight/report-(?<year>[0-9]{1,9})\\.pdf").handler(this::report);
  }

  private void show(RoutingContext ctx) {
    String lang = Languages.of(ctx);
    Viewer viewer = WebContext.viewer(ctx);
    MapFilter filter;
    IndicatorQuery query;
    try {
      filter = MapFilter.from(ctx.queryParams(), Set.copyOf(categories));
      query = IndicatorQuery.from(ctx.queryParams(), insight.today());
    } catch (RuntimeException e) {
      Forms.reshow(ctx, views, e, "insight/page", "insight.error", () -> model(ctx, MapFilter.from(
          MultiMap.caseInsensitiveMultiMap(), Set.copyOf(categories)),
          IndicatorQuery.from(MultiMap.caseInsensitiveMultiMap(), insight.today()), viewer, lang));
      return;
    }
    views.renderCached(ctx, pages, "insight/page", () -> model(ctx, filter, query, viewer, lang));
  }

  private Future<Map<String, Object>> model(RoutingContext ctx, MapFilter filter, IndicatorQuery query, Viewer viewer,
                                            String lang) {
    var map = insight.map(filter);
    var indicators = insight.indicators(query, viewer);
    return Future.all(map, indicators).map(all -> {
      Map<String, Object> model = new HashMap<>(InsightView.map(map.result(), categories, lang));
      model.putAll(InsightView.indicators(indicators.result(), viewer, lang, csvQuery(query)));
      List<Map<String, Object>> years = new ArrayList<>();
      for (int year = insight.today().getYear(); year >= InsightService.FIRST_YEAR && years.size() < 5; year--) {
        years.add(Map.of("year", String.valueOf(year), "url", "/insight/report-" + year + ".pdf?lang=" + lang));
      }
      model.put("reports", years);
      return model;
    });
  }

  private static String csvQuery(IndicatorQuery query) {
    StringBuilder q = new StringBuilder("from=").append(query.from()).append("&to=").append(query.to()).append('&');
    if (query.country() != null) q.append("country=").append(query.country().name()).append('&');
    if (query.contactPoint() != null) {
      q.append("contactPoint=").append(URLEncoder.encode(query.contactPoint().id(), StandardCharsets.UTF_8)).append('&');
    }
    return q.toString();
  }

  private void report(RoutingContext ctx) {
    int year = Integer.parseInt(ctx.pathParam("year"));
    if (!insight.reportYear(year)) {
      ctx.fail(new NotFound("No mapping report for " + year));
      return;
    }
    String lang = Languages.of(ctx);
    insight.report(year, lang, ctx.vertx())
        .onSuccess(pdf -> ctx.response().putHeader("Content-Type", "application/pdf")
            .putHeader("Content-Disposition", "inline; filename=\"ntc-mapping-report-" + year + "-" + lang + ".pdf\"")
            .putHeader("Cache-Control", "no-store")
            .end(Buffer.buffer(pdf)))
        .onFailure(ctx::fail);
  }
}
