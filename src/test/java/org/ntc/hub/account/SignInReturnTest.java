package org.ntc.hub.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users;

class SignInReturnTest extends ApiTest {

  @Test
  @DisplayName("signing in from a page's sign-in link brings the person back to that page")
  void backToThePage() {
    Users.User person = users.citizen("returning");
    Http.Response login = http.get("/login?next=" + URLEncoder.encode("/trainings?lang=sv", StandardCharsets.UTF_8), null);
    Element next = PageHtml.main(login.text()).selectFirst("form[action=/login] input[name=next]");
    assertThat(next).isNotNull();
    assertThat(next.val()).isEqualTo("/trainings?lang=sv");
    assertThat(signIn(login, person.email(), next.val()).header("Location")).isEqualTo("/trainings?lang=sv");
  }

  @Test
  @DisplayName("a sign-in link cannot send a person to another site: anything but a local path goes to the account page")
  void onlyLocalPaths() {
    Users.User person = users.citizen("returning");
    for (String elsewhere : new String[] {"//evil.example/x", "https://evil.example/", "/\\evil.example", "account", ""}) {
      Http.Response login = http.get("/login?next=" + URLEncoder.encode(elsewhere, StandardCharsets.UTF_8), null);
      assertThat(PageHtml.main(login.text()).select("input[name=next]")).as(elsewhere).isEmpty();
      assertThat(signIn(login, person.email(), elsewhere).header("Location")).as(elsewhere).isEqualTo("/account");
    }
    assertThat(Forms.returnTo("/showcases/1#contact")).isEqualTo("/showcases/1#contact");
    assertThat(Forms.returnTo("/x\ny")).isEqualTo("/account");
    assertThat(Forms.returnTo(null)).isEqualTo("/account");
  }

  private Http.Response signIn(Http.Response loginPage, String email, String next) {
    String body = "_csrf=" + Http.csrfField(loginPage) + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(Users.PASSWORD, StandardCharsets.UTF_8) + "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    Http.Response signedIn = http.raw(HttpMethod.POST, "/login",
        MultiMap.caseInsensitiveMultiMap().add("Cookie", Http.csrfCookie(loginPage)).add("Content-Type", "application/x-www-form-urlencoded"), body);
    assertThat(signedIn.status()).as(signedIn.text()).isEqualTo(303);
    return signedIn;
  }
}
