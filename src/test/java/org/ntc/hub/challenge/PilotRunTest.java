package org.ntc.hub.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ntc.hub.challenge.NeedFixtures.bearer;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

class PilotRunTest extends ApiTest {
  private NeedFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new NeedFixtures(http, users);
  }

  @Test
  @DisplayName("GET /api/v1/pilots: staff filter by contact point, state and showcase, paged; others list one showcase's only")
  void list() {
    User care = users.orgMember("care");
    User company = users.orgAdmin("company", true);
    User seinajoki = users.staff("seinajoki");
    User umea = users.staff("umea");
    String need = fixtures.publishedNeed(care, seinajoki);
    String showcase = fixtures.publishedShowcase(company);
    String second = fixtures.publishedShowcase(company);
    String here = fixtures.pilot(fixtures.answer(need, company, showcase), seinajoki);
    String there = fixtures.pilot(fixtures.answer(need, company, second), umea);
    assertThat(http.patch("/api/v1/pilots/" + there, umea.token(), new JsonObject().put("status", "running")).status()).isEqualTo(200);

    assertThat(http.get("/api/v1/pilots", null).status()).isEqualTo(401);
    assertThat(http.get("/api/v1/pilots?contactPoint=umea", company.token()).status()).isEqualTo(403);
    assertThat(http.get("/api/v1/pilots?status=finished", seinajoki.token()).status()).isEqualTo(400);
    assertThat(http.get("/api/v1/pilots?contactPoint=oslo", seinajoki.token()).status()).isEqualTo(400);
    assertThat(http.get("/api/v1/pilots?pageSize=500", seinajoki.token()).status()).isEqualTo(400);

    JsonObject running = http.get("/api/v1/pilots?contactPoint=umea&status=running&pageSize=5", seinajoki.token()).json();
    assertThat(running.getJsonArray("items").stream().map(p -> ((JsonObject) p).getString("id"))).contains(there).doesNotContain(here);
    assertThat(running.getInteger("page")).isEqualTo(1);
    assertThat(running.getInteger("pageSize")).isEqualTo(5);
    assertThat(running.getLong("total")).isGreaterThanOrEqualTo(1);
    JsonObject ofShowcase = http.get("/api/v1/pilots?showcaseId=" + showcase, seinajoki.token()).json();
    assertThat(ofShowcase.getLong("total")).isEqualTo(1);
    assertThat(ofShowcase.getJsonArray("items").getJsonObject(0).getString("id")).isEqualTo(here);
    JsonObject paged = http.get("/api/v1/pilots?pageSize=1&page=2", seinajoki.token()).json();
    assertThat(paged.getJsonArray("items")).hasSizeLessThanOrEqualTo(1);
    assertThat(paged.getLong("total")).isGreaterThanOrEqualTo(2);

    assertThat(http.get("/api/v1/pilots?showcaseId=" + second, null).json().getJsonArray("items")).hasSize(1);
    assertThat(http.patch("/api/v1/pilots/" + there, umea.token(), new JsonObject().put("status", "cancelled")).status()).isEqualTo(200);
    assertThat(http.get("/api/v1/pilots?showcaseId=" + second, null).json().getLong("total")).as("cancelled hidden from the public")
        .isZero();
    assertThat(http.get("/api/v1/pilots?showcaseId=" + second + "&status=cancelled", umea.token()).json().getLong("total")).isEqualTo(1);
    assertThat(http.patch("/api/v1/pilots/" + there, umea.token(), new JsonObject().put("status", "running")).status())
        .as("a cancelled pilot stays cancelled").isEqualTo(409);
  }

  @Test
  @DisplayName("/pilots/{id}: staff move it on, write and publish its outcome; the two organisations follow it; the outcome is then public")
  void page() {
    User care = users.orgMember("care");
    User company = users.orgAdmin("company", true);
    User otherCompany = users.orgAdmin("company", true);
    User staff = users.staff("seinajoki");
    User umea = users.staff("umea");
    String need = fixtures.publishedNeed(care, staff);
    String showcase = fixtures.publishedShowcase(company);
    String answer = fixtures.answer(need, company, showcase);

    Element needPage = PageHtml.main(http.get("/challenges/" + need + "?lang=en", staff.token()).text());
    assertThat(needPage.select("form[action=/challenges/" + need + "/pilots] input[name=answerId][value=" + answer + "]")).hasSize(1);
    assertThat(PageHtml.main(http.get("/challenges/" + need + "?lang=en", care.token()).text())
        .select("form[action=/challenges/" + need + "/pilots]")).as("only staff start pilots").isEmpty();
    Http.Response refused = http.form("/challenges/" + need + "/pilots", bearer(staff), MultiMap.caseInsensitiveMultiMap()
        .add("answerId", answer).add("testArena", "NTC").add("startsOn", "2031-05-01").add("endsOn", "2031-04-01"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(PageHtml.main(refused.text()).select("#answer-" + answer + " details[open] [role=alert]")).hasSize(1);
    assertThat(http.form("/challenges/" + need + "/pilots", bearer(care), MultiMap.caseInsensitiveMultiMap().add("answerId", answer))
        .status()).isEqualTo(403);
    Http.Response started = http.form("/challenges/" + need + "/pilots", bearer(staff), MultiMap.caseInsensitiveMultiMap()
        .add("answerId", answer).add("testArena", "NTC testikoti, Seinäjoki").add("startsOn", "2031-03-01")
        .add("endsOn", "2031-05-31").add("goals_fi", "Vähentääkö muistutus unohtuneita annoksia?").add("goals_en", ""));
    assertThat(started.status()).as(started.text()).isEqualTo(303);
    String pilotPath = started.header("Location");
    assertThat(pilotPath).matches("/pilots/[0-9a-f-]{36}");
    assertThat(PageHtml.main(http.get("/challenges/" + need + "?lang=en", care.token()).text())
        .select("a[href=" + pilotPath + "]")).as("the need links its pilot").hasSize(1);

    assertThat(http.get(pilotPath, null).status()).as("not public before its outcome is").isEqualTo(404);
    assertThat(http.get(pilotPath, otherCompany.token()).status()).isEqualTo(404);
    Element seen = PageHtml.main(http.get(pilotPath + "?lang=fi", company.token()).text());
    assertThat(seen.text()).contains("Lääkeautomaatti", "Lääkemuistutukset kotihoitoon", "Seinäjoki", "suunniteltu", "1. maaliskuuta 2031")
        .doesNotContain("planned", "2031-03-01", "seinajoki");
    assertThat(seen.select("form")).as("the company follows, staff run it").isEmpty();
    assertThat(PageHtml.main(http.get(pilotPath + "?lang=en", umea.token()).text()).select("form")).as("another contact point's")
        .isEmpty();

    Element staffPage = PageHtml.main(http.get(pilotPath + "?lang=sv", staff.token()).text());
    assertThat(staffPage.select("select#status option").eachText()).containsExactly("pågår", "avslutad", "inställd");
    assertThat(http.form(pilotPath + "/status", bearer(umea), MultiMap.caseInsensitiveMultiMap().add("status", "running")).status())
        .isEqualTo(403);
    assertThat(http.form(pilotPath + "/status", bearer(staff), MultiMap.caseInsensitiveMultiMap().add("status", "finished")).status())
        .isEqualTo(400);
    assertThat(http.form(pilotPath + "/status", bearer(staff), MultiMap.caseInsensitiveMultiMap().add("status", "running")).status())
        .isEqualTo(303);
    Http.Response early = http.form(pilotPath + "/publish", bearer(staff), MultiMap.caseInsensitiveMultiMap().add("publish", "true"));
    assertThat(early.status()).isEqualTo(409);
    assertThat(PageHtml.main(early.text()).select("[role=alert]").text()).contains("completed");
    Http.Response half = http.form(pilotPath + "/outcome", bearer(staff), MultiMap.caseInsensitiveMultiMap()
        .add("measured_en", "Missed doses over 12 weeks."));
    assertThat(half.status()).isEqualTo(400);
    assertThat(PageHtml.main(half.text()).select("textarea[name=measured_en]").text()).isEqualTo("Missed doses over 12 weeks.");
    assertThat(http.form(pilotPath + "/outcome", bearer(staff), MultiMap.caseInsensitiveMultiMap()
        .add("measured_en", "Missed doses over 12 weeks.").add("result_en", "Missed doses fell by a third.")
        .add("recommendation_en", "Recommended for home care.")).status()).isEqualTo(303);
    assertThat(http.form(pilotPath + "/status", bearer(staff), MultiMap.caseInsensitiveMultiMap().add("status", "completed")).status())
        .isEqualTo(303);
    assertThat(http.get(pilotPath, null).status()).as("written but not published").isEqualTo(404);
    Element before = PageHtml.main(http.get("/showcases/" + showcase + "?lang=fi", null).text());
    assertThat(before.select("#pilots a[href=" + pilotPath + "]")).as("no link to a page the public cannot open").isEmpty();
    assertThat(before.select("#pilots").text()).contains("1. maaliskuuta 2031").doesNotContain("2031-03-01");
    assertThat(http.form(pilotPath + "/publish", bearer(staff), MultiMap.caseInsensitiveMultiMap().add("publish", "true")).status())
        .isEqualTo(303);

    Element shown = PageHtml.main(http.get(pilotPath + "?lang=en", null).text());
    assertThat(shown.text()).contains("Missed doses fell by a third.", "Published by NTC contact point Seinäjoki", "completed");
    assertThat(shown.select("form")).isEmpty();
    assertThat(http.get("/api/v1/" + pilotPath.substring(1) + "?lang=en", null).json().getJsonObject("outcome").getString("result"))
        .isEqualTo("Missed doses fell by a third.");
    assertThat(PageHtml.main(http.get("/showcases/" + showcase + "?lang=en", null).text()).select("a[href=" + pilotPath + "]"))
        .as("the showcase links its pilot").hasSize(1);
  }
}
