package org.ntc.hub.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.Site;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

class PilotListPagesTest extends ApiTest {
  private NeedFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new NeedFixtures(http, users);
  }

  @Test
  @DisplayName("/pilots: staff see their own contact point's pilots by name, state and date in words; filter by state, contact point and showcase; paged")
  void list() {
    User care = users.orgMember("care");
    User company = users.orgAdmin("company", true);
    User seinajoki = users.staff("seinajoki");
    User umea = users.staff("umea");
    String showcase = fixtures.publishedShowcase(company);
    String here = fixtures.pilot(fixtures.answer(fixtures.publishedNeed(care, seinajoki), company, showcase), seinajoki);
    String there = fixtures.pilot(fixtures.answer(fixtures.publishedNeed(care, seinajoki), company, showcase), umea);
    assertThat(http.patch("/api/v1/pilots/" + there, umea.token(), new JsonObject().put("status", "running")).status()).isEqualTo(200);
    String seinajokiName = Site.of("seinajoki").name("en");
    String umeaName = Site.of("umea").name("en");

    Element own = PageHtml.main(http.get("/pilots?lang=en", seinajoki.token()).text());
    assertThat(own.select("h1").text()).isEqualTo("Pilots");
    assertThat(own.select("select#contactPoint option[selected]").text()).as("the viewer's own contact point first")
        .isEqualTo(seinajokiName);
    assertThat(own.select("select#contactPoint option").eachText()).containsAll(Site.values().stream().map(s -> s.name("en")).toList());
    assertThat(own.select("select#status option").eachText()).containsExactly("All states", "planned", "running", "completed",
        "cancelled");
    assertThat(own.select(".pilot-row dd:nth-of-type(3)").eachText()).allMatch(text -> text.startsWith(seinajokiName));

    Element ofShowcase = PageHtml.main(http.get("/pilots?lang=fi&contactPoint=&showcaseId=" + showcase, seinajoki.token()).text());
    assertThat(ofShowcase.select(".pilot-row h2 a").eachAttr("href")).containsExactlyInAnyOrder("/pilots/" + here,
        "/pilots/" + there);
    assertThat(ofShowcase.select("#showcase-filter").text()).contains("Lääkeautomaatti");
    assertThat(ofShowcase.select("input[type=hidden][name=showcaseId]").attr("value")).isEqualTo(showcase);
    assertThat(ofShowcase.text()).contains("Lääkeautomaatti", "suunniteltu", "käynnissä", Site.of("umea").name("fi"), "2026")
        .doesNotContain("planned", "running", "seinajoki", "umea", "UTC", "Europe/");
    assertThat(ofShowcase.select(".pilot-row time").eachText()).noneMatch(text -> text.matches("\\d{4}-\\d{2}-\\d{2}.*"));

    Element running = PageHtml.main(http.get("/pilots?lang=en&contactPoint=&status=running&showcaseId=" + showcase, seinajoki.token())
        .text());
    assertThat(running.select(".pilot-row h2 a").eachAttr("href")).containsExactly("/pilots/" + there);
    assertThat(running.select("select#status option[selected]").text()).isEqualTo("running");
    Element atUmea = PageHtml.main(http.get("/pilots?lang=en&contactPoint=umea&showcaseId=" + showcase, seinajoki.token()).text());
    assertThat(atUmea.select(".pilot-row h2 a").eachAttr("href")).containsExactly("/pilots/" + there);
    assertThat(atUmea.select(".pilot-row").text()).contains(umeaName).doesNotContain(seinajokiName);
    Element atSeinajoki = PageHtml.main(http.get("/pilots?lang=en&showcaseId=" + showcase, seinajoki.token()).text());
    assertThat(atSeinajoki.select(".pilot-row h2 a").eachAttr("href")).containsExactly("/pilots/" + here);

    Element first = PageHtml.main(http.get("/pilots?lang=en&contactPoint=&pageSize=1&showcaseId=" + showcase, seinajoki.token()).text());
    assertThat(first.select(".pilot-row")).hasSize(1);
    assertThat(first.select("#pilot-count").text()).isEqualTo("2 pilots");
    String next = first.select("nav.pager a[rel=next]").attr("href");
    assertThat(next).startsWith("/pilots?").contains("page=2").contains("showcaseId=" + showcase);
    Element second = PageHtml.main(http.get(next, seinajoki.token()).text());
    assertThat(List.of(first.select(".pilot-row h2 a").attr("href"), second.select(".pilot-row h2 a").attr("href")))
        .containsExactlyInAnyOrder("/pilots/" + here, "/pilots/" + there);
    assertThat(second.select("nav.pager a[rel=prev]")).hasSize(1);
    assertThat(second.select("nav.pager a[rel=next]")).isEmpty();
  }

  @Test
  @DisplayName("/pilots: a filter naming nothing known is shown on the form, not a failure")
  void badFilters() {
    User staff = users.staff("seinajoki");
    for (String query : List.of("status=finished", "contactPoint=oslo", "showcaseId=nope", "page=0")) {
      Http.Response refused = http.get("/pilots?lang=en&" + query, staff.token());
      assertThat(refused.status()).as(query).isEqualTo(400);
      assertThat(PageHtml.main(refused.text()).select("form[action=/pilots]")).as(query).hasSize(1);
      assertThat(PageHtml.main(refused.text()).text()).as(query).doesNotContain("pilots.error");
    }
  }

  @Test
  @DisplayName("/pilots: staff and admins only; others get the 403 page, visitors are sent to sign in; staff find it in the header and on each pilot")
  void access() {
    User care = users.orgMember("care");
    User company = users.orgAdmin("company", true);
    User staff = users.staff("seinajoki");
    assertThat(http.get("/pilots", users.citizen("curious").token()).status()).isEqualTo(403);
    assertThat(http.get("/pilots", company.token()).status()).isEqualTo(403);
    Http.Response anonymous = http.get("/pilots?status=running", null);
    assertThat(anonymous.status()).isEqualTo(303);
    assertThat(anonymous.header("Location")).isEqualTo("/login?next=%2Fpilots%3Fstatus%3Drunning");
    Element admin = PageHtml.main(http.get("/pilots?lang=en", users.admin().token()).text());
    assertThat(admin.select("select#contactPoint option[selected]").text()).as("an admin starts from all").isEqualTo("All contact points");

    assertThat(PageHtml.parse(http.get("/?lang=en", staff.token()).text()).select("header a[href=/pilots]").text()).isEqualTo("Pilots");
    assertThat(PageHtml.parse(http.get("/?lang=en", company.token()).text()).select("header a[href=/pilots]")).isEmpty();
    String pilot = fixtures.pilot(fixtures.answer(fixtures.publishedNeed(care, staff), company, fixtures.publishedShowcase(company)), staff);
    assertThat(PageHtml.main(http.get("/pilots/" + pilot + "?lang=en", staff.token()).text()).select("a[href=/pilots]").text())
        .isEqualTo("All pilots");
    assertThat(PageHtml.main(http.get("/pilots/" + pilot + "?lang=en", company.token()).text()).select("a[href=/pilots]")).isEmpty();
  }

  @Test
  @DisplayName("a pilot's news leads its two organisations to the pilot's page")
  void notificationLeadsToPilot() {
    User care = users.orgMember("care");
    User company = users.orgAdmin("company", true);
    User staff = users.staff("seinajoki");
    String pilot = fixtures.pilot(fixtures.answer(fixtures.publishedNeed(care, staff), company, fixtures.publishedShowcase(company)), staff);
    for (User member : List.of(company, care)) {
      JsonObject items = http.get("/api/v1/me/notifications?pageSize=100", member.token()).json();
      assertThat(items.getJsonArray("items").stream().map(JsonObject.class::cast)
          .filter(n -> "pilot.updated".equals(n.getString("kind"))).map(n -> n.getString("link")))
          .contains("/pilots/" + pilot);
    }
    Http.Response opened = http.form("/account/notifications/" + http.get("/api/v1/me/notifications", company.token()).json()
        .getJsonArray("items").getJsonObject(0).getString("id") + "/read", NeedFixtures.bearer(company),
        io.vertx.core.MultiMap.caseInsensitiveMultiMap());
    assertThat(opened.header("Location")).isEqualTo("/pilots/" + pilot);
  }
}
