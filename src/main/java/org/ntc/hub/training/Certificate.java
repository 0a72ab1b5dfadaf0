package org.ntc.hub.training;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.ntc.hub.platform.I18n;

/** A certificate of attendance as PDF (OpenPDF), in the participant's language. CPU only: call it off the event loop. */
final class Certificate {
  private Certificate() {}

  static byte[] pdf(Training training, String participant, String lang) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 72, 72, 96, 72);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(I18n.text(lang, "certificate.title"));
      document.addCreator("NTC Hub");
      document.open();
      Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 24);
      Font body = FontFactory.getFont(FontFactory.HELVETICA, 13);
      Font name = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
      document.add(centred(I18n.text(lang, "certificate.title"), heading, 36));
      document.add(centred(I18n.text(lang, "certificate.certifies"), body, 18));
      document.add(centred(participant, name, 18));
      document.add(centred(I18n.text(lang, "certificate.attended"), body, 12));
      document.add(centred(training.title().in(lang), name, 12));
      DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(lang));
      document.add(centred(training.startsAt().atZoneSameInstant(training.zone()).format(date) + ", "
          + I18n.text(lang, "contactPoint.name." + training.contactPoint()), body, 48));
      document.add(centred(I18n.text(lang, "site.name"), body, 0));
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("certificate could not be written", e);
    }
    return out.toByteArray();
  }

  private static Paragraph centred(String text, Font font, float after) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setAlignment(Element.ALIGN_CENTER);
    paragraph.setSpacingAfter(after);
    return paragraph;
  }
}
