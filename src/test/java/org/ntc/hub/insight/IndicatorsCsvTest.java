package org.ntc.hub.insight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IndicatorsCsvTest {
  @Test
  @DisplayName("cells are quoted as RFC 4180 says and formulas are neutralised")
  void cells() {
    assertThat(IndicatorsCsv.cell("plain")).isEqualTo("plain");
    assertThat(IndicatorsCsv.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(IndicatorsCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(IndicatorsCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    for (String formula : new String[] {"=1+1", "+1", "-1", "@SUM(A1)"}) {
      assertThat(IndicatorsCsv.cell(formula)).isEqualTo("'" + formula);
    }
    assertThat(IndicatorsCsv.cell("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
  }
}
