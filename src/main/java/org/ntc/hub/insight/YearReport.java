package org.ntc.hub.insight;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import io.vertx.core.Context;
import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.PdfFonts;

/**
 * The yearly mapping report as PDF (OpenPDF): a title page, the map drawn from the same figures and
 * projection as the page's SVG ({@link MapPdf}), each indicator as a bar chart with its numbers, and
 * the year's pilots with their evaluations ({@link PilotSection}). CPU only: call it off the event loop.
 */
final class YearReport {
  private YearReport() {}

  record Content(int year, Indicators indicators, MapFigures map, List<InsightRepository.YearPilot> pilots) {}

  static String title(int year, String lang) {
    return I18n.text(lang, "insight.report.title", String.valueOf(year));
  }

  static byte[] pdf(Content content, String lang) {
    if (Context.isOnEventLoopThread()) throw new IllegalStateException("reports are written on a worker, never an event loop");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 56, 56, 56, 56);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      document.addTitle(title(content.year(), lang));
      writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString(lang));
      document.addCreator("NTC Hub");
      document.open();
      PdfFonts fonts = PdfFonts.load();
      titlePage(document, content, fonts, lang);
      document.newPage();
      document.add(heading(I18n.text(lang, "insight.map.heading"), fonts));
      document.add(new Paragraph(I18n.text(lang, "insight.report.mapNote"), fonts.font(false, 10)));
      Image map = Image.getInstance(MapPdf.draw(writer.getDirectContent(), content.map(), fonts));
      map.scaleToFit(380, 560);
      map.setAlignment(Element.ALIGN_CENTER);
      document.add(map);
      document.add(MapPdf.table(content.map(), fonts, lang));
      document.newPage();
      document.add(heading(I18n.text(lang, "insight.indicators.heading"), fonts));
      for (Indicator indicator : Indicator.values()) chart(document, writer, content.indicators(), indicator, fonts, lang);
      document.newPage();
      PilotSection.add(document, content.pilots(), fonts, lang);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("report could not be written", e);
    }
    return out.toByteArray();
  }

  private static void titlePage(Document document, Content content, PdfFonts fonts, String lang) throws DocumentException {
    Paragraph title = new Paragraph(title(content.year(), lang), fonts.font(true, 28));
    title.setSpacingBefore(200);
    title.setSpacingAfter(24);
    document.add(title);
    document.add(new Paragraph(I18n.text(lang, "site.name"), fonts.font(false, 14)));
    Paragraph summary = new Paragraph(I18n.text(lang, "insight.report.summary", content.indicators().total(Indicator.ADOPTIONS),
        content.map().adoptions(), content.indicators().total(Indicator.PILOTS), content.indicators().total(Indicator.TRAININGS)),
        fonts.font(false, 12));
    summary.setSpacingBefore(36);
    document.add(summary);
  }

  static Paragraph heading(String text, PdfFonts fonts) {
    Paragraph heading = new Paragraph(text, fonts.font(true, 18));
    heading.setSpacingAfter(12);
    return heading;
  }

  private static void chart(Document document, PdfWriter writer, Indicators indicators, Indicator indicator, PdfFonts fonts,
                            String lang) throws DocumentException {
    List<YearMonth> months = indicators.query().months();
    Paragraph name = new Paragraph(I18n.text(lang, "insight.indicator." + indicator.code()) + ": "
        + indicators.total(indicator), fonts.font(true, 12));
    name.setSpacingBefore(10);
    document.add(name);
    PdfTemplate bars = writer.getDirectContent().createTemplate(480, 70);
    long max = Math.max(1, months.stream().mapToLong(m -> indicators.count(indicator, m)).max().orElse(0));
    double slot = 480.0 / months.size();
    bars.setRGBColorFill(0x1f, 0x5f, 0x8b);
    for (int i = 0; i < months.size(); i++) {
      double h = 60.0 * indicators.count(indicator, months.get(i)) / max;
      bars.rectangle((float) (i * slot + slot * 0.15), 5, (float) (slot * 0.7), (float) h);
    }
    bars.fill();
    bars.setRGBColorStroke(0x44, 0x44, 0x44);
    bars.moveTo(0, 5);
    bars.lineTo(480, 5);
    bars.stroke();
    document.add(Image.getInstance(bars));
    PdfPTable table = new PdfPTable(months.size());
    table.setWidthPercentage(100);
    Locale locale = Locale.forLanguageTag(lang);
    for (YearMonth month : months) table.addCell(new Phrase(ChartSvg.monthLabel(month, locale), fonts.font(false, 6)));
    for (YearMonth month : months) table.addCell(new Phrase(String.valueOf(indicators.count(indicator, month)), fonts.font(false, 8)));
    document.add(table);
  }
}
