package org.ntc.hub.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A page's bytes are those of its whole text encoded at once, however Handlebars cuts it into pieces. */
class PageWriterTest {
  private static final String[] PIECES = {"<p>", "Seinäjoki", " – ", "“quoted”", "Umeå", "&amp;", "😀", "\uD83D", "\uDE00",
      "\uDE00", "\uD83D", "x", "", "NTC:n yhteyspiste", "\u00b7", "€", "\n  "};

  @Test
  void writesTheUtf8OfTheWholeTextInEveryWayAWriterIsCalled() {
    Random random = new Random(22);
    for (int round = 0; round < 2_000; round++) {
      PageWriter writer = new PageWriter();
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(40);
      for (int i = 0; i < pieces; i++) {
        String piece = PIECES[random.nextInt(PIECES.length)];
        text.append(piece);
        switch (random.nextInt(6)) {
          case 0 -> writer.write(piece);
          case 1 -> writer.append(new StringBuilder(piece));
          case 2 -> writer.write(("ab" + piece + "cd").toCharArray(), 2, piece.length());
          case 3 -> writer.write("ab" + piece + "cd", 2, piece.length());
          case 4 -> writer.append("ab" + piece + "cd", 2, 2 + piece.length());
          default -> piece.chars().forEach(writer::write);
        }
      }
      assertArrayEquals(text.toString().getBytes(StandardCharsets.UTF_8), writer.buffer().getBytes(), text.toString());
    }
  }

  @Test
  void growsPastItsFirstArray() {
    PageWriter writer = new PageWriter();
    String piece = "Yli 1 000 ratkaisua – ";
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      writer.write(piece);
      text.append(piece);
    }
    assertArrayEquals(text.toString().getBytes(StandardCharsets.UTF_8), writer.buffer().getBytes());
  }
}
