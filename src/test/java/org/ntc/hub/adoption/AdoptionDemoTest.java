package org.ntc.hub.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.DemoNodeTest;

/** The demo's adoption records: spread over both countries' regions, in every status, shown on the showcase pages. */
class AdoptionDemoTest extends DemoNodeTest {
  private static final String BLOOD_PRESSURE = "00000000-0000-4000-a000-000000000001";
  private static final String DEMO_PILOT = "00000000-0000-4000-e000-000000000201";



  @Test
  @DisplayName("the demo records about fifteen adoptions at care organisations in many Finnish and Swedish regions, in all four statuses")
  void demoAdoptions(Vertx vertx) {
    Http http = new Http(vertx, app.port());
    JsonObject all = http.get("/api/v1/adoptions?pageSize=100", null).json();
    assertThat(all.getLong("total")).isBetween(15L, 25L);
    List<JsonObject> items = all.getJsonArray("items").stream().map(JsonObject.class::cast).toList();
    assertThat(items.stream().map(a -> a.getString("status")).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("pilot", "spreading", "routine", "discontinued");
    Set<String> regions = items.stream().map(a -> a.getString("region")).collect(Collectors.toSet());
    assertThat(regions.stream().filter(r -> r.startsWith("fi-")).count()).isGreaterThanOrEqualTo(5);
    assertThat(regions.stream().filter(r -> r.startsWith("se-")).count()).isGreaterThanOrEqualTo(5);
    assertThat(items).allMatch(a -> Region.of(a.getString("region")).country().equals(a.getString("country")));
    assertThat(items).anyMatch(a -> DEMO_PILOT.equals(a.getString("pilotId")));

    Element page = PageHtml.main(http.get("/showcases/" + BLOOD_PRESSURE + "?lang=en", null).text());
    assertThat(page.select("#adoption .adoption-summary").eachText()).contains(
        "In routine use at 2 organisations in 2 countries.", "Spreading at one organisation in one country.",
        "Piloted at one organisation in one country.");
    assertThat(page.select("#adoption li")).hasSize(4);
    // Each record opens on its own page, where the courses its staff should complete are named.
    String record = page.select("#adoption li a[href^=/adoptions/]").first().attr("href");
    Element opened = PageHtml.main(http.get(record + "?lang=en", null).text());
    assertThat(opened.selectFirst("h1").text()).isNotBlank();
    assertThat(page.select("#adoption li a[href^=/adoptions/]")).hasSize(4);
  }
}
