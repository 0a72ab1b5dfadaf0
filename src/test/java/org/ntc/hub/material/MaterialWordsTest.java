package org.ntc.hub.material;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MaterialWordsTest {

  @Test
  @DisplayName("a file's size reads as people write it in each language: kB below a megabyte, else MB with one decimal")
  void sizes() {
    assertThat(MaterialPages.size(300, "en")).isEqualTo("1 kB");
    assertThat(MaterialPages.size(250 * 1024, "fi")).isEqualTo("250 kt");
    assertThat(MaterialPages.size(1_572_864, "en")).isEqualTo("1.5 MB");
    assertThat(MaterialPages.size(1_572_864, "fi")).isEqualTo("1,5 Mt");
    assertThat(MaterialPages.size(1_572_864, "sv")).isEqualTo("1,5 MB");
    assertThat(MaterialPages.size(20 * 1024 * 1024, "sv")).isEqualTo("20,0 MB");
  }
}
