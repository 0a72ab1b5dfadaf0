package org.ntc.hub.showcase;

import com.github.jknack.handlebars.Handlebars;
import java.util.List;
import org.ntc.hub.platform.Terms;
import org.ntc.hub.platform.Views;

/**
 * The catalogue page's cards as HTML, written here rather than by the template: a page of twenty
 * cards asked the template engine for a few hundred values, each looked up through the cards' maps,
 * which was most of the time spent rendering it. The HTML is what {@code showcase/card-image} and the
 * card in {@code showcase/list} wrote, byte for byte (with the blank line the partial's own line end
 * left after the image); every text from a showcase or a label is escaped
 * as the templates escape it.
 */
final class CatalogueCards {
  /** {@code showcase/card-image} for a showcase without an image. */
  private static final String NO_IMAGE = "<div class=\"card-image card-image-none\" aria-hidden=\"true\">"
      + "<svg viewBox=\"0 0 64 48\" width=\"64\" height=\"48\" focusable=\"false\"><rect x=\"6\" y=\"8\" width=\"52\""
      + " height=\"32\" rx=\"4\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"3\"/><circle cx=\"22\" cy=\"20\""
      + " r=\"5\" fill=\"currentColor\"/><path d=\"M10 38l14-12 9 8 8-6 13 10z\" fill=\"currentColor\"/></svg></div>";

  private CatalogueCards() {}

  /** The cards of these showcases, one {@code <li>} each, in this language and reader's words. */
  static Handlebars.SafeString of(List<ShowcaseSummary> showcases, String lang, boolean plain) {
    StringBuilder html = new StringBuilder(1_400 * showcases.size());
    for (ShowcaseSummary showcase : showcases) card(html, showcase, lang, plain);
    return new Handlebars.SafeString(html);
  }

  private static void card(StringBuilder html, ShowcaseSummary showcase, String lang, boolean plain) {
    html.append("\n  <li class=\"card showcase-card\">\n    ");
    image(html, showcase.image(), lang);
    html.append("\n\n    <h2 class=\"card-title\"><a href=\"/showcases/").append(showcase.id()).append("\" lang=\"");
    Views.escaped(html, showcase.title().languageOf(lang)).append("\">");
    Views.escaped(html, showcase.title().in(lang)).append("</a></h2>\n    <p class=\"muted\">");
    Views.escaped(html, showcase.organisationName()).append("</p>\n    <p lang=\"");
    Views.escaped(html, showcase.summary().languageOf(lang)).append("\">");
    Views.escaped(html, showcase.summary().in(lang)).append("</p>\n    <p class=\"tags\">");
    for (String category : showcase.categories()) {
      Views.escaped(html.append("<span class=\"badge\">"), Terms.label(lang, "category.", category, plain)).append("</span> ");
    }
    html.append("</p>\n    <p class=\"muted small\">");
    for (String country : showcase.countries()) Views.escaped(html, Terms.label(lang, "country.", country, false)).append(' ');
    html.append("· ");
    if (showcase.evidenceLevel() != null) Views.escaped(html, Terms.label(lang, "evidence.", showcase.evidenceLevel().code(), false));
    html.append("</p>\n  </li>\n  ");
  }

  /** What {@code showcase/card-image} writes: the image at its size (640 × 480 when unknown), or a placeholder. */
  private static void image(StringBuilder html, ShowcaseImage image, String lang) {
    if (image == null) {
      html.append(NO_IMAGE);
      return;
    }
    boolean sized = image.width() != null && image.height() != null;
    Views.escaped(html.append("<img class=\"card-image\" src=\""), image.url()).append("\" alt=\"");
    Views.escaped(html, image.alt(lang)).append("\" width=\"");
    html.append(sized && image.width() != 0 ? image.width() : 640).append("\" height=\"");
    html.append(sized && image.height() != 0 ? image.height() : 480).append("\" loading=\"lazy\" decoding=\"async\">");
  }
}
