package org.ntc.hub.platform;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import io.vertx.core.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of the PDFs we write (certificates, the year report): DejaVu Sans, embedded, since
 * PDF's built-in Helvetica knows only Latin-1 and names are Sámi, Finnish, Swedish, Greek,
 * Cyrillic… One instance per document: OpenPDF reads the glyphs back when it writes the subset,
 * which is not safe to share across threads. CPU and file work: use it off the event loop.
 */
public record PdfFonts(BaseFont regular, BaseFont bold) {
  private static final String REGULAR = "fonts/DejaVuSans.ttf";
  private static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

  /** The font files, read once, on the worker that writes the first document. */
  private static final class Files {
    static final byte[] REGULAR_BYTES = read(REGULAR);
    static final byte[] BOLD_BYTES = read(BOLD);

    private static byte[] read(String resource) {
      try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) throw new IllegalStateException("missing font " + resource);
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public static PdfFonts load() {
    return new PdfFonts(font(REGULAR, Files.REGULAR_BYTES), font(BOLD, Files.BOLD_BYTES));
  }

  /** Reads the fonts and loads OpenPDF, so that the first document asked for is not slower than the rest. */
  public static void warmUp() {
    load();
  }

  /** What a one-page document says, written with these fonts. */
  @FunctionalInterface
  public interface Body {
    void write(Document document, PdfFonts fonts) throws DocumentException;
  }

  /**
   * An A4 certificate-like document titled {@code title} in {@code lang}, its text set by {@code body};
   * refused on an event loop.
   */
  public static byte[] write(String title, String lang, Body body) {
    if (Context.isOnEventLoopThread()) throw new IllegalStateException("PDFs are written on a worker, never an event loop");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 72, 72, 96, 72);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      document.addTitle(title);
      writer.getExtraCatalog().put(PdfName.LANG, new PdfString(lang));
      document.addCreator("NTC Hub");
      document.open();
      body.write(document, load());
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("PDF could not be written", e);
    }
    return out.toByteArray();
  }

  public Font font(boolean heading, float size) {
    return new Font(heading ? bold : regular, size);
  }

  /** A centred paragraph with space after it. */
  public static Paragraph centred(String text, Font font, float after) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setAlignment(Element.ALIGN_CENTER);
    paragraph.setSpacingAfter(after);
    return paragraph;
  }

  private static BaseFont font(String resource, byte[] bytes) {
    try {
      return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("font " + resource + " could not be read", e);
    }
  }
}
