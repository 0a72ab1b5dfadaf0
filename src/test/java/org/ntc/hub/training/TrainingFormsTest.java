package org.ntc.hub.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

/** The training pages' forms as a browser sends them: with the session's cookie and the CSRF field of the page. */
class TrainingFormsTest extends ApiTest {

  private static MultiMap cookie(User user) {
    return MultiMap.caseInsensitiveMultiMap().add("Cookie", "ntc_token=" + user.token());
  }

  private Http.Response page(String path, User user) {
    return http.raw(HttpMethod.GET, path, cookie(user), null);
  }

  private static String csrf(Http.Response page) {
    String token = Http.csrfField(page);
    assertThat(token).as("the page's forms carry the CSRF field").isNotBlank();
    return token;
  }

  @Test
  @DisplayName("enrolling twice from the page shows the training again with the reason; a hybrid one without a site marks the site")
  void enrolRefused() {
    User staff = users.staff("seinajoki");
    User person = users.citizen("forms");
    String id = http.post("/api/v1/trainings", staff.token(), TrainingRoutesTest.training(3)).json().getString("id");
    String path = "/trainings/" + id;
    String token = csrf(page(path + "?lang=en", person));
    assertThat(http.form(path + "/enrol", cookie(person), MultiMap.caseInsensitiveMultiMap().add("_csrf", token)).status())
        .isEqualTo(303);
    Http.Response again = http.form(path + "/enrol?lang=en", cookie(person), MultiMap.caseInsensitiveMultiMap().add("_csrf", token));
    assertThat(again.status()).isEqualTo(409);
    Element main = PageHtml.main(again.text());
    assertThat(main.select("h1").text()).isEqualTo("Remote monitoring basics");
    assertThat(main.select("[role=alert]").text()).isEqualTo("You are already enrolled in this training.");

    JsonObject hybrid = TrainingRoutesTest.training(2).put("format", "hybrid");
    hybrid.remove("capacity");
    hybrid.put("seatPools", new JsonArray().add(new JsonObject().put("site", "umea").put("capacity", 2))
        .add(new JsonObject().put("site", "online").put("capacity", 2)));
    String hybridPath = "/trainings/" + http.post("/api/v1/trainings", staff.token(), hybrid).json().getString("id");
    Http.Response noSite = http.form(hybridPath + "/enrol?lang=fi", cookie(person), MultiMap.caseInsensitiveMultiMap().add("_csrf", token));
    assertThat(noSite.status()).isEqualTo(400);
    Element form = PageHtml.main(noSite.text());
    assertThat(form.select(".error-summary a[href=#site]").text()).isEqualTo("Valitse, missä osallistut.");
    assertThat(form.select("fieldset#site input[type=radio]")).hasSize(2);
  }

  @Test
  @DisplayName("each attendance form carries the CSRF field; marking before the start shows the reason on the participants page")
  void attendanceRefused() {
    User staff = users.staff("umea");
    User person = users.citizen("attending");
    String id = http.post("/api/v1/trainings", staff.token(), TrainingRoutesTest.training(3)).json().getString("id");
    http.post("/api/v1/trainings/" + id + "/enrolments", person.token(), new JsonObject());
    String path = "/trainings/" + id + "/participants";
    Http.Response participants = page(path + "?lang=sv", staff);
    String token = csrf(participants);
    assertThat(PageHtml.parse(participants.text()).select("form[action$=/attendance] input[name=_csrf]"))
        .isNotEmpty().allSatisfy(field -> assertThat(field.val()).isEqualTo(token));
    Http.Response early = http.form("/trainings/" + id + "/attendance?lang=sv", cookie(staff), MultiMap.caseInsensitiveMultiMap()
        .add("_csrf", token).add("accountId", person.id()).add("attended", "true"));
    assertThat(early.status()).isEqualTo(409);
    Element main = PageHtml.main(early.text());
    assertThat(main.select("[role=alert]").text()).isEqualTo("Närvaro kan markeras när utbildningen har börjat.");
    assertThat(main.text()).contains(person.email());
  }

  @Test
  @DisplayName("someone not signed in who sends a training form, or asks for the participants, is sent to sign in")
  void signInFirst() {
    String id = http.post("/api/v1/trainings", users.staff("seinajoki").token(), TrainingRoutesTest.training(3)).json().getString("id");
    Http.Response login = http.get("/login", null);
    MultiMap browser = MultiMap.caseInsensitiveMultiMap().add("Cookie", Http.csrfCookie(login));
    String token = csrf(login);
    for (String action : new String[] {"enrol", "cancel", "attendance", "review"}) {
      Http.Response sent = http.form("/trainings/" + id + "/" + action, browser, MultiMap.caseInsensitiveMultiMap().add("_csrf", token));
      assertThat(sent.status()).as(action).isEqualTo(303);
      assertThat(sent.header("Location")).as(action).isEqualTo("/login");
    }
    Http.Response participants = http.get("/trainings/" + id + "/participants", null);
    assertThat(participants.status()).isEqualTo(303);
    assertThat(participants.header("Location")).as("the sign-in page brings them back")
        .isEqualTo("/login?next=%2Ftrainings%2F" + id + "%2Fparticipants");
  }
}
