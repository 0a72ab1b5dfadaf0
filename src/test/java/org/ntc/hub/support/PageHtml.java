package org.ntc.hub.support;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Pages parsed as a browser would, so a test asserts on the element that should hold a text
 * rather than on the raw markup (where a section rendered inside {@code <title>} still "contains" it).
 */
public final class PageHtml {
  private PageHtml() {}

  public static Document parse(String html) {
    return Jsoup.parse(html);
  }

  /** The page's {@code <main>}; fails the test if there is not exactly one. */
  public static Element main(String html) {
    var mains = parse(html).select("main");
    if (mains.size() != 1) throw new AssertionError("expected one <main>, found " + mains.size());
    return mains.first();
  }

  /** The visible text of the page's {@code <main>}. */
  public static String mainText(String html) {
    return main(html).text();
  }
}
