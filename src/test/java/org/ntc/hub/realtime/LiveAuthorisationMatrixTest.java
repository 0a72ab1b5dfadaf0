package org.ntc.hub.realtime;

import static org.ntc.hub.support.AuthorisationMatrix.tokenOf;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.AuthorisationMatrix;
import org.ntc.hub.support.SseClient;
import org.ntc.hub.support.Users.User;

/** Every live-update route, called by every role, against the status each should get. */
class LiveAuthorisationMatrixTest extends ApiTest {

  @Test
  @DisplayName("announcements, duty, notifications and the stream answer each role as intended")
  void matrix() {
    Map<String, User> people = new LinkedHashMap<>();
    people.put("anonymous", null);
    people.put("citizen", users.citizen("citizen"));
    people.put("company", users.orgMember("company"));
    people.put("professional", users.orgMember("care"));
    people.put("otherStaff", users.staff("umea"));
    people.put("staff", users.staff("seinajoki"));
    people.put("admin", users.admin());
    JsonObject text = new JsonObject().put("text", new JsonObject().put("fi", "Tiedote kaikille"));

    new AuthorisationMatrix(people)
        .row("post announcement", u -> http.post("/api/v1/contact-points/seinajoki/announcements", tokenOf(u), text),
            401, 403, 403, 403, 403, 201, 201)
        .row("read announcements", u -> http.get("/api/v1/contact-points/seinajoki/announcements", tokenOf(u)),
            200, 200, 200, 200, 200, 200, 200)
        .row("go on duty", u -> http.post("/api/v1/contact-points/seinajoki/duty", tokenOf(u), new JsonObject().put("onDuty", true)),
            401, 403, 403, 403, 403, 200, 200)
        .row("read duty", u -> http.get("/api/v1/contact-points/seinajoki/duty", tokenOf(u)), 200, 200, 200, 200, 200, 200, 200)
        .row("list notifications", u -> http.get("/api/v1/me/notifications", tokenOf(u)), 401, 200, 200, 200, 200, 200, 200)
        .row("mark all read", u -> http.post("/api/v1/me/notifications/read-all", tokenOf(u), null), 401, 200, 200, 200, 200, 200, 200)
        .statusRow("the moderation queue stream", u -> stream("?topics=moderation.queue", u), 401, 403, 403, 403, 200, 200, 200)
        .statusRow("the notification stream", u -> stream("?topics=notification", u), 401, 200, 200, 200, 200, 200, 200)
        .statusRow("public topics of the stream", u -> stream("?topics=training.seats,announcement.posted", u),
            200, 200, 200, 200, 200, 200, 200)
        .statusRow("the whole stream", u -> stream("", u), 200, 200, 200, 200, 200, 200, 200)
        .assertAsContracted();
  }

  /** The status a stream of these topics answers this person with; the stream is closed at once. */
  private int stream(String query, User person) {
    try (SseClient client = SseClient.open(app.port(), "/api/v1/events/stream" + query, tokenOf(person), null)) {
      return client.status();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
