package org.ntc.hub.insight;

import io.vertx.ext.web.Router;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.WebContext;

/**
 * {@code GET /api/v1/indicators} and {@code …/indicators.csv}: the public aggregate for anyone; staff
 * also get the figures per contact point and may narrow them to one.
 */
public class InsightRoutes {
  private final InsightService insight;

  public InsightRoutes(InsightService insight) {
    this.insight = insight;
  }

  public void mount(Router router) {
    router.get("/api/v1/indicators").respond(ctx -> insight
        .indicators(IndicatorQuery.from(ctx.queryParams(), insight.today()), WebContext.viewer(ctx)).map(Indicators::toJson));
    router.get("/api/v1/indicators.csv").handler(ctx -> {
      IndicatorQuery query = IndicatorQuery.from(ctx.queryParams(), insight.today());
      String lang = Languages.of(ctx);
      insight.indicators(query, WebContext.viewer(ctx))
          .onSuccess(indicators -> ctx.response().putHeader("Content-Type", "text/csv; charset=utf-8")
              .putHeader("Content-Disposition", "attachment; filename=\"indicators-" + query.from() + "-" + query.to() + ".csv\"")
              .putHeader("Cache-Control", "private, no-store")
              .end(IndicatorsCsv.write(indicators, lang)))
          .onFailure(ctx::fail);
    });
  }
}
