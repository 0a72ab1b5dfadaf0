package org.ntc.hub.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

/** Visitors and citizens read plain words, professionals their terms; text in a fallback language says which language it is. */
class ShowcaseWordsTest extends ApiTest {
  ShowcaseFixture fixture;

  @BeforeEach
  void fixture() {
    fixture = new ShowcaseFixture(http, users);
  }

  private Element facts(String id, String lang, User viewer) {
    return PageHtml.main(http.get("/showcases/" + id + "?lang=" + lang, viewer == null ? null : viewer.token()).text())
        .selectFirst("dl.facts");
  }

  @Test
  @DisplayName("categories and target groups: plain words for visitors and citizens, professional terms for companies, care staff and contact-point staff")
  void plainAndProfessionalLabels() {
    User owner = users.orgAdmin("company", true);
    String id = fixture.published(owner, ShowcaseFixture.body(owner.organisationId(), "Sanat", "Orden", "Words")
        .put("categories", new JsonArray().add("remote-monitoring"))
        .put("targetGroups", new JsonArray().add("informal-carers")));

    for (User reader : new User[] {null, users.citizen("plain")}) {
      Element plain = facts(id, "en", reader);
      assertThat(plain.text()).contains("Measuring your health at home", "People caring for someone close")
          .doesNotContain("Remote monitoring", "Informal carers");
    }
    assertThat(facts(id, "fi", null).text()).contains("Terveyden mittaaminen kotona", "Läheistään hoitavat");
    assertThat(facts(id, "sv", users.citizen("plain-sv")).text()).contains("Mäta din hälsa hemma");

    for (User professional : new User[] {owner, users.orgMember("care"), users.staff("umea")}) {
      Element terms = facts(id, "en", professional);
      assertThat(terms.text()).contains("Remote monitoring", "Informal carers").doesNotContain("Measuring your health at home");
    }

    Element visitorFilters = PageHtml.main(http.get("/showcases?lang=fi&category=remote-monitoring", null).text());
    assertThat(visitorFilters.select("select#filter-category option[value=remote-monitoring]").text())
        .startsWith("Terveyden mittaaminen kotona");
    Element staffFilters = PageHtml.main(http.get("/showcases?lang=fi&category=remote-monitoring", users.staff("seinajoki").token()).text());
    assertThat(staffFilters.select("select#filter-category option[value=remote-monitoring]").text()).startsWith("Etämonitorointi");
  }

  @Test
  @DisplayName("both words find the showcase: the plain one and the professional one")
  void bothWordsFindIt() {
    User owner = users.orgAdmin("company", true);
    String id = fixture.published(owner, ShowcaseFixture.body(owner.organisationId(), "Kotiapu Zeta", "Hemhjälp Zeta", "Zeta")
        .put("categories", new JsonArray().add("assistive-living")));
    for (String q : new String[] {"help+at+home", "assistive+living", "apua+kotiin", "hj%C3%A4lp+i+hemmet"}) {
      JsonArray items = http.get("/api/v1/showcases?pageSize=100&q=" + q, null).json().getJsonArray("items");
      assertThat(items.stream().map(i -> ((JsonObject) i).getString("id"))).as(q).contains(id);
    }
  }

  @Test
  @DisplayName("a showcase written only in Finnish, read on an English page: its title, summary and description carry lang=fi")
  void fallbackLanguageIsMarked() {
    User owner = users.orgAdmin("company", true);
    JsonObject body = ShowcaseFixture.body(owner.organisationId(), "Vain suomeksi kirjoitettu esittely", null, null)
        .put("summary", new JsonObject().put("fi", "Tämä esittely on kirjoitettu vain suomeksi, eikä sitä ole käännetty."))
        .put("description", new JsonObject().put("fi", "Kuvaus on **vain suomeksi**."));
    body.getJsonObject("title").remove("sv");
    body.getJsonObject("title").remove("en");
    String id = fixture.published(owner, body);

    Element main = PageHtml.main(http.get("/showcases/" + id + "?lang=en", null).text());
    assertThat(main.selectFirst("h1").attr("lang")).isEqualTo("fi");
    assertThat(main.selectFirst("h1").text()).isEqualTo("Vain suomeksi kirjoitettu esittely");
    assertThat(main.selectFirst("p.lead").attr("lang")).isEqualTo("fi");
    assertThat(main.selectFirst(".description > div").attr("lang")).isEqualTo("fi");

    Element fi = PageHtml.main(http.get("/showcases/" + id + "?lang=fi", null).text());
    assertThat(fi.selectFirst("h1").attr("lang")).isEqualTo("fi");

    Element list = PageHtml.main(http.get("/showcases?lang=sv&q=suomeksi+kirjoitettu", null).text());
    Element card = list.selectFirst("a[href=/showcases/" + id + "]");
    assertThat(card).isNotNull();
    assertThat(card.attr("lang")).isEqualTo("fi");
  }
}
