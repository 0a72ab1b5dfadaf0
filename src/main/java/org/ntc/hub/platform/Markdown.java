package org.ntc.hub.platform;

import com.github.jknack.handlebars.Handlebars;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown written by members, rendered by commonmark (raw HTML escaped, unsafe URLs
 * dropped) and then sanitised by the OWASP policy as a second wall: no scripts, no event
 * handlers, no {@code javascript:} links ever reach a page.
 */
public final class Markdown {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
  private static final PolicyFactory POLICY = Sanitizers.FORMATTING
      .and(Sanitizers.BLOCKS)
      .and(Sanitizers.TABLES)
      .and(new HtmlPolicyBuilder()
          .allowElements("a")
          .allowAttributes("href").onElements("a")
          .allowUrlProtocols("https", "http", "mailto")
          .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
          .allowElements("pre", "code", "hr", "br")
          .toFactory());

  private Markdown() {}

  public static String toSafeHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) return "";
    return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
  }

  /** For templates: {@code {{markdown text}}} renders already-sanitised HTML without triple braces. */
  static Handlebars.SafeString helper(Object text) {
    return new Handlebars.SafeString(toSafeHtml(text == null ? null : text.toString()));
  }
}
