package org.ntc.hub.training;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import io.vertx.core.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.ntc.hub.platform.I18n;

/**
 * A certificate of attendance as PDF (OpenPDF), in the participant's language. CPU only: call it off the event loop.
 * The text is set in DejaVu Sans, embedded: PDF's built-in Helvetica knows only Latin-1, and names are
 * Sámi, Finnish, Swedish, Greek, Cyrillic…
 */
final class Certificate {
  private static final String REGULAR = "fonts/DejaVuSans.ttf";
  private static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

  private Certificate() {}

  /** The font files, read once, on the worker that writes the first certificate. */
  private static final class Fonts {
    static final byte[] REGULAR_BYTES = read(REGULAR);
    static final byte[] BOLD_BYTES = read(BOLD);

    private static byte[] read(String resource) {
      try (InputStream in = Certificate.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) throw new IllegalStateException("missing font " + resource);
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Reads the fonts and loads OpenPDF, so that the first certificate asked for is not slower than the rest. */
  static void warmUp() {
    font(BOLD, Fonts.BOLD_BYTES);
  }

  // A font per document: OpenPDF reads the glyphs back when it writes the subset, not safe to share across threads.
  private static BaseFont font(String resource, byte[] bytes) {
    try {
      return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("font " + resource + " could not be read", e);
    }
  }

  static byte[] pdf(Training training, String participant, String lang) {
    if (Context.isOnEventLoopThread()) throw new IllegalStateException("certificates are written on a worker, never an event loop");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 72, 72, 96, 72);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(I18n.text(lang, "certificate.title"));
      document.addCreator("NTC Hub");
      document.open();
      BaseFont regular = font(REGULAR, Fonts.REGULAR_BYTES);
      BaseFont bold = font(BOLD, Fonts.BOLD_BYTES);
      Font heading = new Font(bold, 24);
      Font body = new Font(regular, 13);
      Font name = new Font(bold, 18);
      document.add(centred(I18n.text(lang, "certificate.title"), heading, 36));
      document.add(centred(I18n.text(lang, "certificate.certifies"), body, 18));
      document.add(centred(participant, name, 18));
      document.add(centred(I18n.text(lang, "certificate.attended"), body, 12));
      document.add(centred(training.title().in(lang), name, 12));
      DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(lang));
      document.add(centred(training.startsAt().atZoneSameInstant(training.zone()).format(date) + ", "
          + training.contactPoint().place(lang), body, 48));
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
