package org.ntc.hub.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ntc.hub.review.ReviewFixtures.review;
import static org.ntc.hub.support.AuthorisationMatrix.tokenOf;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.AuthorisationMatrix;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users.User;

class ReviewRoutesTest extends ApiTest {

  @Test
  @DisplayName("each review route answers each role as the contract says")
  void matrix() {
    ReviewFixtures fixtures = new ReviewFixtures(http, users);
    User company = users.orgAdmin("company", true);
    User colleague = users.orgMember("company");
    String showcase = fixtures.publishedShowcase(company);
    Map<String, User> people = new LinkedHashMap<>();
    people.put("anonymous", null);
    people.put("citizen", users.citizen("citizen"));
    people.put("company", company);
    people.put("otherCompany", colleague);
    people.put("careMember", users.orgMember("care"));
    people.put("unverifiedCare", users.orgAdmin("care", false));
    people.put("research", users.orgMember("research"));
    people.put("staff", users.staff("seinajoki"));
    String base = "/api/v1/showcases/" + showcase + "/reviews";
    Supplier<String> someReview = () -> fixtures.write(showcase, users.orgMember("care"));
    User author = users.orgMember("care");
    String authored = fixtures.write(showcase, author);

    new AuthorisationMatrix(people)
        .row("list the reviews", u -> http.get(base, tokenOf(u)), 200, 200, 200, 200, 200, 200, 200, 200)
        .row("write a review", u -> http.post(base, tokenOf(u), review()), 401, 403, 403, 403, 201, 403, 403, 403)
        .row("read one review", u -> http.get(base + "/" + authored, tokenOf(u)), 200, 200, 200, 200, 200, 200, 200, 200)
        .row("change someone else's review", u -> http.patch(base + "/" + authored, tokenOf(u), new JsonObject().put("recommend", "no")),
            401, 403, 403, 403, 403, 403, 403, 403)
        .row("delete someone else's review", u -> http.delete(base + "/" + authored, tokenOf(u)), 401, 403, 403, 403, 403, 403, 403, 403)
        .row("answer a review", u -> http.post(base + "/" + someReview.get() + "/answer", tokenOf(u), new JsonObject().put("text", "Thank you")),
            401, 403, 200, 403, 403, 403, 403, 403)
        .row("hide a review", u -> http.post(base + "/" + someReview.get() + "/hide", tokenOf(u), new JsonObject().put("reason", "Abusive")),
            401, 403, 403, 403, 403, 403, 403, 200)
        .row("mark the showcase useful", u -> http.call(HttpMethod.PUT, "/api/v1/showcases/" + showcase + "/useful", tokenOf(u), null),
            401, 200, 200, 200, 200, 200, 200, 200)
        .assertAsContracted();
    assertThat(http.get(base + "/" + authored, null).json().getString("recommend")).as("nothing changed").isEqualTo("with-reservations");
  }

  @Test
  @DisplayName("a care professional writes one review per showcase (a second is 409), changes and deletes their own; the list sums them up")
  void onePerPerson() {
    ReviewFixtures fixtures = new ReviewFixtures(http, users);
    User company = users.orgAdmin("company", true);
    String showcase = fixtures.publishedShowcase(company);
    User nurse = users.orgMember("care");
    String base = "/api/v1/showcases/" + showcase + "/reviews";

    Http.Response written = http.post(base + "?lang=fi", nurse.token(), review().put("recommend", "yes"));
    assertThat(written.status()).as(written.text()).isEqualTo(201);
    JsonObject review = written.json();
    assertThat(review.getString("settingLabel")).isEqualTo("Kotihoito");
    assertThat(review.getString("lang")).as("written in the request's language").isEqualTo("fi");
    assertThat(review.getJsonObject("organisation").getString("id")).isEqualTo(nurse.organisationId());
    assertThat(review.getBoolean("mine")).isTrue();
    assertThat(review.getValue("answer")).isNull();
    String id = review.getString("id");

    Http.Response again = http.post(base, nurse.token(), review().put("lang", "sv"));
    assertThat(again.status()).as(again.text()).isEqualTo(409);
    assertThat(again.header("Content-Type")).startsWith("application/problem+json");

    Http.Response changed = http.patch(base + "/" + id, nurse.token(), new JsonObject().put("recommend", "no").put("lang", "sv"));
    assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    assertThat(changed.json().getString("recommend")).isEqualTo("no");
    assertThat(changed.json().getString("worked")).isEqualTo(review.getString("worked"));
    assertThat(changed.json().getString("lang")).isEqualTo("sv");

    fixtures.write(showcase, users.orgMember("care"));
    JsonObject listed = http.get(base, null).json();
    assertThat(listed.getLong("total")).isEqualTo(2);
    assertThat(listed.getJsonObject("summary").getMap()).containsEntry("reviews", 2).containsEntry("recommend", 0)
        .containsEntry("withReservations", 1).containsEntry("notRecommend", 1);
    assertThat(listed.getJsonArray("items").stream().map(JsonObject.class::cast).map(r -> r.getBoolean("mine")).toList())
        .containsOnly(false);

    assertThat(http.delete(base + "/" + id, nurse.token()).status()).isEqualTo(204);
    assertThat(http.get(base + "/" + id, null).status()).isEqualTo(404);
    assertThat(http.get(base, null).json().getLong("total")).isEqualTo(1);
    assertThat(http.post(base, nurse.token(), review()).status()).as("after deleting, a new review may be written").isEqualTo(201);
  }

  @Test
  @DisplayName("the company answers a review once (a second answer is 409); the reviewer is notified, and the company was when the review came")
  void companyAnswersOnce() {
    ReviewFixtures fixtures = new ReviewFixtures(http, users);
    User company = users.orgAdmin("company", true);
    String showcase = fixtures.publishedShowcase(company);
    User nurse = users.orgMember("care");
    String id = fixtures.write(showcase, nurse);
    String base = "/api/v1/showcases/" + showcase + "/reviews/" + id;

    assertThat(kinds(company)).contains("showcase.reviewed");
    Http.Response answered = http.post(base + "/answer", company.token(), new JsonObject().put("text", "Thank you, refills are now quicker."));
    assertThat(answered.status()).as(answered.text()).isEqualTo(200);
    assertThat(answered.json().getJsonObject("answer").getString("text")).isEqualTo("Thank you, refills are now quicker.");
    Http.Response second = http.post(base + "/answer", company.token(), new JsonObject().put("text", "And more."));
    assertThat(second.status()).isEqualTo(409);
    assertThat(http.get(base, null).json().getJsonObject("answer").getString("text")).isEqualTo("Thank you, refills are now quicker.");
    assertThat(kinds(nurse)).contains("review.answered");
  }

  @Test
  @DisplayName("staff hide a review with a reason: others no longer see it or count it, its author sees why")
  void staffHide() {
    ReviewFixtures fixtures = new ReviewFixtures(http, users);
    String showcase = fixtures.publishedShowcase(users.orgAdmin("company", true));
    User nurse = users.orgMember("care");
    String id = fixtures.write(showcase, nurse);
    User staff = users.staff("umea");
    String base = "/api/v1/showcases/" + showcase + "/reviews";
    Http.Response hidden = http.post(base + "/" + id + "/hide", staff.token(), new JsonObject().put("reason", "Names a patient."));
    assertThat(hidden.status()).as(hidden.text()).isEqualTo(200);
    assertThat(http.get(base + "/" + id, null).status()).isEqualTo(404);
    assertThat(http.get(base, null).json().getLong("total")).isZero();
    JsonObject own = http.get(base + "/" + id, nurse.token()).json();
    assertThat(own.getJsonObject("hidden").getString("reason")).isEqualTo("Names a patient.");
    assertThat(http.get(base, nurse.token()).json().getJsonObject("summary").getInteger("reviews")).isZero();
    assertThat(kinds(nurse)).contains("review.hidden");
    assertThat(http.post(base + "/" + id + "/restore", staff.token(), null).status()).isEqualTo(200);
    assertThat(http.get(base + "/" + id, null).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("anyone signed in marks a showcase useful once and takes it back; the count follows")
  void useful() {
    ReviewFixtures fixtures = new ReviewFixtures(http, users);
    String showcase = fixtures.publishedShowcase(users.orgAdmin("company", true));
    String path = "/api/v1/showcases/" + showcase + "/useful";
    User citizen = users.citizen("helped");
    JsonObject marked = http.call(HttpMethod.PUT, path, citizen.token(), null).json();
    assertThat(marked.getMap()).containsEntry("count", 1).containsEntry("marked", true);
    assertThat(http.call(HttpMethod.PUT, path, citizen.token(), null).json().getInteger("count")).as("once per person").isEqualTo(1);
    http.call(HttpMethod.PUT, path, users.citizen("also").token(), null);
    JsonObject listed = http.get("/api/v1/showcases/" + showcase + "/reviews", citizen.token()).json();
    assertThat(listed.getJsonObject("useful").getMap()).containsEntry("count", 2).containsEntry("marked", true);
    JsonObject unmarked = http.call(HttpMethod.DELETE, path, citizen.token(), null).json();
    assertThat(unmarked.getMap()).containsEntry("count", 1).containsEntry("marked", false);
    assertThat(http.call(HttpMethod.PUT, "/api/v1/showcases/" + UUID.randomUUID() + "/useful", citizen.token(), null).status())
        .isEqualTo(404);
  }

  @Test
  @DisplayName("bad input is refused with a problem naming the field, and nothing is written")
  void badInput() {
    ReviewFixtures fixtures = new ReviewFixtures(http, users);
    User company = users.orgAdmin("company", true);
    String showcase = fixtures.publishedShowcase(company);
    String draft = fixtures.draftShowcase(company);
    User nurse = users.orgMember("care");
    String base = "/api/v1/showcases/" + showcase + "/reviews";
    Map<JsonObject, String> refused = new LinkedHashMap<>();
    refused.put(review().put("setting", "spa"), "setting");
    refused.put(review().put("duration", "forever"), "duration");
    refused.put(review().put("recommend", "maybe"), "recommend");
    refused.put(review().put("worked", " "), "worked");
    refused.put(review().put("worked", "x".repeat(2001)), "worked");
    refused.put(review().put("didNotWork", 42), "didNotWork");
    refused.put(review().put("lang", "de"), "lang");
    refused.put(review().put("organisationId", company.organisationId()), "organisationId");
    refused.put(review().put("stars", 5), "stars");
    refused.put(new JsonObject(), "setting");
    refused.forEach((body, field) -> {
      Http.Response answer = http.post(base, nurse.token(), body);
      assertThat(answer.status()).as(body + " → " + answer.text()).isEqualTo(400);
      assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
      assertThat(answer.json().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("field")).toList())
          .as(body.encode()).contains(field);
    });
    assertThat(http.raw(HttpMethod.POST, base, Http.headers("Authorization", "Bearer " + nurse.token(), "Content-Type", "application/json"),
        "{not json").status()).isEqualTo(400);
    assertThat(http.post("/api/v1/showcases/" + draft + "/reviews", nurse.token(), review()).status()).as("a draft").isEqualTo(404);
    assertThat(http.post("/api/v1/showcases/" + UUID.randomUUID() + "/reviews", nurse.token(), review()).status()).isEqualTo(404);
    Http.Response companyTries = http.post(base, company.token(), review());
    assertThat(companyTries.status()).isEqualTo(403);
    assertThat(companyTries.json().getString("detail")).contains("care organisation");
    assertThat(http.get(base, null).json().getLong("total")).as("nothing written").isZero();

    String id = fixtures.write(showcase, nurse);
    for (JsonObject change : List.of(new JsonObject().put("worked", ""), new JsonObject().putNull("recommend").put("recommend", "often"),
        new JsonObject().put("setting", 3))) {
      assertThat(http.patch(base + "/" + id, nurse.token(), change).status()).as(change.encode()).isEqualTo(400);
    }
    assertThat(http.post(base + "/" + id + "/answer", company.token(), new JsonObject().put("text", "")).status()).isEqualTo(400);
    assertThat(http.post(base + "/" + id + "/hide", users.staff("umea").token(), new JsonObject()).status()).isEqualTo(400);
    assertThat(http.get(base + "/" + id, null).json().getValue("answer")).isNull();
    assertThat(http.get(base + "/" + UUID.randomUUID(), null).status()).isEqualTo(404);
    assertThat(http.get(base + "/not-an-id", null).status()).as("no such review").isEqualTo(404);
    assertThat(http.get("/api/v1/showcases/" + draft + "/reviews/" + id, null).status()).as("review of another showcase").isEqualTo(404);
  }

  @Test
  @DisplayName("when a reviewer erases their account, their reviews and useful marks go with it")
  void erasure() {
    ReviewFixtures fixtures = new ReviewFixtures(http, users);
    String showcase = fixtures.publishedShowcase(users.orgAdmin("company", true));
    User nurse = users.orgMember("care");
    fixtures.write(showcase, nurse);
    http.call(HttpMethod.PUT, "/api/v1/showcases/" + showcase + "/useful", nurse.token(), null);
    Http.Response erased = http.call(HttpMethod.DELETE, "/api/v1/me", nurse.token(), new JsonObject().put("password",
        org.ntc.hub.support.Users.PASSWORD));
    assertThat(erased.status()).as(erased.text()).isIn(200, 204);
    JsonObject listed = http.get("/api/v1/showcases/" + showcase + "/reviews", null).json();
    assertThat(listed.getLong("total")).isZero();
    assertThat(listed.getJsonObject("useful").getInteger("count")).isZero();
  }

  private List<String> kinds(User user) {
    JsonArray items = http.get("/api/v1/me/notifications", user.token()).json().getJsonArray("items");
    return items.stream().map(JsonObject.class::cast).map(n -> n.getString("kind")).toList();
  }
}
