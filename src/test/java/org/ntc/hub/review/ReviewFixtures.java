package org.ntc.hub.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users;
import org.ntc.hub.support.Users.User;

/** Published showcases and review bodies made through the API, for the review tests. */
final class ReviewFixtures {
  private final Http http;
  private final Users users;

  ReviewFixtures(Http http, Users users) {
    this.http = http;
    this.users = users;
  }

  String draftShowcase(User company) {
    Http.Response created = http.post("/api/v1/showcases", company.token(), new JsonObject()
        .put("organisationId", company.organisationId())
        .put("title", new JsonObject().put("fi", "Lääkemuistutin").put("sv", "Läkemedelspåminnare").put("en", "Medicine reminder"))
        .put("summary", new JsonObject().put("en", "Reminds and dispenses.")).put("description", new JsonObject().put("en", "Text."))
        .put("categories", new JsonArray().add("medication-management")).put("targetGroups", new JsonArray().add("older-people"))
        .put("countries", new JsonArray().add("FI")).put("languages", new JsonArray().add("fi"))
        .put("regulatoryStatus", "not-medical-device").put("evidenceLevel", "pilot"));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().getString("id");
  }

  String publishedShowcase(User company) {
    String id = draftShowcase(company);
    assertThat(http.post("/api/v1/showcases/" + id + "/submit", company.token(), null).status()).isEqualTo(200);
    Http.Response approved = http.post("/api/v1/showcases/" + id + "/review", users.staff("umea").token(),
        new JsonObject().put("decision", "approve"));
    assertThat(approved.status()).as(approved.text()).isEqualTo(200);
    return id;
  }

  static JsonObject review() {
    return new JsonObject().put("setting", "home-care").put("duration", "3-to-12-months")
        .put("worked", "Evening doses were no longer missed.").put("didNotWork", "Refilling took longer than we planned.")
        .put("recommend", "with-reservations");
  }

  /** Writes a review as this person and gives its id. */
  String write(String showcase, User author) {
    Http.Response written = http.post("/api/v1/showcases/" + showcase + "/reviews", author.token(), review());
    assertThat(written.status()).as(written.text()).isEqualTo(201);
    return written.json().getString("id");
  }
}
