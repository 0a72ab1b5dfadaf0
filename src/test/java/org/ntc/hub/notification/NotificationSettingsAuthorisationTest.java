package org.ntc.hub.notification;

import static org.ntc.hub.support.AuthorisationMatrix.tokenOf;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.AuthorisationMatrix;
import org.ntc.hub.support.Users.User;

/** Everyone signed in, whatever their role, chooses their own notification settings and topics; nobody else's. */
class NotificationSettingsAuthorisationTest extends ApiTest {

  @Test
  @DisplayName("settings and follows answer every signed-in role and refuse anonymous callers (401)")
  void matrix() {
    Map<String, User> people = new LinkedHashMap<>();
    people.put("anonymous", null);
    people.put("citizen", users.citizen("citizen"));
    people.put("company", users.orgMember("company"));
    people.put("professional", users.orgMember("care"));
    people.put("staff", users.staff("umea"));
    people.put("admin", users.admin());
    int[] signedIn = {401, 200, 200, 200, 200, 200};
    new AuthorisationMatrix(people)
        .row("get settings", u -> http.get("/api/v1/me/notification-settings", tokenOf(u)), signedIn)
        .row("change settings", u -> http.call(HttpMethod.PUT, "/api/v1/me/notification-settings", tokenOf(u),
            new JsonObject().put("settings", new JsonObject().put("training.changed", "daily"))), signedIn)
        .row("get follows", u -> http.get("/api/v1/me/follows", tokenOf(u)), signedIn)
        .row("follow topics", u -> http.call(HttpMethod.PUT, "/api/v1/me/follows", tokenOf(u),
            new JsonObject().put("categories", new JsonArray().add("self-care"))), signedIn)
        .assertAsContracted();
  }
}
