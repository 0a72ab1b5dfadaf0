package org.ntc.hub.insight;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import io.vertx.core.json.JsonObject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.ntc.hub.evidence.MastDomain;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.PdfFonts;
import org.ntc.hub.platform.Site;

/** The report's last part: the year's pilots whose outcome is public, each with its MAST evaluation if one was made. */
final class PilotSection {
  private PilotSection() {}

  static void add(Document document, List<InsightRepository.YearPilot> pilots, PdfFonts fonts, String lang)
      throws DocumentException {
    document.add(YearReport.heading(I18n.text(lang, "insight.report.pilots"), fonts));
    if (pilots.isEmpty()) {
      document.add(new Paragraph(I18n.text(lang, "insight.report.noPilots"), fonts.font(false, 11)));
      return;
    }
    DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag(lang));
    for (InsightRepository.YearPilot pilot : pilots) {
      Paragraph title = new Paragraph(pilot.title().in(lang), fonts.font(true, 12));
      title.setSpacingBefore(12);
      document.add(title);
      String where = Site.find(pilot.contactPoint()).map(s -> s.name(lang)).orElse("");
      document.add(new Paragraph(I18n.text(lang, "insight.report.pilotLine", pilot.careOrganisation(), pilot.company(),
          pilot.startsOn().format(dates), pilot.endsOn().format(dates), I18n.text(lang, "pilot.status." + pilot.status()), where),
          fonts.font(false, 10)));
      if (pilot.evaluation() == null) {
        document.add(new Paragraph(I18n.text(lang, "insight.report.notEvaluated"), fonts.font(false, 10)));
        continue;
      }
      evaluation(document, pilot.evaluation(), fonts, lang);
    }
  }

  private static void evaluation(Document document, JsonObject evaluation, PdfFonts fonts, String lang)
      throws DocumentException {
    String level = evaluation.getJsonObject("maturity", new JsonObject()).getString("level");
    if (level != null) {
      document.add(new Paragraph(I18n.text(lang, "evaluation.maturity") + ": " + I18n.text(lang, "maturity." + level),
          fonts.font(false, 10)));
    }
    JsonObject domains = evaluation.getJsonObject("domains", new JsonObject());
    for (MastDomain domain : MastDomain.values()) {
      JsonObject given = domains.getJsonObject(domain.code());
      if (given == null) continue;
      String rating = given.getString("rating", "not-assessed");
      Object finding = given.getValue("finding");
      String text = finding instanceof JsonObject json ? Localised.of(json).in(lang) : "";
      Paragraph line = new Paragraph(I18n.text(lang, "mast.domain." + domain.code()) + ": " + I18n.text(lang, "mast.rating." + rating)
          + (text == null || text.isBlank() ? "" : " — " + text), fonts.font(false, 9));
      line.setIndentationLeft(12);
      document.add(line);
    }
  }
}
