package org.ntc.hub.platform;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** A moment as a reader expects it: on a page in their language and a given zone, in JSON as RFC 3339. */
public final class Times {
  /** Always with seconds: {@code OffsetDateTime.toString()} drops them when they are zero, which RFC 3339 forbids. */
  private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  private Times() {}

  /** The moment in words, as a reader of {@code lang} reads it in {@code zone}. */
  public static String shown(OffsetDateTime at, ZoneId zone, String lang) {
    DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(Locale.forLanguageTag(lang));
    return at.atZoneSameInstant(zone).format(format);
  }

  /** The moment for JSON, {@code 2026-12-18T09:00:00+02:00}, with the offset it carries; null stays null. */
  public static String rfc3339(OffsetDateTime at) {
    return at == null ? null : at.format(RFC_3339);
  }

  /** The moment for JSON, given in {@code zone} (a contact point's), with that zone's offset then. */
  public static String rfc3339(OffsetDateTime at, ZoneId zone) {
    return at == null ? null : at.atZoneSameInstant(zone).format(RFC_3339);
  }
}
