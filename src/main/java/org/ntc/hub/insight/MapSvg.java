package org.ntc.hub.insight;

import java.util.Locale;
import org.ntc.hub.platform.I18n;

/**
 * The map as inline SVG, drawn on the server: both countries' outlines, and per region a circle
 * sized by its adoptions and a square for its pilots, each with its number. The page puts the
 * same figures in a table beside it; the SVG is one image with a title and a description.
 */
final class MapSvg {
  private MapSvg() {}

  static String draw(MapFigures figures, String lang) {
    StringBuilder svg = new StringBuilder(8_000);
    svg.append("<svg class=\"insight-map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(fmt(Outline.WIDTH)).append(' ').append(fmt(Outline.HEIGHT))
        .append("\" role=\"img\" aria-labelledby=\"insight-map-title insight-map-desc\" focusable=\"false\">")
        .append("<title id=\"insight-map-title\">").append(esc(I18n.text(lang, "insight.map.title"))).append("</title>")
        .append("<desc id=\"insight-map-desc\">")
        .append(esc(I18n.text(lang, "insight.map.desc", figures.adoptions(), figures.pilots()))).append("</desc>");
    svg.append("<g class=\"insight-land\">");
    for (Outline.Ring ring : Outline.rings()) {
      svg.append("<path d=\"");
      for (int i = 0; i < ring.points().size(); i++) {
        double[] p = ring.points().get(i);
        svg.append(i == 0 ? 'M' : 'L').append(fmt(p[0])).append(',').append(fmt(p[1]));
      }
      svg.append("Z\"/>");
    }
    svg.append("</g>");
    for (MapFigures.RegionFigure figure : figures.regions()) marker(svg, figure);
    return svg.append("</svg>").toString();
  }

  private static void marker(StringBuilder svg, MapFigures.RegionFigure figure) {
    double x = Outline.x(figure.region().longitude());
    double y = Outline.y(figure.region().latitude());
    svg.append("<g class=\"insight-region\" data-region=\"").append(figure.region().id())
        .append("\" data-adoptions=\"").append(figure.adoptions())
        .append("\" data-pilots=\"").append(figure.pilots()).append("\">");
    if (figure.empty()) {
      svg.append("<circle class=\"insight-none\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
          .append("\" r=\"").append(fmt(MapFigures.radius(0))).append("\"/>");
      svg.append("</g>");
      return;
    }
    if (figure.adoptions() > 0) {
      double r = MapFigures.radius(figure.adoptions());
      svg.append("<circle class=\"insight-adoptions\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
          .append("\" r=\"").append(fmt(r)).append("\"/>");
      label(svg, x, y, figure.adoptions());
    }
    if (figure.pilots() > 0) {
      double side = 13;
      double px = x + MapFigures.radius(figure.adoptions()) - 2;
      double py = y - side - 2;
      svg.append("<rect class=\"insight-pilots\" x=\"").append(fmt(px)).append("\" y=\"").append(fmt(py))
          .append("\" width=\"").append(fmt(side)).append("\" height=\"").append(fmt(side)).append("\"/>");
      label(svg, px + side / 2, py + side / 2, figure.pilots());
    }
    svg.append("</g>");
  }

  private static void label(StringBuilder svg, double x, double y, long count) {
    svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y + 3.5))
        .append("\" text-anchor=\"middle\">").append(count).append("</text>");
  }

  static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** Text for SVG markup: the five characters XML reserves. */
  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
