package org.ntc.hub.visit;

import static org.ntc.hub.support.Http.bearer;
import static org.ntc.hub.support.Http.form;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

class VisitPagesTest extends ApiTest {

  /** A slot a few days ahead, within what the contact point's page shows. */
  private static JsonObject soon(String kind, int capacity, int days) {
    JsonObject slot = VisitRoutesTest.slot(kind, capacity);
    OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(2)).truncatedTo(ChronoUnit.DAYS).plusDays(days).withHour(10);
    return slot.put("startsAt", start.toString()).put("endsAt", start.plusMinutes(90).toString());
  }

  private static Element slotItem(Element main, String slotId) {
    return main.select("li.visit-slot").stream().filter(li -> !li.select("form[action=/visits/" + slotId + "/book]").isEmpty()
        || li.text().contains(slotId)).findFirst().orElse(null);
  }

  @Test
  @DisplayName("book a visit from the contact point's page, find it with its meeting link under your visits, and cancel it")
  void bookAndCancel() {
    User staff = users.staff("seinajoki");
    JsonObject virtual = soon("virtual", 2, 5);
    String link = virtual.getString("meetingLink");
    String id = VisitRoutesTest.create(http, staff, "seinajoki", virtual);
    User person = users.citizen("visitor");

    Element anonymous = PageHtml.main(http.get("/contact-points/seinajoki?lang=en", null).text());
    assertThat(anonymous.select("#visits h2").text()).isEqualTo("Book a visit");
    assertThat(anonymous.select("#visits a[href^=/login]")).isNotEmpty();
    assertThat(anonymous.select("form[action=/visits/" + id + "/book]")).as("no Book button before signing in").isEmpty();
    assertThat(anonymous.html()).doesNotContain(link);

    Element page = PageHtml.main(http.get("/contact-points/seinajoki?lang=fi", person.token()).text());
    Element item = slotItem(page, id);
    assertThat(item).isNotNull();
    assertThat(item.text()).contains("Virtuaalinen opintovierailu", "2/2 paikkaa vapaana", "Kielet:", "Varaa paikka");
    assertThat(page.html()).doesNotContain(link);

    Http.Response booked = http.form("/visits/" + id + "/book", bearer(person), MultiMap.caseInsensitiveMultiMap());
    assertThat(booked.status()).isEqualTo(303);
    assertThat(booked.header("Location")).startsWith("/account/visits?booked=");
    Element mine = PageHtml.main(http.get(booked.header("Location") + "&lang=sv", person.token()).text());
    assertThat(mine.text()).contains("Dina besök", "Din plats är bokad", "Virtuellt studiebesök");
    assertThat(mine.select("a.meeting-link").attr("href")).isEqualTo(link);
    assertThat(PageHtml.mainText(http.get("/contact-points/seinajoki?lang=en", person.token()).text()))
        .contains("You have booked this visit.", "1 of 2 places free");
    User other = users.citizen("onlooker");
    assertThat(http.get("/contact-points/seinajoki?lang=en", other.token()).text()).doesNotContain(link);
    assertThat(http.get("/account/visits?lang=en", other.token()).text()).doesNotContain(link);
    assertThat(PageHtml.main(http.get("/account?lang=en", person.token()).text()).select("a[href=/account/visits]")).isNotEmpty();

    String cancel = mine.select("form[action$=/cancel]").attr("action");
    assertThat(http.form(cancel, bearer(person), MultiMap.caseInsensitiveMultiMap()).status()).isEqualTo(303);
    assertThat(PageHtml.mainText(http.get("/account/visits?lang=en", person.token()).text())).contains("You have no upcoming visits.");
    assertThat(http.form(cancel, bearer(other), MultiMap.caseInsensitiveMultiMap()).status()).as("not theirs").isEqualTo(404);
    assertThat(http.get("/account/visits", null).status()).as("sign in first").isEqualTo(303);
  }

  @Test
  @DisplayName("a full visit says so: no Book button, and a late booking gets a page that explains, in the reader's language")
  void fullVisit() {
    User staff = users.staff("umea");
    String id = VisitRoutesTest.create(http, staff, "umea", soon("showroom", 1, 6));
    User first = users.citizen("first");
    User late = users.citizen("late");
    assertThat(http.form("/visits/" + id + "/book", bearer(first), MultiMap.caseInsensitiveMultiMap()).status()).isEqualTo(303);
    Element page = PageHtml.main(http.get("/contact-points/umea?lang=sv", late.token()).text());
    assertThat(page.select("form[action=/visits/" + id + "/book]")).isEmpty();
    assertThat(page.text()).contains("Fullbokat");
    Http.Response refused = http.form("/visits/" + id + "/book?lang=sv", bearer(late), MultiMap.caseInsensitiveMultiMap());
    assertThat(refused.status()).isEqualTo(409);
    assertThat(PageHtml.mainText(refused.text())).contains("besöket är fullbokat");
    assertThat(PageHtml.main(refused.text()).select("a[href=/contact-points/umea#visits]")).isNotEmpty();
  }

  @Test
  @DisplayName("staff of a contact point add and cancel its visits on their page; a refused form comes back with its errors")
  void staffPage() {
    User staff = users.staff("seinajoki");
    User other = users.staff("umea");
    User citizen = users.citizen("curious");
    assertThat(http.get("/contact-points/seinajoki/visits", citizen.token()).status()).isEqualTo(403);
    assertThat(http.get("/contact-points/seinajoki/visits", other.token()).status()).isEqualTo(403);
    Element page = PageHtml.main(http.get("/contact-points/seinajoki/visits?lang=en", staff.token()).text());
    assertThat(page.select("form[action=/contact-points/seinajoki/visits] select#kind option")).hasSize(3);
    assertThat(PageHtml.main(http.get("/contact-points/seinajoki?lang=en", staff.token()).text())
        .select("a[href=/contact-points/seinajoki/visits]")).isNotEmpty();

    MultiMap wrong = MultiMap.caseInsensitiveMultiMap().add("kind", "virtual").add("startsAt", "2020-01-01T10:00")
        .add("endsAt", "2020-01-01T09:00").add("capacity", "lots").add("meetingLink", "");
    Http.Response refused = http.form("/contact-points/seinajoki/visits?lang=en", bearer(staff), wrong);
    assertThat(refused.status()).isEqualTo(400);
    Element form = PageHtml.main(refused.text());
    assertThat(form.select(".error-summary a").eachAttr("href"))
        .contains("#startsAt", "#capacity", "#languages", "#meetingLink");
    assertThat(form.select("#meetingLink-error").text()).contains("needs a meeting link");
    assertThat(form.select("input#startsAt").val()).isEqualTo("2020-01-01T10:00");

    String day = OffsetDateTime.now().plusDays(7).toLocalDate().toString();
    MultiMap right = MultiMap.caseInsensitiveMultiMap().add("kind", "test-home").add("startsAt", day + "T13:00")
        .add("endsAt", day + "T14:30").add("capacity", "4").add("languages", "fi").add("languages", "sv")
        .add("description_fi", "Testikotikierros henkilöstön testi").add("meetingLink", "");
    assertThat(http.form("/contact-points/seinajoki/visits", bearer(staff), right).status()).isEqualTo(303);
    Element listed = PageHtml.main(http.get("/contact-points/seinajoki/visits?lang=fi", staff.token()).text());
    Element slot = listed.select("li.visit-slot").stream().filter(li -> li.text().contains("Testikotikierros henkilöstön testi")
        || li.text().contains("13.00")).filter(li -> li.text().contains("4/4")).findFirst().orElseThrow();
    assertThat(slot.text()).contains("Opastettu testikotivierailu", "Kielet:");
    String cancel = slot.select("form[action$=/cancel]").attr("action");
    assertThat(http.form(cancel, bearer(other), MultiMap.caseInsensitiveMultiMap()).status()).isEqualTo(403);
    assertThat(http.form(cancel, bearer(staff), MultiMap.caseInsensitiveMultiMap()).status()).isEqualTo(303);
  }
}
