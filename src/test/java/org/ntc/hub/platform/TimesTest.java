package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Moments in JSON: written digit by digit, exactly as the RFC 3339 pattern formats them. */
class TimesTest {
  private static final DateTimeFormatter PATTERN = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  @Test
  @DisplayName("every moment is written as the pattern writes it: any year, offset and time of day, with seconds")
  void sameAsThePattern() {
    Random random = new Random(42);
    int[] offsets = {0, 7200, -18000, 19800, -34200, 50400, -64800, 3723, -61};
    long[] seconds = {Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(), Instant.parse("0999-12-31T23:59:59Z").getEpochSecond(),
        Instant.parse("9999-12-31T23:59:59Z").getEpochSecond(), Instant.parse("2026-12-18T07:00:00Z").getEpochSecond(),
        Instant.parse("-0001-06-01T12:00:00Z").getEpochSecond(), Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond()};
    for (int offset : offsets) {
      for (long second : seconds) check(OffsetDateTime.ofInstant(Instant.ofEpochSecond(second, 999_999_999), ZoneOffset.ofTotalSeconds(offset)));
      for (int i = 0; i < 2000; i++) {
        long second = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond() + (long) (random.nextDouble() * 6_000_000_000L);
        check(OffsetDateTime.ofInstant(Instant.ofEpochSecond(second, random.nextInt(1_000_000_000)), ZoneOffset.ofTotalSeconds(offset)));
      }
    }
    assertThat(Times.rfc3339(OffsetDateTime.parse("2026-12-18T09:00:00+02:00"))).isEqualTo("2026-12-18T09:00:00+02:00");
    assertThat(Times.rfc3339(OffsetDateTime.parse("2026-03-01T12:30:00Z"))).isEqualTo("2026-03-01T12:30:00Z");
    assertThat(Times.rfc3339(null)).isNull();
  }

  private static void check(OffsetDateTime at) {
    assertThat(Times.rfc3339(at)).as(at.toString()).isEqualTo(at.format(PATTERN));
  }
}
