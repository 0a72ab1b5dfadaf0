package org.ntc.hub.showcase;

import com.github.jknack.handlebars.Handlebars;
import java.util.List;
import org.ntc.hub.platform.HtmlBytes;
import org.ntc.hub.platform.Terms;

/**
 * The catalogue page's cards as HTML, written here rather than by the template: a page of twenty
 * cards asked the template engine for a few hundred values, each looked up through the cards' maps,
 * which was most of the time spent rendering it. The HTML is what {@code showcase/card-image} and the
 * card in {@code showcase/list} wrote, byte for byte (with the blank line the partial's own line end
 * left after the image); every text from a showcase or a label is escaped
 * as the templates escape it. They are written as UTF-8 ({@link HtmlBytes}), the page's own encoding.
 */
final class CatalogueCards {
  /** {@code showcase/card-image} for a showcase without an image. */
  private static final byte[] NO_IMAGE = HtmlBytes.utf8("<div class=\"card-image card-image-none\" aria-hidden=\"true\">"
      + "<svg viewBox=\"0 0 64 48\" width=\"64\" height=\"48\" focusable=\"false\"><rect x=\"6\" y=\"8\" width=\"52\""
      + " height=\"32\" rx=\"4\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"3\"/><circle cx=\"22\" cy=\"20\""
      + " r=\"5\" fill=\"currentColor\"/><path d=\"M10 38l14-12 9 8 8-6 13 10z\" fill=\"currentColor\"/></svg></div>");

  private static final byte[] CARD = HtmlBytes.utf8("\n  <li class=\"card showcase-card\">\n    ");
  private static final byte[] TITLE = HtmlBytes.utf8("\n\n    <h2 class=\"card-title\"><a href=\"/showcases/");
  private static final byte[] TITLE_LANG = HtmlBytes.utf8("\" lang=\"");
  private static final byte[] TITLE_TEXT = HtmlBytes.utf8("\">");
  private static final byte[] ORGANISATION = HtmlBytes.utf8("</a></h2>\n    <p class=\"muted\">");
  private static final byte[] SUMMARY_LANG = HtmlBytes.utf8("</p>\n    <p lang=\"");
  private static final byte[] SUMMARY_TEXT = TITLE_TEXT;
  private static final byte[] TAGS = HtmlBytes.utf8("</p>\n    <p class=\"tags\">");
  private static final byte[] BADGE = HtmlBytes.utf8("<span class=\"badge\">");
  private static final byte[] BADGE_END = HtmlBytes.utf8("</span> ");
  private static final byte[] PLACES = HtmlBytes.utf8("</p>\n    <p class=\"muted small\">");
  private static final byte[] SPACE = HtmlBytes.utf8(" ");
  private static final byte[] DOT = HtmlBytes.utf8("· ");
  private static final byte[] CARD_END = HtmlBytes.utf8("</p>\n  </li>\n  ");
  private static final byte[] IMAGE = HtmlBytes.utf8("<img class=\"card-image\" src=\"");
  private static final byte[] IMAGE_ALT = HtmlBytes.utf8("\" alt=\"");
  private static final byte[] IMAGE_WIDTH = HtmlBytes.utf8("\" width=\"");
  private static final byte[] IMAGE_HEIGHT = HtmlBytes.utf8("\" height=\"");
  private static final byte[] IMAGE_END = HtmlBytes.utf8("\" loading=\"lazy\" decoding=\"async\">");

  private CatalogueCards() {}

  /** The cards of these showcases, one {@code <li>} each, in this language and reader's words. */
  static Handlebars.SafeString of(List<ShowcaseSummary> showcases, String lang, boolean plain) {
    HtmlBytes html = new HtmlBytes(1_400 * showcases.size());
    for (ShowcaseSummary showcase : showcases) card(html, showcase, lang, plain);
    return new Handlebars.SafeString(html);
  }

  private static void card(HtmlBytes html, ShowcaseSummary showcase, String lang, boolean plain) {
    html.raw(CARD);
    image(html, showcase.image(), lang);
    html.raw(TITLE).escaped(showcase.id().toString()).raw(TITLE_LANG);
    html.escaped(showcase.title().languageOf(lang)).raw(TITLE_TEXT);
    html.escaped(showcase.title().in(lang)).raw(ORGANISATION);
    html.escaped(showcase.organisationName()).raw(SUMMARY_LANG);
    html.escaped(showcase.summary().languageOf(lang)).raw(SUMMARY_TEXT);
    html.escaped(showcase.summary().in(lang)).raw(TAGS);
    for (String category : showcase.categories()) {
      html.raw(BADGE).escaped(Terms.label(lang, "category.", category, plain)).raw(BADGE_END);
    }
    html.raw(PLACES);
    for (String country : showcase.countries()) html.escaped(Terms.label(lang, "country.", country, false)).raw(SPACE);
    html.raw(DOT);
    if (showcase.evidenceLevel() != null) html.escaped(Terms.label(lang, "evidence.", showcase.evidenceLevel().code(), false));
    html.raw(CARD_END);
  }

  /** What {@code showcase/card-image} writes: the image at its size (640 × 480 when unknown), or a placeholder. */
  private static void image(HtmlBytes html, ShowcaseImage image, String lang) {
    if (image == null) {
      html.raw(NO_IMAGE);
      return;
    }
    boolean sized = image.width() != null && image.height() != null;
    html.raw(IMAGE).escaped(image.url()).raw(IMAGE_ALT);
    html.escaped(image.alt(lang)).raw(IMAGE_WIDTH);
    html.number(sized && image.width() != 0 ? image.width() : 640).raw(IMAGE_HEIGHT);
    html.number(sized && image.height() != 0 ? image.height() : 480).raw(IMAGE_END);
  }
}
