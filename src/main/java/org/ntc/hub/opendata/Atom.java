package org.ntc.hub.opendata;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Localised;

/** An Atom feed (RFC 4287) of the newest public items of one kind, in one language. */
final class Atom {
  static final String MEDIA_TYPE = "application/atom+xml; charset=utf-8";
  private static final int SUMMARY_LENGTH = 400;

  private Atom() {}

  static String feed(Feed feed, List<OpenDataRepository.FeedItem> items, String lang, String base, Instant now) {
    String self = base + "/feeds/" + feed.code() + ".atom?lang=" + lang;
    String list = base + feed.path.substring(0, feed.path.length() - 1) + "?lang=" + lang;
    OffsetDateTime updated = items.stream().map(OpenDataRepository.FeedItem::updated).filter(u -> u != null)
        .max(OffsetDateTime::compareTo).orElse(now.atOffset(ZoneOffset.UTC));
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
        .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(lang).append("\">\n")
        .append("  <id>").append(Xml.escape(self)).append("</id>\n")
        .append("  <title type=\"text\">").append(Xml.escape(I18n.text(lang, feed.titleKey))).append("</title>\n")
        .append("  <updated>").append(time(updated)).append("</updated>\n")
        .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Xml.escape(self)).append("\"/>\n")
        .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(list)).append("\"/>\n")
        .append("  <link rel=\"license\" href=\"").append(OpenDataService.LICENCE_URL).append("\"/>\n")
        .append("  <author><name>NTC Hub</name><uri>").append(Xml.escape(base + "/")).append("</uri></author>\n");
    for (OpenDataRepository.FeedItem item : items) {
      String page = base + feed.path + item.id() + "?lang=" + lang;
      OffsetDateTime changed = item.updated() != null ? item.updated() : updated;
      xml.append("  <entry>\n")
          .append("    <id>urn:uuid:").append(item.id()).append("</id>\n")
          .append("    <title type=\"text\">").append(Xml.escape(in(item.title(), lang))).append("</title>\n")
          .append("    <updated>").append(time(changed)).append("</updated>\n");
      if (item.published() != null) xml.append("    <published>").append(time(item.published())).append("</published>\n");
      xml.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(page)).append("\"/>\n")
          .append("    <author><name>").append(Xml.escape(item.author() == null ? "NTC Hub" : item.author())).append("</name></author>\n")
          .append("    <summary type=\"text\">").append(Xml.escape(shortened(in(item.summary(), lang)))).append("</summary>\n")
          .append("  </entry>\n");
    }
    return xml.append("</feed>\n").toString();
  }

  private static String in(JsonObject texts, String lang) {
    return texts == null ? "" : Localised.of(texts).in(lang);
  }

  private static String shortened(String text) {
    String plain = text.replaceAll("\\s+", " ").strip();
    if (plain.length() <= SUMMARY_LENGTH) return plain;
    int cut = plain.lastIndexOf(' ', SUMMARY_LENGTH);
    return plain.substring(0, cut > SUMMARY_LENGTH / 2 ? cut : SUMMARY_LENGTH) + " …";
  }

  static String time(OffsetDateTime at) {
    return at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
