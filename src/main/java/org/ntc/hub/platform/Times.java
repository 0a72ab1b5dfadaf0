package org.ntc.hub.platform;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** A moment as a reader of the page expects it: in their language's conventions and a given zone. */
public final class Times {
  private Times() {}

  public static String shown(OffsetDateTime at, String zone, String lang) {
    DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(Locale.forLanguageTag(lang));
    return at.atZoneSameInstant(ZoneId.of(zone)).format(format);
  }
}
