package org.ntc.hub.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users;

/** The browser side: forms, the HttpOnly token cookie, CSRF, escaping. */
class AccountPagesTest extends ApiTest {
  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");




  /** A browser's cookie jar, kept by hand so each step is visible. */
  private static final class Browser {
    final MultiMap cookies = MultiMap.caseInsensitiveMultiMap();

    MultiMap headers() {
      MultiMap headers = MultiMap.caseInsensitiveMultiMap();
      if (!cookies.isEmpty()) {
        StringBuilder cookie = new StringBuilder();
        cookies.forEach((k, v) -> cookie.append(k).append('=').append(v).append("; "));
        headers.add("Cookie", cookie.toString());
      }
      return headers;
    }

    Http.Response keep(Http.Response response) {
      for (String set : response.headers().getAll("Set-Cookie")) {
        String pair = set.split(";", 2)[0];
        String name = pair.substring(0, pair.indexOf('='));
        String value = pair.substring(pair.indexOf('=') + 1);
        if (value.isEmpty() || set.contains("Max-Age=0")) cookies.remove(name);
        else cookies.set(name, value);
      }
      return response;
    }
  }

  private Http.Response get(Browser browser, String path) {
    return browser.keep(http.raw(HttpMethod.GET, path, browser.headers(), null));
  }

  private Http.Response post(Browser browser, String path, MultiMap form) {
    return browser.keep(http.form(path, browser.headers(), form));
  }

  private static String csrf(Http.Response page) {
    Matcher m = CSRF_FIELD.matcher(page.text());
    assertThat(m.find()).as("the page carries a CSRF field").isTrue();
    return m.group(1);
  }

  @Test
  @DisplayName("the erase form asks for the password again: missing or wrong, the page says so in the visitor's language and nothing is erased")
  void eraseAsksForPassword() {
    Users.User person = users.citizen("erase-form");
    Browser browser = new Browser();
    browser.cookies.set("ntc_token", person.token());
    for (String lang : new String[] {"en", "fi", "sv"}) {
      Http.Response page = get(browser, "/account?lang=" + lang);
      var field = org.ntc.hub.support.PageHtml.main(page.text()).selectFirst("form#erase input[type=password][name=password]");
      assertThat(field).as("a password field in the erase form (" + lang + ")").isNotNull();
      assertThat(org.ntc.hub.support.PageHtml.main(page.text()).select("label[for=" + field.id() + "]").text()).isNotBlank();
    }
    Http.Response account = get(browser, "/account?lang=fi");
    Http.Response missing = post(browser, "/account/erase", MultiMap.caseInsensitiveMultiMap()
        .add("_csrf", csrf(account)).add("confirm", "yes"));
    assertThat(missing.status()).isEqualTo(400);
    assertThat(org.ntc.hub.support.PageHtml.main(missing.text()).select("#erase .field-error").text())
        .isEqualTo("Anna salasanasi poistaaksesi tilisi.");
    Http.Response wrong = post(browser, "/account/erase", MultiMap.caseInsensitiveMultiMap()
        .add("_csrf", csrf(missing)).add("confirm", "yes").add("password", "not my password"));
    assertThat(wrong.status()).isEqualTo(403);
    assertThat(org.ntc.hub.support.PageHtml.main(wrong.text()).select("#erase .field-error").text())
        .isEqualTo("Salasana on väärin. Mitään ei poistettu.");
    assertThat(http.get("/api/v1/me", person.token()).status()).as("nothing was erased").isEqualTo(200);

    Http.Response erased = post(browser, "/account/erase", MultiMap.caseInsensitiveMultiMap()
        .add("_csrf", csrf(wrong)).add("confirm", "yes").add("password", Users.PASSWORD));
    assertThat(erased.status()).isEqualTo(303);
    assertThat(erased.header("Location")).isEqualTo("/?erased=1");
    assertThat(http.get("/api/v1/me", person.token()).status()).isEqualTo(401);
  }

  @Test
  @DisplayName("register, land on the account page, sign out and in again through the forms")
  void registerAndSignIn() {
    Browser browser = new Browser();
    String token = csrf(get(browser, "/register?lang=fi"));
    Http.Response registered = post(browser, "/register", MultiMap.caseInsensitiveMultiMap()
        .add("_csrf", token).add("name", "Eero Mäkinen").add("email", "eero@example.fi").add("password", Users.PASSWORD));
    assertThat(registered.status()).isEqualTo(303);
    assertThat(registered.header("Location")).isEqualTo("/account");
    String setCookie = String.join("\n", registered.headers().getAll("Set-Cookie"));
    assertThat(setCookie).contains("ntc_token=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");

    Http.Response account = get(browser, "/account");
    assertThat(account.status()).isEqualTo(200);
    assertThat(PageHtml.mainText(account.text())).contains("Eero Mäkinen", "eero@example.fi", "Oma tili");
    assertThat(PageHtml.parse(account.text()).select("html").attr("lang")).isEqualTo("fi");

    Http.Response out = post(browser, "/logout", MultiMap.caseInsensitiveMultiMap().add("_csrf", csrf(account)));
    assertThat(out.status()).isEqualTo(303);
    assertThat(out.headers().getAll("Set-Cookie")).as("signing out clears the token cookie")
        .anySatisfy(set -> assertThat(set).startsWith("ntc_token=;").contains("Max-Age=0"));
    assertThat(browser.cookies.contains("ntc_token")).isFalse();
    assertThat(get(browser, "/account").status()).as("signed out: the account page sends to sign-in").isEqualTo(303);

    Http.Response wrong = post(browser, "/login", MultiMap.caseInsensitiveMultiMap()
        .add("_csrf", token).add("email", "eero@example.fi").add("password", "wrong wrong wrong"));
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(PageHtml.mainText(wrong.text())).contains("Sähköposti tai salasana on väärin");
    assertThat(PageHtml.main(wrong.text()).select("[aria-invalid=true]")).isNotEmpty();
    Http.Response in = post(browser, "/login", MultiMap.caseInsensitiveMultiMap()
        .add("_csrf", token).add("email", "eero@example.fi").add("password", Users.PASSWORD));
    assertThat(in.status()).isEqualTo(303);
    assertThat(get(browser, "/account").status()).isEqualTo(200);
  }

  @Test
  @DisplayName("a registration form with errors comes back with each field marked, in the page's language")
  void registrationErrors() {
    Browser browser = new Browser();
    String token = csrf(get(browser, "/register?lang=sv"));
    long before = app.count("SELECT count(*) FROM account WHERE email = 'nope'");
    Http.Response bad = post(browser, "/register", MultiMap.caseInsensitiveMultiMap()
        .add("_csrf", token).add("name", "").add("email", "nope").add("password", "qwerty"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(PageHtml.mainText(bad.text())).contains("Ange ditt namn", "Ange en giltig e-postadress");
    assertThat(PageHtml.main(bad.text()).select("#password-error")).hasSize(1);
    assertThat(PageHtml.main(bad.text()).select("[aria-invalid=true]")).isNotEmpty();
    assertThat(app.count("SELECT count(*) FROM account WHERE email = 'nope'")).isEqualTo(before);
  }

  @Test
  @DisplayName("state-changing browser requests without the CSRF token are refused and change nothing")
  void csrf() {
    Browser browser = new Browser();
    String token = csrf(get(browser, "/register"));
    String mallory = "SELECT count(*) FROM account WHERE email = 'mallory@example.org'";
    long before = app.count(mallory);
    Http.Response forged = post(browser, "/register", MultiMap.caseInsensitiveMultiMap()
        .add("name", "Mallory").add("email", "mallory@example.org").add("password", Users.PASSWORD));
    assertThat(forged.status()).isEqualTo(403);
    Http.Response wrongToken = post(browser, "/register", MultiMap.caseInsensitiveMultiMap()
        .add("_csrf", token + "x").add("name", "Mallory").add("email", "mallory@example.org").add("password", Users.PASSWORD));
    assertThat(wrongToken.status()).isEqualTo(403);
    assertThat(app.count(mallory)).isEqualTo(before);

    post(browser, "/register", MultiMap.caseInsensitiveMultiMap().add("_csrf", token)
        .add("name", "Cookie User").add("email", "cookie@example.org").add("password", Users.PASSWORD));
    users.verify("cookie@example.org");
    MultiMap json = browser.headers().add("Content-Type", "application/json");
    String name = "Forged " + UUID.randomUUID() + " Oy";
    String org = new JsonObject().put("name", name).put("type", "company").put("country", "FI").encode();
    assertThat(http.raw(HttpMethod.POST, "/api/v1/organisations", json, org).status())
        .as("the API riding on the cookie needs the token too").isEqualTo(403);
    assertThat(app.count("SELECT count(*) FROM organisation WHERE name = '" + name + "'")).isZero();
    assertThat(http.raw(HttpMethod.POST, "/api/v1/organisations", MultiMap.caseInsensitiveMultiMap().addAll(json)
        .add("X-CSRF-Token", token), org).status()).as("the token is bound to the session: the one from before sign-in is void")
        .isEqualTo(403);
    String sessionToken = csrf(get(browser, "/account"));
    assertThat(sessionToken).isNotEqualTo(token);
    assertThat(http.raw(HttpMethod.POST, "/api/v1/organisations", json.add("X-CSRF-Token", sessionToken), org).status()).isEqualTo(201);
    Browser other = new Browser();
    get(other, "/register");
    other.cookies.set("ntc_csrf", sessionToken);
    assertThat(post(other, "/register", MultiMap.caseInsensitiveMultiMap().add("_csrf", sessionToken)
        .add("name", "Mallory").add("email", "mallory@example.org").add("password", Users.PASSWORD)).status())
        .as("a token planted with its own cookie in another browser is worthless").isEqualTo(403);
  }

  @Test
  @DisplayName("a bearer client is never sent a CSRF cookie: it carries no ambient authority and gets no form")
  void noCsrfCookieForBearers() {
    String token = users.citizen("bearer-no-csrf").token();
    for (String path : List.of("/api/v1/showcases?lang=fi&country=SE", "/api/v1/me")) {
      Http.Response answer = http.get(path, token);
      assertThat(answer.status()).as(path).isEqualTo(200);
      assertThat(answer.headers().getAll("Set-Cookie")).as(path).noneMatch(cookie -> cookie.startsWith("ntc_csrf="));
    }
  }

  @Test
  @DisplayName("user text is escaped on every page: a name with markup shows as text")
  void escaping() {
    Users users = new Users(http);
    Users.User person = users.citizen("xss");
    http.patch("/api/v1/me", person.token(), new JsonObject().put("name", "<script>alert('x')</script>"));
    Http.Response org = http.post("/api/v1/organisations", person.token(), new JsonObject()
        .put("name", "<img src=x onerror=alert(1)>").put("type", "company").put("country", "FI"));
    http.post("/api/v1/organisations/" + org.json().getString("id") + "/verify", users.admin().token(), null);
    Http.Response page = http.get("/organisations/" + org.json().getString("id"), null);
    assertThat(page.text()).doesNotContain("<img src=x");
    assertThat(PageHtml.mainText(page.text())).as("the markup shows as text").contains("<img src=x onerror=alert(1)>");
    Http.Response list = http.get("/organisations", null);
    assertThat(list.text()).doesNotContain("<img src=x");
  }

  @Test
  @DisplayName("the directory and organisation pages render in each language and unknown ids are a 404 page")
  void organisationPages() {
    String sv = http.get("/organisations?lang=sv", null).text();
    assertThat(PageHtml.mainText(sv)).contains("Medlemsorganisationer");
    assertThat(PageHtml.parse(sv).select("html").attr("lang")).isEqualTo("sv");
    assertThat(PageHtml.mainText(http.get("/organisations?lang=fi", null).text())).contains("Jäsenorganisaatiot");
    Http.Response missing = http.get("/organisations/" + java.util.UUID.randomUUID() + "?lang=fi", null);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(PageHtml.mainText(missing.text())).contains("Sivua ei löytynyt");
    assertThat(http.get("/organisations/not-a-uuid", null).status()).isEqualTo(404);
    assertThat(http.get("/organisations?pageSize=1000", null).status()).isEqualTo(400);
  }

  @Test
  @DisplayName("a staff member's account page names their contact point in the reader's language, linked to its page")
  void staffContactPointIsNamed() {
    Users.User staff = users.staff("umea");
    Element place = PageHtml.main(http.get("/account?lang=sv", staff.token()).text()).selectFirst("a[href=/contact-points/umea]");
    assertThat(place).isNotNull();
    assertThat(place.text()).isEqualTo("Umeå");
  }
}
