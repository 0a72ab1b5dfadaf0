package org.ntc.hub.opendata;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ntc.hub.platform.I18n;

/**
 * Sitemap protocol 0.9 XML. Every page exists in fi, sv and en at {@code ?lang=}; the address
 * without it answers in the visitor's language and is named {@code x-default}.
 */
final class Sitemap {
  static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  static final String URLSET_OPEN = XML + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
      + " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
  static final String URLSET_CLOSE = "</urlset>\n";
  /** The site's public pages that are not records. Private ones (account, admin, moderation, forms) never appear. */
  static final List<String> FIXED = List.of("/", "/showcases", "/trainings", "/challenges", "/organisations", "/materials",
      "/library", "/insight", "/open-data");

  private Sitemap() {}

  static String index(String base, List<String> files) {
    StringBuilder xml = new StringBuilder(XML).append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String file : files) {
      xml.append("  <sitemap><loc>").append(Xml.escape(base + "/sitemaps/" + file + ".xml")).append("</loc></sitemap>\n");
    }
    return xml.append("</sitemapindex>\n").toString();
  }

  static String url(String base, String path, OffsetDateTime modified) {
    String loc = base + path;
    String separator = path.contains("?") ? "&" : "?";
    StringBuilder xml = new StringBuilder("  <url><loc>").append(Xml.escape(loc)).append("</loc>");
    if (modified != null) {
      xml.append("<lastmod>").append(modified.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
          .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append("</lastmod>");
    }
    for (String lang : I18n.LANGUAGES) {
      xml.append("\n    <xhtml:link rel=\"alternate\" hreflang=\"").append(lang).append("\" href=\"")
          .append(Xml.escape(loc + separator + "lang=" + lang)).append("\"/>");
    }
    xml.append("\n    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"").append(Xml.escape(loc)).append("\"/>");
    return xml.append("</url>\n").toString();
  }

  static String robots(String base) {
    return String.join("\n",
        "User-agent: *",
        "Allow: /api/v1/open-data",
        "Disallow: /api/",
        "Disallow: /account",
        "Disallow: /admin",
        "Disallow: /moderation",
        "Disallow: /pilots",
        "Disallow: /calendar/",
        "Disallow: /login",
        "Disallow: /register",
        "Disallow: /forgot-password",
        "Disallow: /reset-password",
        "Disallow: /verify-email",
        "Disallow: /unsubscribe",
        "Disallow: /search",
        "Disallow: /health",
        "Disallow: /challenges/gaps",
        "Disallow: /*/new",
        "Disallow: /*/edit",
        "Disallow: /*/messages",
        "Disallow: /*/participants",
        "Disallow: /*/withdraw",
        "Disallow: /*/evaluation",
        "",
        "Sitemap: " + base + "/sitemap.xml",
        "");
  }
}
