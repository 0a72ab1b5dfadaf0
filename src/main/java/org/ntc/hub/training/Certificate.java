package org.ntc.hub.training;

import com.lowagie.text.Font;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.PdfFonts;

/**
 * A certificate of attendance as PDF (OpenPDF), in the participant's language. CPU only: call it off the event loop.
 * The text is set in the embedded {@link PdfFonts}.
 */
final class Certificate {
  private Certificate() {}

  /** Reads the fonts and loads OpenPDF, so that the first certificate asked for is not slower than the rest. */
  static void warmUp() {
    PdfFonts.warmUp();
  }

  static byte[] pdf(Training training, String participant, String lang) {
    return PdfFonts.write(I18n.text(lang, "certificate.title"), lang, (document, fonts) -> {
      Font heading = fonts.font(true, 24);
      Font body = fonts.font(false, 13);
      Font name = fonts.font(true, 18);
      document.add(PdfFonts.centred(I18n.text(lang, "certificate.title"), heading, 36));
      document.add(PdfFonts.centred(I18n.text(lang, "certificate.certifies"), body, 18));
      document.add(PdfFonts.centred(participant, name, 18));
      document.add(PdfFonts.centred(I18n.text(lang, "certificate.attended"), body, 12));
      document.add(PdfFonts.centred(training.title().in(lang), name, 12));
      DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(lang));
      document.add(PdfFonts.centred(training.startsAt().atZoneSameInstant(training.zone()).format(date) + ", "
          + training.contactPoint().place(lang), body, 48));
      document.add(PdfFonts.centred(I18n.text(lang, "site.name"), body, 0));
    });
  }
}
