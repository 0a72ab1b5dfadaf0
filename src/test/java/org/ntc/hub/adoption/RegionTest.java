package org.ntc.hub.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionTest {
  @Test
  void bothCountriesAreCoveredWithNamesInEveryLanguage() {
    assertThat(Region.inCountry("FI")).hasSize(22);
    assertThat(Region.inCountry("SE")).hasSize(21);
    assertThat(Region.values()).allSatisfy(r -> {
      assertThat(r.id()).matches("(fi|se)-[a-z-]+").startsWith(r.country().toLowerCase());
      assertThat(r.names().keySet()).containsExactlyInAnyOrder("fi", "sv", "en");
      assertThat(r.latitude()).isBetween(55.0, 70.1);
      assertThat(r.longitude()).isBetween(10.9, 31.6);
    });
    assertThat(Region.of("fi-etela-pohjanmaa").name("sv")).isEqualTo("Södra Österbotten");
    assertThat(Region.of("se-vasterbotten").name("en")).isEqualTo("Västerbotten");
    assertThat(Region.find("fi-atlantis")).isEmpty();
  }
}
