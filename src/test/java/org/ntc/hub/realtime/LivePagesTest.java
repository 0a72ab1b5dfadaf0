package org.ntc.hub.realtime;

import static org.ntc.hub.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

class LivePagesTest extends ApiTest {

  @Test
  @DisplayName("staff post an announcement and go on duty from the contact-point page; others see no forms")
  void contactPointPage() {
    User staff = users.staff("seinajoki");
    String own = http.get("/contact-points/seinajoki?lang=fi", staff.token()).text();
    assertThat(PageHtml.mainText(own)).contains("Uusi tiedote", "Olen päivystysvuorossa");
    assertThat(PageHtml.main(own).select("[data-live-duty=seinajoki]")).hasSize(1);
    assertThat(PageHtml.parse(own).select("head script[src^=/assets/js/live.js]")).hasSize(1);
    assertThat(http.get("/contact-points/umea?lang=fi", staff.token()).text()).doesNotContain("Uusi tiedote");
    String anonymous = http.get("/contact-points/seinajoki?lang=sv", null).text();
    assertThat(PageHtml.mainText(anonymous)).contains("Meddelanden");
    assertThat(anonymous).doesNotContain("Nytt meddelande");

    Http.Response empty = http.form("/contact-points/seinajoki/announcements", bearer(staff),
        MultiMap.caseInsensitiveMultiMap().add("text_fi", "").add("text_sv", "").add("text_en", ""));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(PageHtml.mainText(empty.text())).contains("Write the announcement in at least one language");
    assertThat(PageHtml.main(empty.text()).select("[aria-invalid=true]")).isNotEmpty();

    Http.Response posted = http.form("/contact-points/seinajoki/announcements", bearer(staff),
        MultiMap.caseInsensitiveMultiMap().add("text_fi", "Kahvit tarjolla testikodissa <b>tänään</b>").add("text_en", "Coffee today"));
    assertThat(posted.status()).isEqualTo(303);
    String page = http.get("/contact-points/seinajoki?lang=fi", null).text();
    assertThat(PageHtml.mainText(page)).as("the markup shows as text").contains("Kahvit tarjolla testikodissa <b>tänään</b>");
    assertThat(page).doesNotContain("<b>tänään</b>");
    assertThat(PageHtml.mainText(http.get("/contact-points/seinajoki?lang=sv", null).text())).contains("Coffee today");

    assertThat(http.form("/contact-points/seinajoki/duty", bearer(staff), MultiMap.caseInsensitiveMultiMap().add("onDuty", "true"))
        .status()).isEqualTo(303);
    assertThat(PageHtml.mainText(http.get("/contact-points/seinajoki?lang=en", null).text())).contains(staff.name());
    User citizen = users.citizen("c");
    assertThat(http.form("/contact-points/seinajoki/duty", bearer(citizen), MultiMap.caseInsensitiveMultiMap().add("onDuty", "true"))
        .status()).isEqualTo(403);
    assertThat(http.form("/contact-points/seinajoki/announcements", MultiMap.caseInsensitiveMultiMap(),
        MultiMap.caseInsensitiveMultiMap().add("text_fi", "Ilman kirjautumista")).status()).isIn(401, 403);
  }

  @Test
  @DisplayName("the account page lists notifications with an unread badge; opening one marks it read")
  void accountNotifications() {
    User founder = users.orgAdmin("company", false);
    User staff = users.staff("umea");
    assertThat(http.post("/api/v1/organisations/" + founder.organisationId() + "/verify", staff.token(), null).status()).isEqualTo(200);
    String page = http.get("/account?lang=sv", founder.token()).text();
    assertThat(PageHtml.mainText(page)).contains("Aviseringar", "är nu verifierad av kontaktpunkten");
    assertThat(PageHtml.parse(page).select("header [data-unread]").text()).isEqualTo("1");
    String id = http.get("/api/v1/me/notifications", founder.token()).json().getJsonArray("items").getJsonObject(0).getString("id");
    Http.Response opened = http.form("/account/notifications/" + id + "/read", bearer(founder), MultiMap.caseInsensitiveMultiMap());
    assertThat(opened.status()).isEqualTo(303);
    assertThat(opened.header("Location")).isEqualTo("/organisations/" + founder.organisationId());
    assertThat(PageHtml.parse(http.get("/account?lang=en", founder.token()).text()).select("header [data-unread]").text()).isEqualTo("0");
    String moderation = http.get("/moderation?lang=fi", staff.token()).text();
    assertThat(PageHtml.main(moderation).select("[data-live-queue]")).hasSize(1);
    assertThat(PageHtml.main(moderation).select("h1").text()).isEqualTo("Tarkistusjono");
    assertThat(PageHtml.parse(moderation).select("header a[href=/moderation]").text()).isEqualTo("Moderointi");
  }
}
