package org.ntc.hub.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Showcases;
import org.ntc.hub.support.Users;
import org.ntc.hub.support.Users.User;

/** Published showcases and review bodies made through the API, for the review tests. */
final class ReviewFixtures {
  private static final JsonObject LOOKS = new JsonObject()
      .put("title", new JsonObject().put("fi", "Lääkemuistutin").put("sv", "Läkemedelspåminnare").put("en", "Medicine reminder"));
  private final Http http;
  private final Users users;

  ReviewFixtures(Http http, Users users) {
    this.http = http;
    this.users = users;
  }

  String draftShowcase(User company) {
    return new Showcases(http).draft(company, LOOKS);
  }

  String publishedShowcase(User company) {
    return new Showcases(http).published(company, users.staff("umea"), LOOKS);
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
