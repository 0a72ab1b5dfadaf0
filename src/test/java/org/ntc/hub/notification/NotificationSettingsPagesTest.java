package org.ntc.hub.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

/** {@code /account/settings/notifications} and {@code /unsubscribe}, as a browser without JavaScript uses them. */
class NotificationSettingsPagesTest extends ApiTest {
  private static final Pattern TOKEN = Pattern.compile("/unsubscribe\\?token=([A-Za-z0-9_.-]+)");
  private static final String PAGE = "/account/settings/notifications";

  private static MultiMap signedIn(User user) {
    return Http.headers("Cookie", "ntc_token=" + user.token());
  }

  private Http.Response page(User user, String query) {
    return http.raw(HttpMethod.GET, PAGE + query, signedIn(user), null);
  }

  private JsonObject settings(User user) {
    return http.get("/api/v1/me/notification-settings", user.token()).json().getJsonObject("settings");
  }

  @Test
  @DisplayName("signed out, the page sends the visitor to sign in and back")
  void signInFirst() {
    Http.Response page = http.raw(HttpMethod.GET, PAGE, MultiMap.caseInsensitiveMultiMap(), null);
    assertThat(page.status()).isEqualTo(303);
    assertThat(page.header("Location")).startsWith("/login?next=");
  }

  @Test
  @DisplayName("the page groups the kinds, each a labelled radio group with the effective choice ticked, and lists topics as checkboxes, in fi, sv and en")
  void shows() {
    User person = users.citizen("settings-page");
    for (String lang : new String[] {"en", "fi", "sv"}) {
      Http.Response page = page(person, "?lang=" + lang);
      assertThat(page.status()).isEqualTo(200);
      Element main = PageHtml.main(page.text());
      assertThat(main.select("h2").size()).as(lang).isGreaterThanOrEqualTo(5);
      Element published = main.selectFirst("fieldset#kind-showcase-published");
      assertThat(published).as(lang).isNotNull();
      assertThat(published.selectFirst("legend").text()).isNotBlank().doesNotContain("showcase.published");
      assertThat(published.select("input[type=radio]")).hasSize(3);
      assertThat(published.selectFirst("input[checked]").val()).isEqualTo("immediately");
      assertThat(main.selectFirst("fieldset#kind-challenge-matching input[checked]").val()).isEqualTo("daily");
      for (Element radio : main.select("input[type=radio]")) {
        assertThat(main.select("label[for=" + radio.id() + "]")).as(radio.id()).hasSize(1);
      }
      assertThat(main.select("fieldset#categories input[type=checkbox]")).hasSize(10);
      assertThat(main.select("a[href=/account/settings]")).isNotEmpty();
    }
    Element fi = PageHtml.main(page(person, "?lang=fi").text());
    assertThat(fi.selectFirst("h1").text()).isEqualTo("Sähköposti-ilmoitukset");
    assertThat(fi.select("fieldset#categories label").text()).contains("Kuntoutus");
    assertThat(fi.selectFirst("fieldset#kind-showcase-published legend").text()).isEqualTo("Esittelysi julkaistaan");
  }

  @Test
  @DisplayName("saving posts, redirects and shows the choices saved, which the API then reports")
  void saves() {
    User person = users.citizen("settings-save");
    Http.Response page = page(person, "");
    Http.Response saved = http.form(PAGE, signedIn(person), MultiMap.caseInsensitiveMultiMap()
        .add("_csrf", Http.csrfField(page)).add("showcase.published", "off").add("challenge.matching", "immediately")
        .add("categories", "self-care").add("categories", "rehabilitation"));
    assertThat(saved.status()).as(saved.text()).isEqualTo(303);
    assertThat(saved.header("Location")).isEqualTo(PAGE + "?saved=1");
    Element main = PageHtml.main(page(person, "?saved=1").text());
    assertThat(main.select("[role=status]").text()).isNotBlank();
    assertThat(main.selectFirst("fieldset#kind-showcase-published input[checked]").val()).isEqualTo("off");
    assertThat(main.select("fieldset#categories input[checked]").eachAttr("value")).containsExactlyInAnyOrder("self-care", "rehabilitation");
    assertThat(settings(person).getString("showcase.published")).isEqualTo("off");
    assertThat(settings(person).getString("challenge.matching")).isEqualTo("immediately");
    assertThat(http.get("/api/v1/me/follows", person.token()).json().getJsonArray("categories"))
        .containsExactlyInAnyOrder("self-care", "rehabilitation");
  }

  @Test
  @DisplayName("a refused form comes back with an error summary, and nothing is changed")
  void refused() {
    User person = users.citizen("settings-refused");
    Http.Response page = page(person, "");
    Http.Response refused = http.form(PAGE, signedIn(person), MultiMap.caseInsensitiveMultiMap()
        .add("_csrf", Http.csrfField(page)).add("showcase.published", "hourly").add("categories", "self-care"));
    assertThat(refused.status()).isEqualTo(400);
    Element main = PageHtml.main(refused.text());
    assertThat(main.select(".error-summary a").attr("href")).isEqualTo("#settings");
    assertThat(settings(person).getString("showcase.published")).isEqualTo("immediately");
    assertThat(http.get("/api/v1/me/follows", person.token()).json().getJsonArray("categories")).isEmpty();
    Http.Response noCsrf = http.form(PAGE, signedIn(person), MultiMap.caseInsensitiveMultiMap().add("showcase.published", "off"));
    assertThat(noCsrf.status()).isEqualTo(403);
    assertThat(settings(person).getString("showcase.published")).isEqualTo("immediately");
  }

  @Test
  @DisplayName("the unsubscribe page says in the reader's language what stops, its button turns it off, and then it confirms")
  void unsubscribePage() {
    User founder = users.orgAdmin("care", false);
    app.execute("UPDATE account SET email_verified_at = now() WHERE id = '" + founder.id() + "'");
    assertThat(http.post("/api/v1/organisations/" + founder.organisationId() + "/verify", users.admin().token(), null).status())
        .isEqualTo(200);
    String text = http.get("/api/v1/admin/mail?to=" + founder.email(), users.admin().token()).json().getJsonArray("items")
        .getJsonObject(0).getString("text");
    Matcher link = TOKEN.matcher(text);
    assertThat(link.find()).isTrue();
    String path = "/unsubscribe?token=" + link.group(1) + "&lang=fi";

    Http.Response page = http.raw(HttpMethod.GET, path, MultiMap.caseInsensitiveMultiMap(), null);
    assertThat(page.status()).isEqualTo(200);
    Element main = PageHtml.main(page.text());
    assertThat(main.text()).contains("Organisaatiosi vahvistetaan");
    assertThat(main.selectFirst("form[method=post] button").text()).isEqualTo("Lopeta tilaus");
    Http.Response done = http.form(main.selectFirst("form[method=post]").attr("action"),
        Http.headers("Cookie", Http.csrfCookie(page)), MultiMap.caseInsensitiveMultiMap()
            .add("_csrf", Http.csrfField(page)).add("token", link.group(1)));
    assertThat(done.status()).as(done.text()).isEqualTo(303);
    assertThat(settings(founder).getString("organisation.verified")).isEqualTo("off");
    Element confirmed = PageHtml.main(http.raw(HttpMethod.GET, done.header("Location"), MultiMap.caseInsensitiveMultiMap(), null).text());
    assertThat(confirmed.select("[role=status]").text()).contains("Valmis");
    assertThat(confirmed.select("form[method=post]")).isEmpty();
    assertThat(confirmed.select("a[href=" + PAGE + "]")).isNotEmpty();

    Http.Response forged = http.raw(HttpMethod.GET, "/unsubscribe?token=abc.def&lang=fi", MultiMap.caseInsensitiveMultiMap(), null);
    assertThat(forged.status()).isEqualTo(400);
  }
}
