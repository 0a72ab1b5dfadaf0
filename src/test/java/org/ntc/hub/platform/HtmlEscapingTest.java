package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.jknack.handlebars.EscapingStrategy;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HtmlEscapingTest {
  @Test
  @DisplayName("escapes exactly as Handlebars does, for markup, quotes, ampersands and plain text")
  void sameAsHandlebars() {
    for (String text : List.of("", "plain text", "Åbo <b>bold</b>", "\"quoted\" & 'single' `tick` a=b",
        "<script>alert('x')</script>", "ääkköset ja emoji 🙂 & <", "&amp; already")) {
      assertThat(HtmlEscaping.INSTANCE.escape(text).toString()).as(text).isEqualTo(EscapingStrategy.HTML_ENTITY.escape(text).toString());
    }
  }
}
