package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HtmlBytesTest {
  private static final List<String> TEXTS = List.of("", "plain text", "Åbo <b>bold</b>", "\"quoted\" & 'single' `tick` a=b",
      "<script>alert('x')</script>", "ääkköset ja emoji 🙂 & <", "&amp; already", "– ’ € ≥ 中文", "a\u0000b\u007f");

  @Test
  @DisplayName("writes text escaped as the templates escape it, as the UTF-8 of that escaped text")
  void sameAsEscapingThenEncoding() {
    for (String text : TEXTS) {
      HtmlBytes html = new HtmlBytes(0).escaped(text);
      String escaped = HtmlEscaping.INSTANCE.escape(text).toString();
      assertThat(bytes(html)).as(text).isEqualTo(escaped.getBytes(StandardCharsets.UTF_8));
      assertThat(html.toString()).as(text).isEqualTo(escaped);
      assertThat(html.length()).isEqualTo(escaped.length());
    }
  }

  @Test
  @DisplayName("random text of every plane, with pieces between, grows the buffer and stays exact")
  void randomText() {
    Random random = new Random(22);
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(400);
      while (text.length() < length) {
        int kind = random.nextInt(4);
        int point = kind == 0 ? random.nextInt(0x80) : kind == 1 ? 0x80 + random.nextInt(0x780)
            : kind == 2 ? 0x800 + random.nextInt(0xD800 - 0x800) : 0x10000 + random.nextInt(0x10000);
        text.appendCodePoint(point);
      }
      byte[] piece = HtmlBytes.utf8("<p class=\"x\">");
      HtmlBytes html = new HtmlBytes(1).raw(piece).escaped(text).number(round).raw(piece);
      String expected = "<p class=\"x\">" + HtmlEscaping.INSTANCE.escape(text) + round + "<p class=\"x\">";
      assertThat(bytes(html)).as("round %d", round).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  @DisplayName("an unpaired surrogate is written as a question mark, as the page's encoder writes it; null writes nothing")
  void unpairedSurrogates() {
    HtmlBytes html = new HtmlBytes(4).escaped("a\uD83Db").escaped("\uDE42").escaped(null).escaped("x\uD83D");
    assertThat(html.toString()).isEqualTo("a?b?x?");
  }

  private static byte[] bytes(HtmlBytes html) {
    ByteBuf into = Unpooled.buffer();
    html.writeTo(into);
    byte[] out = new byte[into.readableBytes()];
    into.readBytes(out);
    assertThat(out).hasSize(html.size());
    return out;
  }
}
