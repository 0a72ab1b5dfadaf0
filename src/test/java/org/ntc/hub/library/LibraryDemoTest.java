package org.ntc.hub.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.DemoNodeTest;

/** The demo's library: each kind on the shelf, with MAST findings, and listed on the pages of what it is about. */
class LibraryDemoTest extends DemoNodeTest {
  private static final String DISPENSER_SHOWCASE = "00000000-0000-4000-a000-000000000004";
  private static final String HOME_CARE_NEED = "00000000-0000-4000-e000-000000000001";
  private static final String DISPENSER_TRAINING = "00000000-0000-4000-b000-000000000003";



  @Test
  @DisplayName("the demo library holds cases, research and methods in three languages, with findings, named on the showcase, need and training pages")
  void demoShelf(Vertx vertx) {
    Http http = new Http(vertx, app.port());
    assertThat(http.get("/api/v1/library?kind=case", null).json().getLong("total")).isGreaterThanOrEqualTo(3);
    assertThat(http.get("/api/v1/library?kind=research", null).json().getLong("total")).isGreaterThanOrEqualTo(3);
    assertThat(http.get("/api/v1/library?kind=method", null).json().getLong("total")).isGreaterThanOrEqualTo(2);
    JsonObject trial = http.get("/api/v1/library?kind=research&country=SE&lang=sv", null).json().getJsonArray("items").getJsonObject(0);
    assertThat(trial.getString("design")).isEqualTo("rct");
    assertThat(trial.getJsonObject("domains").getJsonObject("clinical-effectiveness").getString("rating")).isEqualTo("positive");
    assertThat(trial.getJsonObject("titleI18n").fieldNames()).containsExactlyInAnyOrder("en", "fi", "sv");
    assertThat(http.get("/api/v1/library?q=annostelija", null).json().getLong("total")).isGreaterThanOrEqualTo(2);
    for (String sleep : new String[] {"s%C3%B6mn", "sleep"}) {
      assertThat(http.get("/api/v1/search?q=" + sleep, null).json().getJsonArray("items").stream()
          .map(item -> ((JsonObject) item).getString("url")))
          .as("a Swedish or English word finds the Finnish-only sleep report").contains("/library/00000000-0000-4000-f000-000000000010");
    }

    Element showcase = PageHtml.main(http.get("/showcases/" + DISPENSER_SHOWCASE + "?lang=fi", null).text());
    assertThat(showcase.select("#library li")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(showcase.select("#library").text()).contains("Lääkeannostelijat Seinäjoen kotihoidossa");
    Element need = PageHtml.main(http.get("/challenges/" + HOME_CARE_NEED + "?lang=sv", null).text());
    assertThat(need.select("#library").text()).contains("Distansuppföljning av blodtryck i Lakeus hemvård");
    Element training = PageHtml.main(http.get("/trainings/" + DISPENSER_TRAINING + "?lang=en", null).text());
    assertThat(training.select("#library").text()).contains("Introducing medicine dispensers in home care, step by step");

    Element list = PageHtml.main(http.get("/library?lang=sv", null).text());
    assertThat(list.select("li.library-card")).hasSizeGreaterThanOrEqualTo(8);
  }
}
