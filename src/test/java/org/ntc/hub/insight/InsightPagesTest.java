package org.ntc.hub.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Year;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.OwnNode;
import org.ntc.hub.support.PageHtml;

/** {@code /insight}: the map with the same figures in its table, charts each with its numbers, who sees what, the yearly report. */
@OwnNode("asserts exact figures on the map over a fixed year of activity")
class InsightPagesTest extends ApiTest {
  private static final String YEAR = "from=2025-01-01&to=2025-12-31";

  @BeforeAll
  static void seed() {
    InsightCorpus.seed(app::execute);
    app.reloadReferenceData();
  }

  private Element main(String query, String token) {
    Http.Response page = http.get("/insight?" + query, token);
    assertThat(page.status()).as(page.text()).isEqualTo(200);
    return PageHtml.main(page.text());
  }

  @Test
  @DisplayName("the map has a title and description, and its table gives the same figures as the map for every region")
  void mapAndTable() {
    Element main = main(YEAR + "&lang=sv", null);
    Element svg = main.selectFirst("svg.insight-map");
    assertThat(svg).isNotNull();
    assertThat(svg.selectFirst("title").text()).isEqualTo("Karta över Finland och Sverige: införanden och piloter per region");
    assertThat(svg.selectFirst("desc").text()).contains("2", "1");
    assertThat(svg.select("g.insight-region")).hasSize(43);
    for (Element region : svg.select("g.insight-region")) {
      Element row = main.selectFirst("#insight-map-table tr[data-region=" + region.attr("data-region") + "]");
      assertThat(row).as(region.attr("data-region")).isNotNull();
      assertThat(row.select("td").get(0).text()).isEqualTo(region.attr("data-adoptions"));
      assertThat(row.select("td").get(1).text()).isEqualTo(region.attr("data-pilots"));
    }
    Element south = main.selectFirst("#insight-map-table tr[data-region=fi-etela-pohjanmaa]");
    assertThat(south.text()).contains("Södra Österbotten");
    assertThat(south.select("td").eachText()).containsExactly("1", "1");
    assertThat(main.selectFirst("#insight-map-table tr[data-region=se-vasterbotten]").select("td").eachText()).containsExactly("1", "0");
    assertThat(main.selectFirst("svg.insight-map g[data-region=fi-etela-pohjanmaa]").select("text").eachText()).containsExactly("1", "1");
  }

  @Test
  @DisplayName("the map's plain GET form filters by category and adoption status")
  void mapFilters() {
    Element video = main("category=video-consultation", null);
    assertThat(video.selectFirst("#insight-map-table tr[data-region=se-vasterbotten]").select("td").eachText()).containsExactly("1", "0");
    assertThat(video.selectFirst("#insight-map-table tr[data-region=fi-etela-pohjanmaa]").select("td").eachText())
        .containsExactly("0", "0");
    assertThat(video.selectFirst("#category option[selected]").attr("value")).isEqualTo("video-consultation");
    Element routine = main("status=routine", null);
    assertThat(routine.selectFirst("#insight-map-table tfoot").select("td").eachText()).containsExactly("1", "1");
    assertThat(http.get("/insight?status=everywhere", null).status()).isEqualTo(400);
  }

  @Test
  @DisplayName("each indicator is a chart with a table of its numbers beside it, summing to the total it states; the CSV is linked")
  void charts() {
    Element main = main(YEAR + "&lang=en", null);
    assertThat(main.select(".insight-chart-block")).hasSize(Indicator.values().length);
    for (Element block : main.select(".insight-chart-block")) {
      Element svg = block.selectFirst("svg.insight-chart");
      assertThat(svg).isNotNull();
      assertThat(svg.selectFirst("title").text()).isNotBlank();
      assertThat(block.select("table tbody tr")).hasSize(12);
      long sum = block.select("table tbody td").stream().mapToLong(td -> Long.parseLong(td.text())).sum();
      assertThat(block.selectFirst("h3").text()).endsWith(": " + sum);
      assertThat(svg.select("rect.insight-bar")).hasSize(12);
    }
    assertThat(main.selectFirst("#chart-participants-heading").text()).isEqualTo("Participants: 4");
    assertThat(main.selectFirst("a[href^=/api/v1/indicators.csv]").attr("href")).contains("from=2025-01-01", "to=2025-12-31");
    assertThat(main.select("#contactPoint")).isEmpty();
    assertThat(main.select("#insight-contact-points")).isEmpty();
  }

  @Test
  @DisplayName("staff choose a contact point and see the figures per contact point; anyone else asking for one is refused")
  void staffSeeContactPoints() {
    String staff = users.staff("seinajoki").token();
    Element main = main(YEAR, staff);
    assertThat(main.select("#contactPoint option")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(main.selectFirst("#insight-contact-points").text()).contains("NTC contact point Seinäjoki");
    Element one = main(YEAR + "&contactPoint=seinajoki", staff);
    assertThat(one.selectFirst("#chart-trainings-heading").text()).endsWith(": 1");
    assertThat(http.get("/insight?" + YEAR + "&contactPoint=seinajoki", users.citizen("x").token()).status()).isEqualTo(403);
  }

  @Test
  @DisplayName("a bad period re-shows the page with the error summary linking to the field, never a 500")
  void badPeriod() {
    Http.Response page = http.get("/insight?from=2025-12-31&to=2025-01-01&lang=fi", null);
    assertThat(page.status()).isEqualTo(400);
    Element main = PageHtml.main(page.text());
    assertThat(main.selectFirst(".error-summary a[href=#from]")).isNotNull();
    assertThat(main.selectFirst("#from").attr("aria-invalid")).isEqualTo("true");
    assertThat(main.selectFirst("svg.insight-map")).isNotNull();
  }

  @Test
  @DisplayName("the yearly report is a PDF in the reader's language with the year, its pilots and evaluations; other years are 404")
  void report() throws IOException {
    Element main = main("lang=sv", null);
    assertThat(main.selectFirst("a[href^=/insight/report-" + Year.now().getValue() + ".pdf]")).isNotNull();
    Http.Response pdf = http.get("/insight/report-2025.pdf?lang=sv", null);
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
    try (PDDocument document = Loader.loadPDF(pdf.body().getBytes())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Kartläggningsrapport 2025", InsightCorpus.PILOT_TITLE, "Säkerhet", "Inga avvikelser",
          "Södra Österbotten");
    }
    try (PDDocument document = Loader.loadPDF(http.get("/insight/report-2025.pdf?lang=fi", null).body().getBytes())) {
      assertThat(new PDFTextStripper().getText(document)).contains("Kartoitusraportti 2025");
    }
    for (String year : new String[] {"2019", "2999", "123456789"}) {
      assertThat(http.get("/insight/report-" + year + ".pdf", null).status()).as(year).isEqualTo(404);
    }
  }

  @Test
  @DisplayName("the site's navigation and footer lead to the insight page")
  void linked() {
    Http.Response home = http.get("/", null);
    assertThat(PageHtml.parse(home.text()).select("nav.main-nav a[href=/insight]")).hasSize(1);
    assertThat(PageHtml.parse(home.text()).select("footer a[href=/insight]")).hasSize(1);
  }
}
