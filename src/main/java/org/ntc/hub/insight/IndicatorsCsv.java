package org.ntc.hub.insight;

import java.time.YearMonth;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Site;

/**
 * The indicators as CSV (RFC 4180: a header row, CRLF, fields quoted when they hold a comma, quote or
 * line break). A cell that a spreadsheet would run as a formula (starting with = + - @, tab or CR)
 * gets a leading apostrophe, so a contact point's name cannot become one.
 */
final class IndicatorsCsv {
  private IndicatorsCsv() {}

  static String write(Indicators indicators, String lang) {
    StringBuilder csv = new StringBuilder(4_096);
    row(csv, "indicator", "label", "contact_point", "period", "count");
    IndicatorQuery query = indicators.query();
    String period = query.from() + "/" + query.to();
    for (Indicator indicator : Indicator.values()) {
      String label = I18n.text(lang, "insight.indicator." + indicator.code());
      for (YearMonth month : query.months()) {
        row(csv, indicator.code(), label, "", month.toString(), String.valueOf(indicators.count(indicator, month)));
      }
      row(csv, indicator.code(), label, "", period, String.valueOf(indicators.total(indicator)));
    }
    for (Indicators.OrganisationCount o : indicators.organisations()) {
      row(csv, "organisations", I18n.text(lang, "organisation.type." + o.type()) + ", " + I18n.text(lang, "country." + o.country()),
          "", period, String.valueOf(o.count()));
    }
    if (indicators.byContactPoint() != null) {
      for (Indicators.ContactPointCount cp : indicators.byContactPoint()) {
        String name = Site.find(cp.contactPoint()).map(s -> s.name(lang)).orElse(cp.contactPoint());
        cp.counts().forEach((indicator, n) -> row(csv, indicator.code(),
            I18n.text(lang, "insight.indicator." + indicator.code()), name, period, String.valueOf(n)));
      }
    }
    return csv.toString();
  }

  private static void row(StringBuilder csv, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) csv.append(',');
      csv.append(cell(cells[i]));
    }
    csv.append("\r\n");
  }

  static String cell(String value) {
    String text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) text = "'" + text;
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) return text;
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
