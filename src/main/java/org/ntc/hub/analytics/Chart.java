package org.ntc.hub.analytics;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ntc.hub.platform.I18n;

/**
 * Views per month as bars in an SVG drawn on the server: the table beside it carries the same
 * numbers for screen readers and for anyone reading exact figures. A hidden count draws no bar.
 */
final class Chart {
  static final int HEIGHT = 160;
  static final int BAR = 24;
  static final int GAP = 8;

  private Chart() {}

  static Map<String, Object> of(List<ShowcaseAnalytics.Row> months, String lang, NumberFormat numbers) {
    long max = months.stream().map(ShowcaseAnalytics.Row::views).filter(v -> v != null).mapToLong(Long::longValue).max().orElse(0);
    DateTimeFormatter shortMonth = DateTimeFormatter.ofPattern("LLL", Locale.forLanguageTag(lang));
    List<Map<String, Object>> bars = new ArrayList<>();
    for (int i = 0; i < months.size(); i++) {
      ShowcaseAnalytics.Row row = months.get(i);
      Long views = row.views();
      int height = views == null || max == 0 ? 0 : (int) Math.max(views > 0 ? 2 : 0, Math.round(views * (double) HEIGHT / max));
      Map<String, Object> bar = new HashMap<>();
      int x = GAP + i * (BAR + GAP);
      bar.put("x", x);
      bar.put("y", 20 + HEIGHT - height);
      bar.put("height", height);
      bar.put("width", BAR);
      bar.put("labelX", x + BAR / 2);
      bar.put("label", YearMonth.parse(row.key()).format(shortMonth));
      bar.put("value", views == null ? "<" + Suppression.THRESHOLD : numbers.format(views));
      bar.put("valueY", 20 + HEIGHT - height - 4);
      bars.add(bar);
    }
    Map<String, Object> chart = new HashMap<>();
    chart.put("bars", bars);
    chart.put("width", GAP + months.size() * (BAR + GAP));
    chart.put("height", HEIGHT + 44);
    chart.put("axisY", HEIGHT + 20);
    chart.put("labelY", HEIGHT + 36);
    chart.put("description", I18n.text(lang, "analytics.chart.description"));
    return chart;
  }
}
