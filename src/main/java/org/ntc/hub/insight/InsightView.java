package org.ntc.hub.insight;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ntc.hub.adoption.AdoptionStatus;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Viewer;

/** The {@code /insight} page's model: the map with its table, the filter forms, each chart with its numbers. */
final class InsightView {
  private InsightView() {}

  static Map<String, Object> map(MapFigures figures, List<String> categories, String lang) {
    Map<String, Object> model = new HashMap<>();
    model.put("mapSvg", MapSvg.draw(figures, lang));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (MapFigures.RegionFigure figure : figures.regions()) {
      rows.add(Map.of("id", figure.region().id(), "name", figure.region().name(lang),
          "country", I18n.text(lang, "country." + figure.region().country()),
          "adoptions", figure.adoptions(), "pilots", figure.pilots()));
    }
    model.put("mapRows", rows);
    model.put("mapAdoptions", figures.adoptions());
    model.put("mapPilots", figures.pilots());
    model.put("categories", categories.stream().map(c -> Map.of("value", c, "label", I18n.text(lang, "category." + c),
        "selected", c.equals(figures.category()))).toList());
    List<Map<String, Object>> statuses = new ArrayList<>();
    for (AdoptionStatus status : AdoptionStatus.values()) {
      statuses.add(Map.of("value", status.code(), "label", I18n.text(lang, "insight.status." + status.code()),
          "selected", status == figures.status()));
    }
    model.put("statuses", statuses);
    model.put("mapCategory", figures.category() == null ? "" : figures.category());
    model.put("mapStatus", figures.status() == null ? "" : figures.status().code());
    return model;
  }

  static Map<String, Object> indicators(Indicators indicators, Viewer viewer, String lang, String csvQuery) {
    Map<String, Object> model = new HashMap<>();
    IndicatorQuery query = indicators.query();
    model.put("from", query.from().toString());
    model.put("to", query.to().toString());
    model.put("country", query.country() == null ? "" : query.country().name());
    model.put("contactPoint", query.contactPoint() == null ? "" : query.contactPoint().id());
    model.put("countries", IndicatorQuery.COUNTRIES.stream().sorted().map(c -> Map.of("value", c,
        "label", I18n.text(lang, "country." + c), "selected", query.country() != null && query.country().name().equals(c))).toList());
    if (viewer.staff()) {
      model.put("staffView", true);
      model.put("sites", Site.values().stream().map(s -> Map.of("value", s.id(), "label", s.name(lang),
          "selected", s.equals(query.contactPoint()))).toList());
    }
    Locale locale = Locale.forLanguageTag(lang);
    List<YearMonth> months = query.months();
    List<Map<String, Object>> charts = new ArrayList<>();
    for (Indicator indicator : Indicator.values()) {
      String title = I18n.text(lang, "insight.indicator." + indicator.code());
      List<Long> counts = months.stream().map(m -> indicators.count(indicator, m)).toList();
      List<Map<String, Object>> rows = new ArrayList<>();
      for (int i = 0; i < months.size(); i++) {
        rows.add(Map.of("month", months.get(i).getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale)
            + " " + months.get(i).getYear(), "count", counts.get(i)));
      }
      String id = "chart-" + indicator.code();
      charts.add(Map.of("id", id, "title", title, "total", indicators.total(indicator), "rows", rows,
          "svg", ChartSvg.draw(id, title, I18n.text(lang, "insight.chart.desc", title, indicators.total(indicator)), months, counts, lang)));
    }
    model.put("charts", charts);
    model.put("organisations", indicators.organisations().stream().map(o -> Map.of(
        "type", I18n.text(lang, "organisation.type." + o.type()), "country", I18n.text(lang, "country." + o.country()),
        "count", o.count())).toList());
    if (indicators.byContactPoint() != null) {
      model.put("byContactPoint", indicators.byContactPoint().stream().map(cp -> Map.of(
          "name", Site.find(cp.contactPoint()).map(s -> s.name(lang)).orElse(""),
          "trainings", cp.counts().get(Indicator.TRAININGS), "participants", cp.counts().get(Indicator.PARTICIPANTS),
          "attendance", cp.counts().get(Indicator.ATTENDANCE), "pilots", cp.counts().get(Indicator.PILOTS))).toList());
    }
    model.put("csvUrl", "/api/v1/indicators.csv?" + csvQuery + "lang=" + lang);
    return model;
  }
}
