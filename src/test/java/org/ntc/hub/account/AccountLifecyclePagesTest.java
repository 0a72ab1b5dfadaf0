package org.ntc.hub.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users;

/** The pages of the account lifecycle: verification by button, forgotten password, reset, settings; the banner and the 403 page. */
class AccountLifecyclePagesTest extends ApiTest {

  private static MultiMap cookie(Users.User user) {
    return MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + user.token());
  }

  private Http.Response page(String path, Users.User user) {
    return http.raw(HttpMethod.GET, path, user == null ? MultiMap.caseInsensitiveMultiMap() : cookie(user), null);
  }

  private Http.Response submit(String path, Users.User user, MultiMap fields) {
    return http.form(path, cookie(user), MultiMap.caseInsensitiveMultiMap().addAll(fields).add("_csrf", http.csrfOf(user.token())));
  }

  /** A signed-out browser's form post: the CSRF cookie and field from the page first. */
  private Http.Response submitSignedOut(String pagePath, String path, MultiMap fields) {
    Http.Response page = http.get(pagePath, null);
    return http.form(path, MultiMap.caseInsensitiveMultiMap().add("Cookie", Http.csrfCookie(page)),
        MultiMap.caseInsensitiveMultiMap().addAll(fields).add("_csrf", Http.csrfField(page)));
  }

  @Test
  @DisplayName("following the link shows a button and changes nothing; pressing it proves the address")
  void verifyByButton() {
    Users.User person = users.unverified("verify-page");
    String token = users.link(person.email(), "verify-email");
    Http.Response shown = page("/verify-email?token=" + token + "&lang=fi", null);
    assertThat(shown.status()).isEqualTo(200);
    Element main = PageHtml.main(shown.text());
    assertThat(main.select("form[action=/verify-email][method=post] input[name=token]").val()).isEqualTo(token);
    assertThat(main.select("form[action=/verify-email] button").text()).isEqualTo("Vahvista sähköpostiosoitteeni");
    assertThat(app.count("SELECT count(*) FROM account WHERE id = '" + person.id() + "' AND email_verified_at IS NULL"))
        .as("a GET proves nothing: mail scanners fetch links").isEqualTo(1);

    Http.Response done = submitSignedOut("/verify-email?token=" + token, "/verify-email", MultiMap.caseInsensitiveMultiMap()
        .add("token", token));
    assertThat(done.status()).isEqualTo(303);
    assertThat(done.header("Location")).isEqualTo("/verify-email?done=1");
    assertThat(app.count("SELECT count(*) FROM account WHERE id = '" + person.id() + "' AND email_verified_at IS NOT NULL"))
        .isEqualTo(1);

    Http.Response again = submitSignedOut("/verify-email?token=" + token, "/verify-email?lang=sv",
        MultiMap.caseInsensitiveMultiMap().add("token", token));
    assertThat(again.status()).isEqualTo(400);
    Element refused = PageHtml.main(again.text());
    assertThat(refused.text()).contains("Länken fungerar inte");
    assertThat(refused.select("a[href=/account/settings]")).hasSize(1);
  }

  @Test
  @DisplayName("an unverified person sees the banner on every page and gets a 403 page saying why when they write")
  void unverifiedBannerAndRefusal() {
    Users.User person = users.unverified("banner");
    Http.Response home = page("/?lang=en", person);
    Element banner = PageHtml.parse(home.text()).selectFirst(".verify-banner");
    assertThat(banner).isNotNull();
    assertThat(banner.text()).contains("Confirm your email address", person.email());
    assertThat(banner.select("form[action=/account/settings/verification] button").text()).isEqualTo("Send the link again");

    Http.Response refused = submit("/organisations?lang=en", person, MultiMap.caseInsensitiveMultiMap()
        .add("name", "Refused " + UUID.randomUUID()).add("type", "company").add("country", "FI"));
    assertThat(refused.status()).isEqualTo(403);
    Element main = PageHtml.main(refused.text());
    assertThat(main.text()).contains("Confirm your email address first", person.email());
    assertThat(main.select("a[href=/account/settings]")).hasSize(1);

    Users.User verified = users.citizen("no-banner");
    assertThat(PageHtml.parse(page("/", verified).text()).select(".verify-banner")).isEmpty();
  }

  @Test
  @DisplayName("the forgotten-password form says the same whether or not the account exists, and re-shows a bad address")
  void forgotPassword() {
    Users.User person = users.citizen("forgot-page");
    Http.Response known = submitSignedOut("/forgot-password", "/forgot-password",
        MultiMap.caseInsensitiveMultiMap().add("email", person.email()));
    Http.Response unknown = submitSignedOut("/forgot-password", "/forgot-password",
        MultiMap.caseInsensitiveMultiMap().add("email", "nobody-" + UUID.randomUUID() + "@example.org"));
    assertThat(known.status()).isEqualTo(303);
    assertThat(unknown.status()).isEqualTo(303);
    assertThat(known.header("Location")).isEqualTo(unknown.header("Location")).isEqualTo("/forgot-password?sent=1");
    assertThat(PageHtml.mainText(http.get("/forgot-password?sent=1&lang=en", null).text()))
        .contains("If an account exists for that address, we sent a link");

    Http.Response bad = submitSignedOut("/forgot-password", "/forgot-password?lang=fi",
        MultiMap.caseInsensitiveMultiMap().add("email", "not an address"));
    assertThat(bad.status()).isEqualTo(400);
    Element main = PageHtml.main(bad.text());
    assertThat(main.select(".error-summary a[href=#email]").text()).isEqualTo("Anna kelvollinen sähköpostiosoite.");
    assertThat(main.select("#email").val()).isEqualTo("not an address");
    assertThat(PageHtml.main(http.get("/login?lang=en", null).text()).select("a[href=/forgot-password]").text())
        .isEqualTo("Forgot your password?");
  }

  @Test
  @DisplayName("the reset page re-shows a weak password with its error, then sends the person to sign in with a notice")
  void resetPage() {
    Users.User person = users.citizen("reset-page");
    http.post("/api/v1/auth/password-reset", null, new io.vertx.core.json.JsonObject().put("email", person.email()));
    String token = users.link(person.email(), "reset-password");
    String form = "/reset-password?token=" + token;
    assertThat(PageHtml.main(http.get(form, null).text()).select("input[name=token]").val()).isEqualTo(token);

    Http.Response weak = submitSignedOut(form, "/reset-password?lang=en",
        MultiMap.caseInsensitiveMultiMap().add("token", token).add("password", "short"));
    assertThat(weak.status()).isEqualTo(400);
    assertThat(PageHtml.main(weak.text()).select(".error-summary a[href=#password]")).hasSize(1);
    assertThat(PageHtml.main(weak.text()).select("#password[aria-invalid=true]")).hasSize(1);

    Http.Response done = submitSignedOut(form, "/reset-password",
        MultiMap.caseInsensitiveMultiMap().add("token", token).add("password", "copper meadow violin sunrise"));
    assertThat(done.status()).isEqualTo(303);
    assertThat(done.header("Location")).isEqualTo("/login?reset=1");
    assertThat(PageHtml.mainText(http.get("/login?reset=1&lang=sv", null).text())).contains("Ditt lösenord är bytt");
    assertThat(http.get("/api/v1/me", person.token()).status()).isEqualTo(401);

    Http.Response used = submitSignedOut(form, "/reset-password?lang=en",
        MultiMap.caseInsensitiveMultiMap().add("token", token).add("password", "copper meadow violin sunrise"));
    assertThat(used.status()).isEqualTo(400);
    assertThat(PageHtml.main(used.text()).select("a[href=/forgot-password]")).hasSize(1);
  }

  @Test
  @DisplayName("the settings page asks to sign in first, shows the address and its status, links mail settings, and re-shows refused forms")
  void settings() {
    assertThat(page("/account/settings", null).status()).isEqualTo(303);
    Users.User person = users.unverified("settings-page");
    Element main = PageHtml.main(page("/account/settings?lang=en", person).text());
    assertThat(main.select("dl.facts dd").eachText()).contains(person.email(), "Not confirmed yet");
    assertThat(main.select("a[href=/account/settings/notifications]")).hasSize(1);
    assertThat(PageHtml.main(page("/account?lang=en", person).text()).select("a[href=/account/settings]")).hasSize(1);

    Http.Response sent = submit("/account/settings/verification", person, MultiMap.caseInsensitiveMultiMap());
    assertThat(sent.status()).isEqualTo(303);
    assertThat(sent.header("Location")).isEqualTo("/account/settings?sent=1");

    Http.Response wrong = submit("/account/settings/password?lang=en", person, MultiMap.caseInsensitiveMultiMap()
        .add("currentPassword", "not my password at all").add("password", "copper meadow violin sunrise"));
    assertThat(wrong.status()).isEqualTo(400);
    Element refused = PageHtml.main(wrong.text());
    assertThat(refused.select(".error-summary a[href=#currentPassword]").text()).isEqualTo("Enter your current password correctly.");

    Http.Response email = submit("/account/settings/email?lang=en", person, MultiMap.caseInsensitiveMultiMap()
        .add("email", "new-" + UUID.randomUUID() + "@example.org").add("emailPassword", "wrong password entirely"));
    assertThat(email.status()).isEqualTo(400);
    assertThat(PageHtml.main(email.text()).select(".error-summary a[href=#emailPassword]")).hasSize(1);

    String newEmail = "new-" + UUID.randomUUID() + "@example.org";
    Http.Response asked = submit("/account/settings/email", person, MultiMap.caseInsensitiveMultiMap()
        .add("email", newEmail).add("emailPassword", Users.PASSWORD));
    assertThat(asked.status()).isEqualTo(303);
    users.verify(newEmail);
    assertThat(PageHtml.main(page("/account/settings?lang=en", person).text()).select("dl.facts dd").eachText())
        .contains(newEmail, "Confirmed");

    Http.Response changed = submit("/account/settings/password", person, MultiMap.caseInsensitiveMultiMap()
        .add("currentPassword", Users.PASSWORD).add("password", "copper meadow violin sunrise"));
    assertThat(changed.status()).isEqualTo(303);
    assertThat(changed.header("Location")).isEqualTo("/account/settings?passwordChanged=1");
    assertThat(page("/account/settings", person).status()).as("this session stays").isEqualTo(200);
  }
}
