package org.ntc.hub.insight;

import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.PdfFonts;

/** The map in the report, drawn with PDF graphics from the same figures and projection as {@link MapSvg}. */
final class MapPdf {
  private MapPdf() {}

  static PdfTemplate draw(PdfContentByte canvas, MapFigures figures, PdfFonts fonts) {
    float height = (float) Outline.HEIGHT;
    PdfTemplate map = canvas.createTemplate((float) Outline.WIDTH, height);
    map.setRGBColorFill(0xe4, 0xea, 0xe0);
    map.setRGBColorStroke(0x7a, 0x86, 0x78);
    map.setLineWidth(0.6f);
    for (Outline.Ring ring : Outline.rings()) {
      for (int i = 0; i < ring.points().size(); i++) {
        double[] p = ring.points().get(i);
        if (i == 0) map.moveTo((float) p[0], height - (float) p[1]);
        else map.lineTo((float) p[0], height - (float) p[1]);
      }
      map.closePath();
      map.fillStroke();
    }
    for (MapFigures.RegionFigure figure : figures.regions()) {
      float x = (float) Outline.x(figure.region().longitude());
      float y = height - (float) Outline.y(figure.region().latitude());
      if (figure.empty()) {
        map.setRGBColorFill(0x99, 0x99, 0x99);
        map.circle(x, y, (float) MapFigures.radius(0));
        map.fill();
        continue;
      }
      if (figure.adoptions() > 0) {
        map.setRGBColorFill(0x1f, 0x5f, 0x8b);
        map.circle(x, y, (float) MapFigures.radius(figure.adoptions()));
        map.fill();
        label(map, fonts, x, y, figure.adoptions());
      }
      if (figure.pilots() > 0) {
        float side = 13;
        float px = x + (float) MapFigures.radius(figure.adoptions()) - 2;
        float py = y + 2;
        map.setRGBColorFill(0xa8, 0x4a, 0x00);
        map.rectangle(px, py, side, side);
        map.fill();
        label(map, fonts, px + side / 2, py + side / 2, figure.pilots());
      }
    }
    return map;
  }

  private static void label(PdfTemplate map, PdfFonts fonts, float x, float y, long count) {
    map.setRGBColorFill(0xff, 0xff, 0xff);
    map.beginText();
    map.setFontAndSize(fonts.bold(), 8);
    map.showTextAligned(PdfContentByte.ALIGN_CENTER, String.valueOf(count), x, y - 3, 0);
    map.endText();
  }

  /** The same figures as a table, as on the page: only the regions with something to count. */
  static PdfPTable table(MapFigures figures, PdfFonts fonts, String lang) {
    PdfPTable table = new PdfPTable(new float[] {4, 1.2f, 1.2f});
    table.setWidthPercentage(100);
    table.setSpacingBefore(12);
    table.setHeaderRows(1);
    table.addCell(new Phrase(I18n.text(lang, "insight.map.region"), fonts.font(true, 9)));
    table.addCell(new Phrase(I18n.text(lang, "insight.map.adoptions"), fonts.font(true, 9)));
    table.addCell(new Phrase(I18n.text(lang, "insight.map.pilots"), fonts.font(true, 9)));
    for (MapFigures.RegionFigure figure : figures.regions()) {
      if (figure.empty()) continue;
      table.addCell(new Phrase(figure.region().name(lang), fonts.font(false, 9)));
      table.addCell(new Phrase(String.valueOf(figure.adoptions()), fonts.font(false, 9)));
      table.addCell(new Phrase(String.valueOf(figure.pilots()), fonts.font(false, 9)));
    }
    table.addCell(new Phrase(I18n.text(lang, "insight.map.total"), fonts.font(true, 9)));
    table.addCell(new Phrase(String.valueOf(figures.adoptions()), fonts.font(true, 9)));
    table.addCell(new Phrase(String.valueOf(figures.pilots()), fonts.font(true, 9)));
    return table;
  }
}
