package org.ntc.hub.contactpoint;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.DemoNodeTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;

class ContactPointPageTest extends DemoNodeTest {

  @Test
  @DisplayName("a contact point's page: phone, email, address, opening hours, directions, map and route links, who is on duty, "
      + "announcements, the next trainings and events there and bookable visits, nothing loaded from other sites")
  void everythingAVisitorNeeds(Vertx vertx) {
    Http http = new Http(vertx, app.port());
    Document page = PageHtml.parse(http.get("/contact-points/umea?lang=sv", null).text());
    Element main = PageHtml.main(page.outerHtml());
    assertThat(main.select("a[href^=tel:]").text()).isEqualTo("+46 90 16 00 00");
    assertThat(main.select("a[href^=mailto:]").text()).isEqualTo("umea@ntc-hub.example");
    assertThat(main.text()).contains("Storgatan 40, 903 26 Umeå", "mån–fre 8–16");
    Element directions = main.selectFirst("#directions");
    assertThat(directions.text()).contains("Vasaplan");
    assertThat(directions.attr("lang")).isEqualTo("sv");
    assertThat(main.selectFirst("#map-link").attr("href")).startsWith("https://www.openstreetmap.org/?mlat=63.82580&mlon=20.26300");
    assertThat(main.selectFirst("#directions-link").attr("href"))
        .isEqualTo("https://www.openstreetmap.org/directions?to=63.82580%2C20.26300");
    assertThat(main.select("#duty li").text()).contains("Johan Lindgren");
    assertThat(main.select("#announcements li").text()).contains("Ny testbädd för läkemedelsautomater");
    assertThat(main.select("#visits")).hasSize(1);

    List<String> listed = main.select("#events li a").eachAttr("href");
    JsonObject atUmea = http.get("/api/v1/trainings?contactPoint=umea&pageSize=5", null).json();
    List<String> expected = atUmea.getJsonArray("items").stream()
        .map(t -> "/trainings/" + ((JsonObject) t).getString("id")).toList();
    assertThat(listed).as("the next events held at Umeå, soonest first, as the catalogue lists them").isNotEmpty()
        .containsExactlyElementsOf(expected);
    assertThat(main.selectFirst("#all-events").attr("href")).isEqualTo("/trainings?contactPoint=umea");

    for (Element loaded : page.select("script[src], img[src], iframe, link[href][rel=stylesheet], link[rel~=icon]")) {
      String address = loaded.hasAttr("src") ? loaded.attr("src") : loaded.attr("href");
      assertThat(address).as("loaded at page load: %s", loaded.outerHtml()).startsWith("/");
    }
  }

  @Test
  @DisplayName("directions an admin wrote in one language only are shown in it to every reader, marked with its lang")
  void directionsInAFallbackLanguage(Vertx vertx) {
    Http http = new Http(vertx, app.port());
    app.execute("UPDATE contact_point SET directions = '{\"fi\": \"Bussi 1 asemalta.\"}' WHERE id = 'seinajoki'");
    try {
      Element main = PageHtml.main(http.get("/contact-points/seinajoki?lang=en", null).text());
      assertThat(main.selectFirst("#directions").text()).isEqualTo("Bussi 1 asemalta.");
      assertThat(main.selectFirst("#directions").attr("lang")).isEqualTo("fi");
      JsonObject api = http.get("/api/v1/contact-points/seinajoki?lang=sv", null).json();
      assertThat(api.getString("directions")).isEqualTo("Bussi 1 asemalta.");
      assertThat(api.getJsonObject("directionsI18n").fieldNames()).containsExactly("fi");
    } finally {
      app.execute("UPDATE contact_point SET directions = '{}' WHERE id = 'seinajoki'");
    }
  }

}
