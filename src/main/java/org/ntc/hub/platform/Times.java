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
    if (at == null) return null;
    int year = at.getYear();
    int offset = at.getOffset().getTotalSeconds();
    // Written digit by digit: the formatter's general machinery cost more than the rest of a catalogue item's JSON.
    if (year < 0 || year > 9999 || offset % 60 != 0) return at.format(RFC_3339);
    char[] text = new char[offset == 0 ? 20 : 25];
    digits(text, 0, year, 4);
    text[4] = '-';
    digits(text, 5, at.getMonthValue(), 2);
    text[7] = '-';
    digits(text, 8, at.getDayOfMonth(), 2);
    text[10] = 'T';
    digits(text, 11, at.getHour(), 2);
    text[13] = ':';
    digits(text, 14, at.getMinute(), 2);
    text[16] = ':';
    digits(text, 17, at.getSecond(), 2);
    if (offset == 0) {
      text[19] = 'Z';
    } else {
      text[19] = offset < 0 ? '-' : '+';
      int minutes = Math.abs(offset) / 60;
      digits(text, 20, minutes / 60, 2);
      text[22] = ':';
      digits(text, 23, minutes % 60, 2);
    }
    return new String(text);
  }

  private static void digits(char[] text, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      text[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  /** The moment for JSON, given in {@code zone} (a contact point's), with that zone's offset then. */
  public static String rfc3339(OffsetDateTime at, ZoneId zone) {
    return at == null ? null : at.atZoneSameInstant(zone).format(RFC_3339);
  }
}
