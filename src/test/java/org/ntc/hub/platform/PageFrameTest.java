package org.ntc.hub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PageFrameTest {
  @Test
  @DisplayName("only this process's marks are holes: a mark typed into an admin's wording stays text")
  void typedMarksStayText() {
    String typed = "<footer>About HoLe7q5q7 and HoLe7q99999999999q7 and HoLeq3q7</footer>";
    String rendered = "<p>" + new PageFrame.Hole(9) + "</p>" + typed;
    String page = PageFrame.of(rendered).write((hole, key) -> {
      assertThat(hole).isEqualTo(9);
      return "value &amp; more";
    }).toString(StandardCharsets.UTF_8);
    assertThat(page).isEqualTo("<p>value &amp; more</p>" + typed);
  }
}
