package org.ntc.hub.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ntc.hub.challenge.NeedFixtures.bearer;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

class FollowAnythingTest extends ApiTest {
  private NeedFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new NeedFixtures(http, users);
  }


  private List<String> kinds(User user) {
    return http.get("/api/v1/me/notifications", user.token()).json().getJsonArray("items").stream()
        .map(n -> ((JsonObject) n).getString("kind")).toList();
  }

  @Test
  @DisplayName("PUT /api/v1/me/follows replaces each list it names and leaves the others as they were; unknown ids and bad input are refused, nothing changed")
  void followsApi() {
    User person = users.citizen("follows");
    User care = users.orgAdmin("care", true);
    String need = fixtures.publishedNeed(care, users.staff("seinajoki"));
    String draft = fixtures.draftNeed(care);

    Http.Response topics = fixtures.follow(person, new JsonObject().put("categories", new JsonArray().add("remote-monitoring")));
    assertThat(topics.status()).as(topics.text()).isEqualTo(200);
    assertThat(topics.json().getJsonArray("challenges")).isEmpty();
    Http.Response both = fixtures.follow(person, new JsonObject().put("challenges", new JsonArray().add(need))
        .put("organisations", new JsonArray().add(care.organisationId())));
    assertThat(both.status()).as(both.text()).isEqualTo(200);
    assertThat(both.json().getJsonArray("categories")).as("left out, kept").containsExactly("remote-monitoring");
    assertThat(both.json().getJsonArray("challenges")).containsExactly(need);
    assertThat(both.json().getJsonArray("organisations")).containsExactly(care.organisationId());

    for (JsonObject bad : List.of(new JsonObject(), new JsonObject().put("challenges", new JsonArray().add(draft)),
        new JsonObject().put("challenges", new JsonArray().add(UUID.randomUUID().toString())),
        new JsonObject().put("challenges", new JsonArray().add("not-an-id")), new JsonObject().put("challenges", "x"),
        new JsonObject().put("organisations", new JsonArray().add(users.orgAdmin("care", false).organisationId())),
        new JsonObject().put("groups", new JsonArray().add(UUID.randomUUID().toString())))) {
      Http.Response refused = fixtures.follow(person, bad);
      assertThat(refused.status()).as(bad.encode()).isEqualTo(400);
    }
    JsonObject now = http.get("/api/v1/me/follows", person.token()).json();
    assertThat(now.getJsonArray("challenges")).as("nothing changed").containsExactly(need);
    assertThat(now.getJsonArray("organisations")).containsExactly(care.organisationId());
    assertThat(fixtures.follow(person, new JsonObject().put("challenges", new JsonArray())).json().getJsonArray("challenges")).isEmpty();
    assertThat(http.call(HttpMethod.PUT, "/api/v1/me/follows", null, new JsonObject().put("challenges", new JsonArray())).status())
        .isEqualTo(401);
  }

  @Test
  @DisplayName("a new answer and a new pilot on a followed need, and a need newly published by a followed organisation, reach the follower")
  void followsReachThePerson() {
    User staff = users.staff("seinajoki");
    User care = users.orgAdmin("care", true);
    User follower = users.citizen("follower");
    String need = fixtures.publishedNeed(care, staff);
    assertThat(fixtures.follow(follower, new JsonObject().put("challenges", new JsonArray().add(need))
        .put("organisations", new JsonArray().add(care.organisationId()))).status()).isEqualTo(200);

    User company = users.orgAdmin("company", true);
    String answer = fixtures.answer(need, company, fixtures.publishedShowcase(company));
    fixtures.pilot(answer, staff);
    fixtures.publishedNeed(care, staff);
    assertThat(kinds(follower)).contains("followed.need-answered", "followed.need-piloted", "followed.organisation-need");
    assertThat(kinds(care)).as("the owner hears as owner, not as follower").doesNotContain("followed.need-answered");
  }

  @Test
  @DisplayName("the Follow buttons on a need page and an organisation page follow and unfollow without script; the settings page lists what one follows")
  void buttons() {
    User care = users.orgAdmin("care", true);
    String need = fixtures.publishedNeed(care, users.staff("seinajoki"));
    User person = users.citizen("button");

    Element page = PageHtml.main(http.get("/challenges/" + need + "?lang=en", person.token()).text());
    assertThat(page.select("form[action=/follows/challenges/" + need + "] button").text()).isEqualTo("Follow this need");
    assertThat(PageHtml.main(http.get("/challenges/" + need + "?lang=en", null).text()).select("#follow-button")).isEmpty();
    assertThat(http.form("/follows/challenges/" + need, bearer(person), MultiMap.caseInsensitiveMultiMap().add("follow", "yes"))
        .status()).isEqualTo(303);
    assertThat(PageHtml.main(http.get("/challenges/" + need + "?lang=sv", person.token()).text()).select("#follow-button").text())
        .isEqualTo("Sluta följa behovet");
    assertThat(http.form("/follows/organisations/" + care.organisationId(), bearer(person),
        MultiMap.caseInsensitiveMultiMap().add("follow", "yes")).status()).isEqualTo(303);
    assertThat(PageHtml.main(http.get("/organisations/" + care.organisationId() + "?lang=fi", person.token()).text())
        .select("#follow-button").text()).isEqualTo("Lopeta organisaation seuraaminen");

    Element settings = PageHtml.main(http.get("/account/settings/notifications?lang=en", person.token()).text());
    assertThat(settings.select("#followed input[name=challenges][value=" + need + "]")).hasSize(1);
    assertThat(settings.select("#followed input[name=organisations][value=" + care.organisationId() + "]")).hasSize(1);

    assertThat(http.form("/follows/challenges/" + need, bearer(person), MultiMap.caseInsensitiveMultiMap().add("follow", "no"))
        .status()).isEqualTo(303);
    assertThat(http.get("/api/v1/me/follows", person.token()).json().getJsonArray("challenges")).isEmpty();
    assertThat(http.form("/follows/challenges/" + UUID.randomUUID(), bearer(person),
        MultiMap.caseInsensitiveMultiMap().add("follow", "yes")).status()).isEqualTo(400);
  }

  @Test
  @DisplayName("a company that answered a need and follows it hears once of its pilot and once of its closing, as the company that answered")
  void answererWhoFollowsHearsOnce() {
    User staff = users.staff("seinajoki");
    User care = users.orgAdmin("care", true);
    String need = fixtures.publishedNeed(care, staff);
    User company = users.orgAdmin("company", true);
    String answer = fixtures.answer(need, company, fixtures.publishedShowcase(company));
    assertThat(fixtures.follow(company, new JsonObject().put("challenges", new JsonArray().add(need))).status()).isEqualTo(200);

    fixtures.pilot(answer, staff);
    assertThat(kinds(company)).as("told of the pilot as its company").contains("pilot.updated")
        .doesNotContain("followed.need-piloted");
    Http.Response closed = http.post("/api/v1/challenges/" + need + "/close", care.token(),
        new JsonObject().put("outcome", "solution-found"));
    assertThat(closed.status()).as(closed.text()).isEqualTo(200);
    assertThat(kinds(company).stream().filter(kind -> kind.endsWith("closed")).toList())
        .as("one notice of the closing, the one for those who answered").containsExactly("challenge.closed");
  }
}
