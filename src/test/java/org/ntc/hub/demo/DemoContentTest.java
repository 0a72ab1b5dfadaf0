package org.ntc.hub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.DemoNodeTest;
import org.ntc.hub.support.PageHtml;

class DemoContentTest extends DemoNodeTest {



  @Test
  @DisplayName("demo content shows verified organisations in both countries, texts in fi, sv and en, and working accounts")
  void demo(Vertx vertx) {
    Http http = new Http(vertx, app.port());
    JsonObject organisations = http.get("/api/v1/organisations?pageSize=100&lang=sv", null).json();
    assertThat(organisations.getLong("total")).as("seven members, ten care organisations that use demo showcases and a county that co-signs a need").isEqualTo(18);
    assertThat(organisations.getJsonArray("items").stream().map(o -> ((JsonObject) o).getString("country"))).contains("FI", "SE");
    assertThat(organisations.getJsonArray("items").stream().map(o -> ((JsonObject) o).getString("name")))
        .doesNotContain("Kuntoutus Online Oy");
    JsonObject carelink = organisations.getJsonArray("items").stream().map(o -> (JsonObject) o)
        .filter(o -> o.getString("name").equals("Nordic CareLink AB")).findFirst().orElseThrow();
    assertThat(carelink.getJsonObject("descriptionI18n").fieldNames()).containsExactlyInAnyOrder("en", "fi", "sv");

    Http.Response login = http.post("/api/v1/auth/login", null,
        new JsonObject().put("email", "johan.lindgren@ntc-hub.example").put("password", PeopleDemo.PASSWORD));
    assertThat(login.status()).isEqualTo(200);
    JsonObject me = http.get("/api/v1/me", login.json().getString("accessToken")).json();
    assertThat(me.getJsonArray("roles")).contains("staff");
    assertThat(me.getString("contactPoint")).isEqualTo("umea");
    java.util.List<String> gaps = http.get("/api/v1/challenges/gaps", login.json().getString("accessToken")).json()
        .getJsonArray("items").stream().map(c -> ((JsonObject) c).getString("id")).toList();
    assertThat(gaps).as("staff see the need nothing fits as a gap in the market")
        .contains(ChallengeDemo.GAP_NEED.toString()).doesNotContain(ChallengeDemo.HOME_CARE_NEED.toString());

    String home = http.get("/?lang=sv", null).text();
    assertThat(PageHtml.mainText(home)).contains("Nyligen publicerad teknik", "Egenvårdsapp för typ 2-diabetes");
    assertThat(home).doesNotContain("Chatt med skolsköterskan");
    JsonObject showcases = http.get("/api/v1/showcases?pageSize=100", null).json();
    assertThat(showcases.getLong("total")).as("published demo showcases").isEqualTo(8);
    JsonObject trainings = http.get("/api/v1/trainings?lang=sv", null).json();
    assertThat(trainings.getLong("total")).as("three trainings, a workshop, a matchmaking day and a study visit").isEqualTo(6);
    assertThat(PageHtml.mainText(http.get("/trainings?lang=fi", null).text())).contains("Etämittauspakkaus kotihoidon hoitajille");
    String page = PageHtml.mainText(http.get("/organisations?lang=fi", null).text());
    assertThat(page).contains("Lakeuden hyvinvointialue", "Hyvinvointialue, joka vastaa");

    String umea = PageHtml.mainText(http.get("/contact-points/umea?lang=sv", null).text());
    assertThat(umea).contains("Johan Lindgren", "Ny testbädd för läkemedelsautomater");
    assertThat(PageHtml.mainText(http.get("/contact-points/seinajoki?lang=fi", null).text()))
        .contains("Liisa Koskinen", "Testikoti avoinna torstaisin");
    String maria = http.post("/api/v1/auth/login", null, new JsonObject().put("email", "maria.hakala@hoivatek.example")
        .put("password", PeopleDemo.PASSWORD)).json().getString("accessToken");
    JsonObject notifications = http.get("/api/v1/me/notifications?lang=fi", maria).json();
    assertThat(notifications.getLong("unread")).isEqualTo(2);
    assertThat(notifications.getJsonArray("items").getJsonObject(0).getString("text")).contains("Kotihoidon verenpaineen etämittaus");

    // The whole loop: a need, its matches and answer, and the pilot's outcome on the showcase.
    assertThat(PageHtml.mainText(http.get("/challenges?lang=sv", null).text())).contains("Distansuppföljning av blodtryck för hemvårdens klienter",
        "Läkemedelspåminnelser för hemtjänstens klienter");
    String need = "/challenges/" + ChallengeDemo.HOME_CARE_NEED;
    assertThat(PageHtml.mainText(http.get(need + "?lang=fi", null).text()))
        .contains("Kotihoidon verenpaineen etämittaus", "Sama luokka: Etämonitorointi");
    assertThat(PageHtml.mainText(http.get("/showcases/" + ShowcaseDemo.id(1) + "?lang=en", null).text()))
        .contains("Evidence from pilots", "Home visits for measuring fell by 31%", "Published by Seinäjoki");
    String anna = http.post("/api/v1/auth/login", null, new JsonObject().put("email", "anna.rinne@lakeus.example")
        .put("password", PeopleDemo.PASSWORD)).json().getString("accessToken");
    assertThat(http.get("/api/v1" + need + "/answers", anna).json().getInteger("total")).isEqualTo(1);
  }

  @Test
  @DisplayName("the demo showcases have pictures drawn at load time, with alt text in the reader's language, on cards and pages")
  void demoPictures(Vertx vertx) {
    Http http = new Http(vertx, app.port());
    JsonObject showcases = http.get("/api/v1/showcases?pageSize=100&lang=sv", null).json();
    assertThat(showcases.getJsonArray("items").stream().map(s -> (JsonObject) s).filter(s -> s.containsKey("image")).count())
        .as("every published demo showcase has a picture").isEqualTo(8);
    org.jsoup.nodes.Element card = PageHtml.main(http.get("/showcases?lang=fi", null).text())
        .selectFirst("li.showcase-card:has(a[href=/showcases/" + ShowcaseDemo.id(1) + "]) img.card-image");
    assertThat(card.attr("alt")).isEqualTo("Verenpainemittari ja mansetti pöydällä pienen tukiaseman vieressä");
    assertThat(card.attr("width")).isEqualTo("800");
    Http.Response png = http.get(card.attr("src"), null);
    assertThat(png.status()).isEqualTo(200);
    assertThat(png.header("Content-Type")).isEqualTo("image/png");
    assertThat(png.body().length()).isGreaterThan(2_000);
    assertThat(PageHtml.main(http.get("/showcases/" + ShowcaseDemo.id(2) + "?lang=sv", null).text()).select(".gallery img").attr("alt"))
        .startsWith("En skärm med ett pågående videobesök");
    assertThat(http.get("/api/v1/showcases/" + ShowcaseDemo.id(9), null).status()).as("the pending one stays private").isEqualTo(404);
  }

  @Test
  @DisplayName("the demo pilot's evaluation after MAST fills the showcase's evidence profile, in fi, sv and en")
  void demoEvaluation(Vertx vertx) {
    Http http = new Http(vertx, app.port());
    io.vertx.core.json.JsonArray evidence = http.get("/api/v1/showcases/" + ShowcaseDemo.id(1) + "?lang=sv", null).json()
        .getJsonArray("evidence");
    assertThat(evidence).hasSize(7);
    JsonObject safety = evidence.getJsonObject(1);
    assertThat(safety.getString("domain")).isEqualTo("safety");
    assertThat(safety.getJsonObject("summary").getString("overall")).isEqualTo("positive");
    assertThat(safety.getJsonArray("statements").getJsonObject(0).getJsonObject("findingI18n").fieldNames())
        .containsExactlyInAnyOrder("en", "fi", "sv");
    assertThat(evidence.getJsonObject(6).getJsonObject("summary").getString("overall")).isEqualTo("not-known");
    assertThat(http.get("/api/v1/pilots/" + ChallengeDemo.PILOT_ID + "?lang=fi", null).json().getJsonObject("evaluation")
        .getJsonObject("transferability").getJsonObject("otherCountry").getString("rating")).isEqualTo("likely");
    assertThat(PageHtml.main(http.get("/showcases/" + ShowcaseDemo.id(1) + "?lang=fi", null).text()).select("#evidence-economic").text())
        .contains("Taloudelliset näkökohdat", "Neutraali", "Mittauskäynnit vähenivät 31 %");
  }
}
