package org.ntc.hub.situation;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.showcase.ShowcaseFixture;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.OwnNode;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

/** The home page's ways in by life situation, and the page each leads to. */
@OwnNode("shows what an empty catalogue says before anything matches a situation")
class SituationPagesTest extends ApiTest {
  private static final List<String> SLUGS = List.of("caring-for-a-parent", "living-alone", "long-term-condition",
      "working-in-home-care");

  @Test
  @DisplayName("the home page keeps a labelled search box and offers the four life situations in fi, sv and en")
  void homeEntryPoints() {
    for (String lang : List.of("fi", "sv", "en")) {
      Element main = PageHtml.main(http.get("/?lang=" + lang, null).text());
      assertThat(main.select("form[role=search][action=/search] input#home-search[name=q]")).hasSize(1);
      assertThat(main.select("label[for=home-search]").text()).isNotBlank();
      Element situations = main.selectFirst("#life-situations");
      assertThat(situations.select("a").eachAttr("href")).containsExactlyElementsOf(SLUGS.stream().map(s -> "/situations/" + s).toList());
    }
    Element sv = PageHtml.main(http.get("/?lang=sv", null).text());
    assertThat(sv.select("#life-situations a").eachText()).contains("Jag tar hand om en förälder hemma",
        "Jag bor ensam och är rädd att falla", "Jag har en långvarig sjukdom", "Jag arbetar i hemtjänsten");
    Element en = PageHtml.main(http.get("/?lang=en", null).text());
    assertThat(en.select("#life-situations a").eachText()).contains("I care for a parent at home",
        "I live alone and worry about falls", "I have a long-term condition", "I work in home care");
  }

  @Test
  @DisplayName("each situation page says something useful when nothing matches, then lists what fits: showcases, trainings, material")
  void situationPages() {
    for (String slug : SLUGS) {
      for (String lang : List.of("fi", "sv", "en")) {
        Http.Response page = http.get("/situations/" + slug + "?lang=" + lang, null);
        assertThat(page.status()).as(slug).isEqualTo(200);
        Element main = PageHtml.main(page.text());
        assertThat(main.select("h1").text()).isNotBlank();
        assertThat(main.select("#situation-no-showcases").text()).as(slug + " " + lang).isNotBlank();
        assertThat(main.select("#situation-no-trainings").text()).isNotBlank();
        assertThat(main.select("#situation-no-material").text()).isNotBlank();
        assertThat(main.select("a[href=/ask]")).isNotEmpty();
        assertThat(main.text()).doesNotContain(slug, "informal-carers", "citizens");
      }
    }
    assertThat(http.get("/situations/no-such-situation", null).status()).isEqualTo(404);
    assertThat(PageHtml.main(http.get("/situations?lang=fi", null).text()).select("a[href^=/situations/]")).hasSize(SLUGS.size());

    User owner = users.orgAdmin("company", true);
    String carers = publish(owner, ShowcaseFixture.body(owner.organisationId(), "Omaisen tuki", "Stöd för anhöriga", "Carer support")
        .put("targetGroups", new JsonArray().add("informal-carers")).put("categories", new JsonArray().add("self-care")));
    String professionals = publish(owner, ShowcaseFixture.body(owner.organisationId(), "Tiimin työkalu", "Teamets verktyg",
        "Team tool").put("targetGroups", new JsonArray().add("professionals")).put("categories", new JsonArray().add("care-coordination")));
    User staff = users.staff("umea");
    JsonObject training = training("citizens");
    Http.Response created = http.post("/api/v1/trainings", staff.token(), training);
    assertThat(created.status()).as(created.text()).isEqualTo(201);

    Element parent = PageHtml.main(http.get("/situations/caring-for-a-parent?lang=sv", null).text());
    assertThat(parent.select("#situation-showcases a[href=/showcases/" + carers + "]").text()).isEqualTo("Stöd för anhöriga");
    assertThat(parent.select("#situation-showcases a[href=/showcases/" + professionals + "]")).isEmpty();
    assertThat(parent.select("#situation-no-showcases")).isEmpty();
    assertThat(parent.select("#situation-showcases .badge").text()).as("plain words for a visitor").contains("Sköta din egen hälsa");
    assertThat(parent.select("#situation-trainings a[href=/trainings/" + created.json().getString("id") + "]").text())
        .isEqualTo("Anhörigträff");
    assertThat(parent.select("#situation-trainings time").attr("datetime")).isNotBlank();
    assertThat(parent.select(".situation-browse a[href='/showcases?targetGroup=informal-carers']").text())
        .isEqualTo("Du som hjälper en närstående");

    Element homeCare = PageHtml.main(http.get("/situations/working-in-home-care?lang=fi", users.orgMember("care").token()).text());
    assertThat(homeCare.select("#situation-showcases a[href=/showcases/" + professionals + "]")).hasSize(1);
    assertThat(homeCare.select("#situation-showcases .badge").text()).as("professional terms for a professional")
        .contains("Hoidon koordinointi");
    assertThat(homeCare.select("#situation-trainings a")).as("a training for citizens is not one for professionals")
        .noneMatch(a -> a.text().equals("Anhörigträff"));
  }

  private JsonObject training(String audience) {
    OffsetDateTime start = OffsetDateTime.ofInstant(app.clock().instant(), ZoneOffset.UTC).plusDays(10).withNano(0).withSecond(0);
    return new JsonObject()
        .put("title", new JsonObject().put("sv", "Anhörigträff"))
        .put("format", "onsite").put("contactPoint", "umea")
        .put("startsAt", start.toString()).put("endsAt", start.plusHours(2).toString())
        .put("capacity", 20).put("language", "sv").put("audience", new JsonArray().add(audience));
  }

  private String publish(User owner, JsonObject body) {
    Http.Response created = http.post("/api/v1/showcases", owner.token(), body);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.json().getString("id");
    assertThat(http.post("/api/v1/showcases/" + id + "/submit", owner.token(), null).status()).isEqualTo(200);
    assertThat(http.post("/api/v1/showcases/" + id + "/review", users.admin().token(), new JsonObject().put("decision", "approve"))
        .status()).isEqualTo(200);
    return id;
  }
}
