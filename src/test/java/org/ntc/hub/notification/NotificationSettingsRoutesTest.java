package org.ntc.hub.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ntc.hub.support.ApiTest;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.Users.User;

/** {@code /api/v1/me/notification-settings}, the mail each setting lets through, and one-click unsubscribe. */
class NotificationSettingsRoutesTest extends ApiTest {
  private static final Pattern TOKEN = Pattern.compile("/unsubscribe\\?token=([A-Za-z0-9_.-]+)");

  private JsonObject settings(User user) {
    Http.Response got = http.get("/api/v1/me/notification-settings", user.token());
    assertThat(got.status()).as(got.text()).isEqualTo(200);
    return got.json().getJsonObject("settings");
  }

  private Http.Response put(User user, JsonObject settings) {
    return http.call(HttpMethod.PUT, "/api/v1/me/notification-settings", user.token(), new JsonObject().put("settings", settings));
  }

  private JsonArray outbox(String to) {
    return users.mailTo(to);
  }

  /** A care organisation's founder with a proven address, whose organisation staff have not verified yet. */
  private User founder() {
    User founder = users.orgAdmin("care", false);
    app.execute("UPDATE account SET email_verified_at = now() WHERE id = '" + founder.id() + "'");
    return founder;
  }

  private void verify(User founder) {
    assertThat(http.post("/api/v1/organisations/" + founder.organisationId() + "/verify", users.admin().token(), null).status())
        .isEqualTo(200);
  }

  @Test
  @DisplayName("only a signed-in person reads or changes notification settings (401 otherwise)")
  void signInFirst() {
    assertThat(http.get("/api/v1/me/notification-settings", null).status()).isEqualTo(401);
    assertThat(http.call(HttpMethod.PUT, "/api/v1/me/notification-settings", null,
        new JsonObject().put("settings", new JsonObject())).status()).isEqualTo(401);
    assertThat(http.get("/api/v1/me/follows", null).status()).isEqualTo(401);
    assertThat(http.call(HttpMethod.PUT, "/api/v1/me/follows", null, new JsonObject().put("categories", new JsonArray())).status())
        .isEqualTo(401);
  }

  @Test
  @DisplayName("settings list every configurable kind with its effective delivery; a partial PUT changes only the kinds it names")
  void listAndChange() {
    User person = users.citizen("settings");
    JsonObject before = settings(person);
    assertThat(before.fieldNames()).containsAll(NotificationSettings.configurable().stream().map(NotificationKind::code).toList());
    assertThat(before.getString("showcase.published")).isEqualTo("immediately");
    assertThat(before.getString("challenge.matching")).isEqualTo("daily");
    assertThat(before.getString("showcase.in-followed-topic")).isEqualTo("daily");

    Http.Response changed = put(person, new JsonObject().put("showcase.published", "daily").put("pilot.updated", "off"));
    assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    JsonObject after = changed.json().getJsonObject("settings");
    assertThat(after.getString("showcase.published")).isEqualTo("daily");
    assertThat(after.getString("pilot.updated")).isEqualTo("off");
    assertThat(after.getString("training.changed")).isEqualTo("immediately");
    assertThat(settings(person)).isEqualTo(after);
    assertThat(settings(users.citizen("other")).getString("showcase.published")).as("another person's settings").isEqualTo("immediately");
  }

  @Test
  @DisplayName("an unknown kind, an unknown delivery or a malformed body is a 400 naming the field, and nothing changes")
  void badInput() {
    User person = users.citizen("settings-bad");
    JsonObject before = settings(person);
    Http.Response unknownKind = put(person, new JsonObject().put("showcase.published", "off").put("no.such-kind", "off"));
    assertThat(unknownKind.status()).isEqualTo(400);
    assertThat(unknownKind.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("settings.no.such-kind");
    Http.Response unknownValue = put(person, new JsonObject().put("showcase.published", "weekly"));
    assertThat(unknownValue.status()).isEqualTo(400);
    assertThat(unknownValue.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("settings.showcase.published");
    assertThat(put(person, new JsonObject().put("showcase.published", 3)).status()).isEqualTo(400);
    assertThat(http.call(HttpMethod.PUT, "/api/v1/me/notification-settings", person.token(), new JsonObject()).status())
        .isEqualTo(400);
    assertThat(http.call(HttpMethod.PUT, "/api/v1/me/notification-settings", person.token(),
        new JsonObject().put("settings", new JsonObject()).put("extra", 1)).status()).isEqualTo(400);
    assertThat(http.call(HttpMethod.PUT, "/api/v1/me/notification-settings", person.token(),
        new JsonObject().put("settings", "off")).status()).isEqualTo(400);
    assertThat(settings(person)).isEqualTo(before);
  }

  @Test
  @DisplayName("immediately: the notification is mailed at once; daily: no mail now; off: no mail, though the notification is on the site")
  void mailHonoursTheSetting() {
    for (String delivery : List.of("immediately", "daily", "off")) {
      User founder = founder();
      assertThat(put(founder, new JsonObject().put("organisation.verified", delivery)).status()).isEqualTo(200);
      verify(founder);
      JsonArray mails = outbox(founder.email());
      assertThat(mails.size()).as(delivery).isEqualTo(delivery.equals("immediately") ? 1 : 0);
      JsonArray shown = http.get("/api/v1/me/notifications", founder.token()).json().getJsonArray("items");
      assertThat(shown.stream().map(o -> ((JsonObject) o).getString("kind"))).as(delivery).contains("organisation.verified");
      assertThat(app.count("SELECT count(*) FROM notification WHERE account_id = '" + founder.id()
          + "' AND kind = 'organisation.verified' AND delivery = '" + delivery + "'")).isEqualTo(1);
    }
  }

  @Test
  @DisplayName("one-click unsubscribe (RFC 8058) turns the mail's kind off, with the form body or none, as often as it is posted")
  void oneClick() {
    User founder = founder();
    verify(founder);
    String text = outbox(founder.email()).getJsonObject(0).getString("text");
    Matcher link = TOKEN.matcher(text);
    assertThat(link.find()).as(text).isTrue();
    String token = link.group(1);

    Http.Response clicked = http.raw(HttpMethod.POST, "/api/v1/unsubscribe?token=" + token,
        Http.headers("Content-Type", "application/x-www-form-urlencoded"), "List-Unsubscribe=One-Click");
    assertThat(clicked.status()).as(clicked.text()).isIn(200, 204);
    assertThat(settings(founder).getString("organisation.verified")).isEqualTo("off");
    assertThat(settings(founder).getString("showcase.published")).as("other kinds stay").isEqualTo("immediately");
    assertThat(http.raw(HttpMethod.POST, "/api/v1/unsubscribe?token=" + token, MultiMap.caseInsensitiveMultiMap(), null).status())
        .isIn(200, 204);
    assertThat(settings(founder).getString("organisation.verified")).isEqualTo("off");
  }

  @Test
  @DisplayName("a forged, altered or missing unsubscribe token is a 400 problem and changes nothing")
  void forgedToken() {
    User founder = founder();
    verify(founder);
    Matcher link = TOKEN.matcher(outbox(founder.email()).getJsonObject(0).getString("text"));
    assertThat(link.find()).isTrue();
    String token = link.group(1);
    String body = token.substring(0, token.indexOf('.'));
    String altered = body + "." + new StringBuilder(token.substring(token.indexOf('.') + 1)).reverse();
    for (String bad : List.of(altered, "nonsense", body, "")) {
      Http.Response refused = http.raw(HttpMethod.POST, "/api/v1/unsubscribe?token=" + bad,
          Http.headers("Content-Type", "application/x-www-form-urlencoded"), "List-Unsubscribe=One-Click");
      assertThat(refused.status()).as(bad).isEqualTo(400);
      assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }
    assertThat(http.raw(HttpMethod.POST, "/api/v1/unsubscribe", MultiMap.caseInsensitiveMultiMap(), null).status()).isEqualTo(400);
    assertThat(settings(founder).getString("organisation.verified")).isEqualTo("immediately");
  }
}
