package org.ntc.hub.group;

import static org.ntc.hub.support.Http.bearer;
import static org.ntc.hub.support.Http.form;
import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

class GroupPagesTest extends ApiTest {
  @Test
  @DisplayName("staff create a group from the form; a refused form comes back with its errors and creates nothing")
  void staffForm() {
    User staff = users.staff("seinajoki");
    User citizen = users.citizen("citizen");
    assertThat(http.get("/groups/new", citizen.token()).status()).isEqualTo(403);
    Element empty = PageHtml.main(http.get("/groups/new?lang=fi", staff.token()).text());
    assertThat(empty.select("input#name_fi, input#name_sv, input#name_en")).hasSize(3);

    long before = app.count("SELECT count(*) FROM theme_group");
    Http.Response refused = http.form("/groups/new?lang=fi", bearer(staff), form("name_fi", "Yö", "description_fi", ""));
    assertThat(refused.status()).isEqualTo(400);
    Element again = PageHtml.main(refused.text());
    assertThat(again.select(".error-summary a[href=#name]")).hasSize(1);
    assertThat(again.select(".error-summary a[href=#description]")).hasSize(1);
    assertThat(again.select("#name_fi").attr("value")).isEqualTo("Yö");
    assertThat(app.count("SELECT count(*) FROM theme_group")).isEqualTo(before);

    Http.Response created = http.form("/groups/new?lang=fi", bearer(staff), form("name_fi", "Lääkitysturvallisuus kotona",
        "name_sv", "Läkemedelssäkerhet i hemmet", "description_fi", "Lääkeannostelijat ja hoitajan rooli kotihoidossa."));
    assertThat(created.status()).isEqualTo(303);
    String location = created.header("Location");
    assertThat(location).startsWith("/groups/").endsWith("?created=1");
    Element page = PageHtml.main(http.get(location + "&lang=sv", staff.token()).text());
    assertThat(page.select("h1").text()).isEqualTo("Läkemedelssäkerhet i hemmet");
    assertThat(page.select("a[href$=/edit]")).hasSize(1);

    String id = location.replace("/groups/", "").replace("?created=1", "");
    assertThat(http.get("/groups/" + id + "/edit", citizen.token()).status()).isEqualTo(403);
    Element edit = PageHtml.main(http.get("/groups/" + id + "/edit?lang=fi", staff.token()).text());
    assertThat(edit.select("#name_sv").attr("value")).isEqualTo("Läkemedelssäkerhet i hemmet");
    Http.Response saved = http.form("/groups/" + id + "/edit", bearer(staff), form("name_fi", "Lääkitysturvallisuus kotona",
        "name_sv", "Läkemedel hemma", "description_fi", "Lääkeannostelijat ja hoitajan rooli kotihoidossa."));
    assertThat(saved.header("Location")).isEqualTo("/groups/" + id + "?changed=1");
    assertThat(http.get("/api/v1/groups/" + id + "?lang=sv", null).json().getString("name")).isEqualTo("Läkemedel hemma");
  }

  @Test
  @DisplayName("a visitor sees groups and member counts but no names; a person joins, starts a thread and replies from the pages")
  void joinAndDiscuss() {
    User staff = users.staff("umea");
    String id = http.post("/api/v1/groups", staff.token(), GroupFlowTest.group()).json().getString("id");
    User nurse = users.citizen("nurse");
    User other = users.citizen("other");
    http.post("/api/v1/groups/" + id + "/members", other.token(), null);

    Element list = PageHtml.main(http.get("/groups?lang=en", null).text());
    assertThat(list.select("a[href=/groups/" + id + "]")).hasSize(1);
    Element visitor = PageHtml.main(http.get("/groups/" + id + "?lang=en", null).text());
    assertThat(visitor.text()).contains("One member", "Members’ names are shown to people who are signed in").doesNotContain(other.name());
    assertThat(visitor.select("a[href^=/login]")).isNotEmpty();
    assertThat(visitor.select("form[action$=/join]")).isEmpty();
    assertThat(http.get("/groups/" + id + "/threads/" + id, null).status()).isEqualTo(303);

    Element before = PageHtml.main(http.get("/groups/" + id + "?lang=fi", nurse.token()).text());
    assertThat(before.text()).contains(other.name());
    assertThat(before.select("form[action=/groups/" + id + "/join]")).hasSize(1);
    assertThat(before.select("form[action=/groups/" + id + "/threads]")).isEmpty();
    assertThat(http.form("/groups/" + id + "/join", bearer(nurse), form()).header("Location")).isEqualTo("/groups/" + id + "?joined=1");
    Element member = PageHtml.main(http.get("/groups/" + id + "?lang=fi&joined=1", nurse.token()).text());
    assertThat(member.select("[role=status]").text()).contains("Tervetuloa");
    assertThat(member.select("form[action=/groups/" + id + "/leave]")).hasSize(1);

    Http.Response refused = http.form("/groups/" + id + "/threads?lang=fi", bearer(nurse), form("title", "", "text", "Teksti"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(PageHtml.main(refused.text()).select(".error-summary a[href=#title]")).hasSize(1);
    Http.Response started = http.form("/groups/" + id + "/threads", bearer(nurse), form("title", "Yöhälytykset",
        "text", "Kuka reagoi **yöllä**?", "showcaseIds", "", "libraryIds", ""));
    assertThat(started.status()).isEqualTo(303);
    String thread = started.header("Location").replace("?started=1", "");
    Element threadPage = PageHtml.main(http.get(thread + "?lang=fi", other.token()).text());
    assertThat(threadPage.select("h1").text()).isEqualTo("Yöhälytykset");
    assertThat(threadPage.select(".group-posts strong").text()).isEqualTo("yöllä");
    assertThat(threadPage.select("a[href$=/report]")).hasSize(1);

    Http.Response replied = http.form(thread + "/posts", bearer(other), form("text", "Meillä yöpartio."));
    assertThat(replied.status()).isEqualTo(303);
    assertThat(replied.header("Location")).contains("replied=1#post-");
    Element after = PageHtml.main(http.get(thread + "?lang=fi", nurse.token()).text());
    assertThat(after.select(".group-posts > li")).hasSize(2);
    assertThat(after.text()).contains("Meillä yöpartio.").doesNotContain("+02:00", "Europe/");

    String reportLink = after.select("a[href$=/report]").attr("href");
    Element reportForm = PageHtml.main(http.get(reportLink + "?lang=fi", nurse.token()).text());
    assertThat(reportForm.select("textarea#reason")).hasSize(1);
    assertThat(http.form(reportLink, bearer(nurse), form("reason", "")).status()).isEqualTo(400);
    assertThat(http.form(reportLink, bearer(nurse), form("reason", "Mainontaa")).header("Location")).contains("reported=1");

    Element account = PageHtml.main(http.get("/account?lang=fi", nurse.token()).text());
    assertThat(account.select("a[href='/groups#mine']")).hasSize(1);
    Element mine = PageHtml.main(http.get("/groups?lang=fi", nurse.token()).text());
    assertThat(mine.select("#mine ~ ul a[href=/groups/" + id + "]")).hasSize(1);
    assertThat(http.get("/groups/" + java.util.UUID.randomUUID(), nurse.token()).status()).isEqualTo(404);
  }

  @Test
  @DisplayName("the header links to the groups")
  void header() {
    assertThat(PageHtml.parse(http.get("/?lang=sv", null).text()).select("header nav a[href=/groups]").text()).isEqualTo("Grupper");
  }

}
