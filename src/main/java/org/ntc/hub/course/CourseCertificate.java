package org.ntc.hub.course;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import io.vertx.core.json.JsonObject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.ntc.hub.course.CertificateRepository.Completion;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Localised;
import org.ntc.hub.platform.PdfFonts;

/**
 * A certificate of completion as PDF (OpenPDF) in {@code lang}: the centre, the learner, the course
 * and its estimated length, when it was finished, its modules, and the code and address that verify
 * it. CPU only: call it off the event loop.
 */
final class CourseCertificate {
  private CourseCertificate() {}

  static byte[] pdf(Completion completion, String lang, String verifyUrl) {
    CourseContent course = completion.shown();
    return PdfFonts.write(I18n.text(lang, "course.certificate.title"), lang, (document, fonts) -> {
      Font body = fonts.font(false, 12);
      Font name = fonts.font(true, 18);
      document.add(PdfFonts.centred(I18n.text(lang, "site.name"), fonts.font(false, 14), 24));
      document.add(PdfFonts.centred(I18n.text(lang, "course.certificate.title"), fonts.font(true, 24), 30));
      document.add(PdfFonts.centred(I18n.text(lang, "certificate.certifies"), body, 14));
      document.add(PdfFonts.centred(completion.learnerName(), name, 14));
      document.add(PdfFonts.centred(I18n.text(lang, "course.certificate.completed"), body, 10));
      document.add(PdfFonts.centred(course.title().in(lang), name, 14));
      document.add(PdfFonts.centred(I18n.text(lang, "course.certificate.duration", CoursePages.duration(course, lang)), body, 6));
      document.add(PdfFonts.centred(I18n.text(lang, "course.certificate.date", date(completion, lang)), body, 24));
      document.add(PdfFonts.centred(I18n.text(lang, "course.certificate.modules"), fonts.font(true, 12), 6));
      java.util.List<JsonObject> modules = course.modules();
      for (int m = 0; m < modules.size(); m++) {
        String title = Localised.of(modules.get(m).getJsonObject("title")).in(lang);
        document.add(PdfFonts.centred((m + 1) + ". " + title, body, 2));
      }
      Font small = fonts.font(false, 10);
      document.add(PdfFonts.centred(" ", small, 18));
      document.add(PdfFonts.centred(I18n.text(lang, "course.certificate.code", completion.code()), small, 4));
      document.add(PdfFonts.centred(I18n.text(lang, "course.certificate.verifyAt"), small, 2));
      document.add(unbroken(verifyUrl, small));
    });
  }

  /**
   * The address on a line of its own, never broken at the hyphens a code may hold: a reader who types
   * it from paper would otherwise take the line break for part of the code.
   */
  private static Paragraph unbroken(String url, Font font) {
    Chunk chunk = new Chunk(url, font);
    chunk.setSplitCharacter((current, start, end, chars, chunks) -> false);
    Paragraph paragraph = new Paragraph(chunk);
    paragraph.setAlignment(Element.ALIGN_CENTER);
    return paragraph;
  }

  /** The day the course was finished, as a reader of {@code lang} writes a date ("5. joulukuuta 2026"). */
  static String date(Completion completion, String lang) {
    DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(lang));
    return completion.completedAt().atZoneSameInstant(CertificateService.zone(lang)).format(format);
  }
}
