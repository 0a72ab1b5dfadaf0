package org.ntc.hub.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.Country;
import org.ntc.hub.platform.Site;

class AdviceRequestTest {
  private static AdviceRequest askedAt(String at, Site site) {
    return new AdviceRequest(UUID.randomUUID(), UUID.randomUUID(), "Asker", "Topic", "Description", "sv", Country.SE, null,
        AdviceStatus.NEW, site, null, null, OffsetDateTime.parse(at), null, null, OffsetDateTime.parse(at),
        AdviceKind.QUESTION, null);
  }

  @Test
  @DisplayName("the first answer is promised two working days on, at the contact point: Friday's question by Tuesday")
  void firstResponseDue() {
    assertThat(askedAt("2026-12-02T10:00:00+02:00", Site.SEINAJOKI).firstResponseDue())
        .isEqualTo(OffsetDateTime.parse("2026-12-04T10:00:00+02:00"));
    assertThat(askedAt("2026-12-04T10:00:00+02:00", Site.SEINAJOKI).firstResponseDue())
        .isEqualTo(OffsetDateTime.parse("2026-12-08T10:00:00+02:00"));
    assertThat(askedAt("2026-12-05T12:00:00+01:00", Site.UMEA).firstResponseDue().toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-12-08T12:00:00+01:00").toInstant());
  }

  @Test
  @DisplayName("a question starts at the first contact point of the asker's country, else at the first of all")
  void startsAt() {
    assertThat(AdviceService.contactPointFor(Country.FI)).isEqualTo(Site.SEINAJOKI);
    assertThat(AdviceService.contactPointFor(Country.SE)).isEqualTo(Site.UMEA);
    assertThat(AdviceService.contactPointFor(Country.NO)).isEqualTo(Site.values().get(0));
  }
}
