package org.ntc.hub.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MailTextTest {
  @Test
  @DisplayName("the plain text starts with its first word, keeps one blank line between paragraphs and a proper '-- ' signature line")
  void tidy() {
    String raw = "\n\n  \nHello Sari,\n\n\n\nConfirm it:   \nhttps://x.example/a\n\n\n--\nNTC Hub\n\n\n";
    assertThat(MailRenderer.tidy(raw)).isEqualTo("Hello Sari,\n\nConfirm it:\nhttps://x.example/a\n\n-- \nNTC Hub\n");
  }
}
