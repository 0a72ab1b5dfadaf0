package org.ntc.hub.insight;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** A bar chart of one indicator per month, as inline SVG; the page always puts its numbers in a table beside it. */
final class ChartSvg {
  static final double WIDTH = 320;
  static final double HEIGHT = 160;
  private static final double LEFT = 30;
  private static final double BOTTOM = 20;
  private static final double TOP = 10;

  private ChartSvg() {}

  static String draw(String id, String title, String description, List<YearMonth> months, List<Long> counts, String lang) {
    long max = Math.max(1, counts.stream().mapToLong(Long::longValue).max().orElse(0));
    double plot = HEIGHT - BOTTOM - TOP;
    double slot = (WIDTH - LEFT) / Math.max(1, months.size());
    StringBuilder svg = new StringBuilder(2_000);
    svg.append("<svg class=\"insight-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(MapSvg.fmt(WIDTH)).append(' ').append(MapSvg.fmt(HEIGHT)).append("\" role=\"img\" aria-labelledby=\"")
        .append(id).append("-title ").append(id).append("-desc\" focusable=\"false\">")
        .append("<title id=\"").append(id).append("-title\">").append(MapSvg.esc(title)).append("</title>")
        .append("<desc id=\"").append(id).append("-desc\">").append(MapSvg.esc(description)).append("</desc>");
    svg.append("<line class=\"insight-axis\" x1=\"").append(MapSvg.fmt(LEFT)).append("\" y1=\"").append(MapSvg.fmt(HEIGHT - BOTTOM))
        .append("\" x2=\"").append(MapSvg.fmt(WIDTH)).append("\" y2=\"").append(MapSvg.fmt(HEIGHT - BOTTOM)).append("\"/>");
    svg.append("<text class=\"insight-scale\" x=\"").append(MapSvg.fmt(LEFT - 4)).append("\" y=\"").append(MapSvg.fmt(TOP + 4))
        .append("\" text-anchor=\"end\">").append(max).append("</text>");
    svg.append("<text class=\"insight-scale\" x=\"").append(MapSvg.fmt(LEFT - 4)).append("\" y=\"").append(MapSvg.fmt(HEIGHT - BOTTOM))
        .append("\" text-anchor=\"end\">0</text>");
    int every = Math.max(1, (int) Math.ceil(months.size() / 12.0));
    Locale locale = Locale.forLanguageTag(lang);
    for (int i = 0; i < months.size(); i++) {
      double h = plot * counts.get(i) / max;
      double x = LEFT + i * slot + slot * 0.15;
      svg.append("<rect class=\"insight-bar\" x=\"").append(MapSvg.fmt(x)).append("\" y=\"")
          .append(MapSvg.fmt(HEIGHT - BOTTOM - h)).append("\" width=\"").append(MapSvg.fmt(slot * 0.7))
          .append("\" height=\"").append(MapSvg.fmt(h)).append("\"/>");
      if (i % (every * (months.size() > 6 ? 2 : 1)) == 0) {
        svg.append("<text class=\"insight-scale\" x=\"").append(MapSvg.fmt(x + slot * 0.35)).append("\" y=\"")
            .append(MapSvg.fmt(HEIGHT - 5)).append("\" text-anchor=\"middle\">")
            .append(MapSvg.esc(monthLabel(months.get(i), locale))).append("</text>");
      }
    }
    return svg.append("</svg>").toString();
  }

  /** "Mar 27": short enough to stand under a bar. */
  static String monthLabel(YearMonth month, Locale locale) {
    return month.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale) + " " + String.format("%02d", month.getYear() % 100);
  }
}
