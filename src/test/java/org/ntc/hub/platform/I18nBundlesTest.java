package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class I18nBundlesTest {
  @Test
  @DisplayName("en, fi and sv bundles have exactly the same keys, none of them empty")
  void sameKeys() {
    Set<String> en = I18n.load("en").keySet();
    for (String lang : I18n.LANGUAGES) {
      var bundle = I18n.load(lang);
      Set<String> missing = new HashSet<>(en);
      missing.removeAll(bundle.keySet());
      Set<String> extra = new HashSet<>(bundle.keySet());
      extra.removeAll(en);
      assertThat(missing).as("keys missing in " + lang).isEmpty();
      assertThat(extra).as("keys only in " + lang).isEmpty();
      assertThat(bundle.values()).as("empty texts in " + lang).noneMatch(String::isBlank);
    }
  }

  @Test
  @DisplayName("Accept-Language honours q-values and regional variants")
  void acceptLanguage() {
    assertThat(I18n.fromAcceptLanguage("de-DE,sv-FI;q=0.8,fi;q=0.9")).contains("fi");
    assertThat(I18n.fromAcceptLanguage("sv-FI")).contains("sv");
    assertThat(I18n.fromAcceptLanguage("de, fr")).isEmpty();
    assertThat(I18n.fromAcceptLanguage(";;;garbage")).isEmpty();
  }
}
