package org.ntc.hub.training;

import static org.ntc.hub.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.Users.User;

/** A freed seat is offered to the first waiting, who accepts it or declines it; the offer counts as a taken seat. */
class SeatOffersTest extends ApiTest {

  private String fullTraining(User staff, int capacity, User... people) {
    String id = http.post("/api/v1/trainings", staff.token(), TrainingRoutesTest.training(capacity)).json().getString("id");
    for (User person : people) {
      assertThat(http.post("/api/v1/trainings/" + id + "/enrolments", person.token(), new JsonObject()).status()).isEqualTo(201);
    }
    return id;
  }

  private JsonObject mine(String id, User person) {
    return http.get("/api/v1/trainings/" + id, person.token()).json().getJsonObject("myEnrolment");
  }

  @Test
  @DisplayName("a cancellation offers the seat to the first waiting until a day later; it counts as taken until accepted, then confirmed")
  void offerAndAccept() {
    User staff = users.staff("seinajoki");
    User seated = users.citizen("seated");
    User first = users.citizen("first");
    User second = users.citizen("second");
    String id = fullTraining(staff, 1, seated, first, second);
    OffsetDateTime before = app.clock().now();

    assertThat(http.delete("/api/v1/trainings/" + id + "/enrolments/me", seated.token()).status()).isEqualTo(204);
    JsonObject offered = mine(id, first);
    assertThat(offered.getString("status")).isEqualTo("offered");
    OffsetDateTime deadline = OffsetDateTime.parse(offered.getString("offerExpiresAt"));
    assertThat(Duration.between(before, deadline)).isBetween(Duration.ofHours(24).minusSeconds(2), Duration.ofHours(24).plusMinutes(1));
    assertThat(offered.getString("offerExpiresAt")).as("in the contact point's zone").matches(".*\\+0[23]:00");
    JsonObject training = http.get("/api/v1/trainings/" + id, null).json();
    assertThat(training.getLong("seatsLeft")).as("an offered seat is taken").isZero();
    assertThat(training.getLong("waitlistLength")).isEqualTo(1);
    assertThat(app.count("SELECT count(*) FROM notification WHERE kind = 'enrolment.offered' AND account_id = '" + first.id() + "'"))
        .isEqualTo(1);

    JsonObject listed = http.get("/api/v1/trainings/" + id + "/enrolments", staff.token()).json().getJsonArray("items").stream()
        .map(e -> (JsonObject) e).filter(e -> e.getString("status").equals("offered")).findFirst().orElseThrow();
    assertThat(listed.getJsonObject("person").getString("id")).isEqualTo(first.id());
    assertThat(OffsetDateTime.parse(listed.getString("offerExpiresAt")).toInstant()).isEqualTo(deadline.toInstant());
    JsonObject myList = http.get("/api/v1/me/trainings", first.token()).json().getJsonArray("items").getJsonObject(0);
    assertThat(myList.getString("status")).isEqualTo("offered");
    assertThat(OffsetDateTime.parse(myList.getString("offerExpiresAt")).toInstant()).isEqualTo(deadline.toInstant());

    User late = users.citizen("late");
    assertThat(http.post("/api/v1/trainings/" + id + "/enrolments", late.token(), new JsonObject()).json().getString("status"))
        .as("nobody takes an offered seat by enrolling").isEqualTo("waitlisted");
    String accept = "/api/v1/trainings/" + id + "/enrolments/me/accept";
    assertThat(http.post(accept, second.token(), null).status()).as("no offer for the second waiting").isEqualTo(409);
    assertThat(http.post(accept, null, null).status()).isEqualTo(401);
    assertThat(http.post("/api/v1/trainings/00000000-0000-4000-8000-000000000000/enrolments/me/accept", first.token(), null).status())
        .isEqualTo(404);

    Http.Response accepted = http.post(accept, first.token(), null);
    assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
    assertThat(accepted.json().getString("status")).isEqualTo("confirmed");
    assertThat(accepted.json().getString("trainingId")).isEqualTo(id);
    assertThat(mine(id, first).getString("status")).isEqualTo("confirmed");
    assertThat(mine(id, first).containsKey("offerExpiresAt")).isFalse();
    assertThat(http.post(accept, first.token(), null).status()).as("accepted once").isEqualTo(409);
    assertThat(app.count("SELECT count(*) FROM enrolment WHERE training_id = '" + id + "' AND status IN ('confirmed', 'offered')"))
        .isEqualTo(1);
  }

  @Test
  @DisplayName("declining an offered seat passes it on to the next waiting; an offer never outlasts the training's start")
  void declinePassesOn() {
    User staff = users.staff("umea");
    User seated = users.citizen("seated");
    User first = users.citizen("first");
    User second = users.citizen("second");
    OffsetDateTime start = app.clock().now().plusHours(3).withNano(0);
    JsonObject soon = TrainingRoutesTest.training(1).put("contactPoint", "umea").put("startsAt", start.toString())
        .put("endsAt", start.plusHours(1).toString());
    String id = http.post("/api/v1/trainings", staff.token(), soon).json().getString("id");
    for (User person : new User[] {seated, first, second}) {
      http.post("/api/v1/trainings/" + id + "/enrolments", person.token(), new JsonObject());
    }
    http.delete("/api/v1/trainings/" + id + "/enrolments/me", seated.token());
    JsonObject offered = mine(id, first);
    assertThat(OffsetDateTime.parse(offered.getString("offerExpiresAt")).toInstant()).as("at the latest the start")
        .isEqualTo(start.toInstant());

    assertThat(http.delete("/api/v1/trainings/" + id + "/enrolments/me", first.token()).status()).isEqualTo(204);
    assertThat(http.get("/api/v1/trainings/" + id, first.token()).json().containsKey("myEnrolment")).isFalse();
    assertThat(mine(id, second).getString("status")).as("passed on").isEqualTo("offered");
    assertThat(http.get("/api/v1/trainings/" + id, null).json().getLong("seatsLeft")).isZero();
    assertThat(http.post("/api/v1/trainings/" + id + "/cancel", staff.token(), new JsonObject().put("reason", "Illness")).status())
        .isEqualTo(200);
    assertThat(http.post("/api/v1/trainings/" + id + "/enrolments/me/accept", second.token(), null).status())
        .as("a cancelled training's offer cannot be accepted").isEqualTo(409);
  }

  @Test
  @DisplayName("the last one waiting declines: the seat is free again")
  void lastDeclines() {
    User staff = users.staff("seinajoki");
    User seated = users.citizen("seated");
    User first = users.citizen("first");
    String id = fullTraining(staff, 1, seated, first);
    http.delete("/api/v1/trainings/" + id + "/enrolments/me", seated.token());
    assertThat(http.delete("/api/v1/trainings/" + id + "/enrolments/me", first.token()).status()).isEqualTo(204);
    assertThat(http.get("/api/v1/trainings/" + id, null).json().getLong("seatsLeft")).as("nobody left to offer it to").isEqualTo(1);
  }

  @Test
  @DisplayName("the training page shows a person their offer with its deadline and Accept / Decline forms; the account and participants pages list it")
  void pages() {
    User staff = users.staff("seinajoki");
    User seated = users.citizen("seated");
    User first = users.citizen("first");
    String id = fullTraining(staff, 1, seated, first);
    http.delete("/api/v1/trainings/" + id + "/enrolments/me", seated.token());

    for (String lang : new String[] {"en", "fi", "sv"}) {
      Element page = PageHtml.main(http.get("/trainings/" + id + "?lang=" + lang, first.token()).text());
      Element offer = page.selectFirst("#offer");
      assertThat(offer).as(lang).isNotNull();
      assertThat(offer.select("form[method=post][action=/trainings/" + id + "/accept] input[name=_csrf]")).hasSize(1);
      assertThat(offer.select("form[method=post][action=/trainings/" + id + "/cancel] input[name=_csrf]")).hasSize(1);
      assertThat(offer.text()).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T").doesNotContain("offered", "Europe/");
    }
    Element english = PageHtml.main(http.get("/trainings/" + id + "?lang=en", first.token()).text());
    assertThat(english.selectFirst("#offer").text()).contains("A seat has been freed for you. Accept it by", "Accept the seat", "Decline");
    assertThat(PageHtml.mainText(http.get("/trainings/" + id + "?lang=fi", first.token()).text())).contains("Ota paikka vastaan");
    assertThat(PageHtml.mainText(http.get("/account?lang=sv", first.token()).text())).contains("en plats erbjuden till dig: tacka ja senast");
    assertThat(PageHtml.main(http.get("/account?lang=en", first.token()).text()).select("a[href=/trainings/" + id + "#offer]")).hasSize(1);
    String participants = PageHtml.mainText(http.get("/trainings/" + id + "/participants?lang=en", staff.token()).text());
    assertThat(participants).contains(first.email(), "offered, until").doesNotContain("seinajoki");

    Http.Response accepted = http.form("/trainings/" + id + "/accept", bearer(first), MultiMap.caseInsensitiveMultiMap());
    assertThat(accepted.status()).isEqualTo(303);
    Element after = PageHtml.main(http.get("/trainings/" + id + "?lang=en", first.token()).text());
    assertThat(after.selectFirst("#offer")).isNull();
    assertThat(after.text()).contains("Your enrolment: confirmed");

    Http.Response again = http.form("/trainings/" + id + "/accept", bearer(first), MultiMap.caseInsensitiveMultiMap());
    assertThat(again.status()).as("refused, the page says why").isEqualTo(409);
    assertThat(PageHtml.mainText(again.text())).contains("No seat is offered to you any more");
    User stranger = users.citizen("stranger");
    assertThat(http.form("/trainings/" + id + "/accept", bearer(stranger), MultiMap.caseInsensitiveMultiMap()).status()).isEqualTo(409);
  }
}
