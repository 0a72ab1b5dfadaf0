package org.ntc.hub.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Showcases;
import org.ntc.hub.support.Users;
import org.ntc.hub.support.Users.User;

/** Needs, showcases, answers and pilots made through the API, for the tests of editing, closing and running pilots. */
final class NeedFixtures {
  private final Http http;
  private final Users users;

  NeedFixtures(Http http, Users users) {
    this.http = http;
    this.users = users;
  }

  static MultiMap bearer(User user) {
    return MultiMap.caseInsensitiveMultiMap().add("Authorization", "Bearer " + user.token());
  }

  /** {@code PUT /api/v1/me/follows}: what this person follows, each list sent replacing its own. */
  Http.Response follow(User user, JsonObject lists) {
    return http.call(HttpMethod.PUT, "/api/v1/me/follows", user.token(), lists);
  }

  static JsonObject need(String organisationId) {
    return new JsonObject().put("organisationId", organisationId)
        .put("title", new JsonObject().put("fi", "Lääkemuistutukset kotihoitoon").put("en", "Medication reminders for home care"))
        .put("description", new JsonObject().put("fi", "Etsimme ratkaisua, joka muistuttaa lääkkeistä kotona.")
            .put("en", "We look for a solution that reminds clients of their medicines at home."))
        .put("categories", new JsonArray().add("medication-management")).put("targetGroups", new JsonArray().add("older-people"))
        .put("country", "FI").put("languages", new JsonArray().add("fi"))
        .put("responsesDue", LocalDate.now().plusDays(30).toString());
  }

  String draftNeed(User care) {
    Http.Response created = http.post("/api/v1/challenges", care.token(), need(care.organisationId()));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().getString("id");
  }

  String publishedNeed(User care, User staff) {
    String id = draftNeed(care);
    assertThat(http.post("/api/v1/challenges/" + id + "/submit", care.token(), null).status()).isEqualTo(200);
    assertThat(http.post("/api/v1/challenges/" + id + "/review", staff.token(), new JsonObject().put("decision", "approve")).status())
        .isEqualTo(200);
    return id;
  }

  String publishedShowcase(User company) {
    return new Showcases(http).published(company, users.staff("umea"), Showcases.titled("Lääkeautomaatti", "Medicine dispenser")
        .put("summary", new JsonObject().put("fi", "Muistuttaa lääkkeistä.").put("en", "Reminds of medicines."))
        .put("regulatoryStatus", "mdr-class-i"));
  }

  String answer(String need, User company, String showcase) {
    Http.Response answered = http.post("/api/v1/challenges/" + need + "/answers", company.token(), new JsonObject()
        .put("showcaseId", showcase).put("proposal", "Tarjoamme 20 automaattia kolmen kuukauden pilottiin."));
    assertThat(answered.status()).as(answered.text()).isEqualTo(201);
    return answered.json().getString("id");
  }

  String pilot(String answer, User staff) {
    Http.Response started = http.post("/api/v1/pilots", staff.token(), new JsonObject().put("answerId", answer)
        .put("testArena", "NTC testikoti").put("startsOn", LocalDate.now().plusDays(10).toString())
        .put("endsOn", LocalDate.now().plusDays(100).toString())
        .put("goals", new JsonObject().put("fi", "Vähentääkö muistutus unohtuneita annoksia?")));
    assertThat(started.status()).as(started.text()).isEqualTo(201);
    return started.json().getString("id");
  }
}
