package org.ntc.hub.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ntc.hub.platform.Database;
import org.ntc.hub.platform.Db;
import org.ntc.hub.support.Eventually;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.TestApp;
import org.ntc.hub.support.Users;
import org.ntc.hub.support.Users.User;

/**
 * The daily digest as two nodes on one database run it every 200 ms: nothing before the person's
 * morning, then one mail with everything that waited, however many runs race for it.
 */
@ExtendWith(VertxExtension.class)
class DigestJobTest {
  private static final Pattern TOKEN = Pattern.compile("/unsubscribe\\?token=([A-Za-z0-9_.-]+)");
  private static TestApp seinajoki;
  private static TestApp umea;

  @BeforeAll
  static void start() {
    seinajoki = TestApp.start(Map.of("NTC_SCHEDULE_MILLIS", "200", "NTC_PUBLIC_URL", "https://hub.ntc.example"));
    umea = TestApp.start(Map.of("NTC_SCHEDULE_MILLIS", "200", "NTC_PUBLIC_URL", "https://hub.ntc.example",
        "NTC_DB_URL", seinajoki.dbUrl().toString(), "NTC_NODE", "umea"));
  }

  @AfterAll
  static void stop() {
    umea.close();
    seinajoki.close();
  }

  /** A founder with a proven address who chose to hear of their organisation's verification daily, and was verified. */
  private static User waiting(Http http, Users users, String locale) {
    return waiting(http, users, locale, true);
  }

  private static User waiting(Http http, Users users, String locale, boolean proven) {
    User founder = users.orgAdmin("care", false);
    seinajoki.execute("UPDATE account SET email_verified_at = " + (proven ? "now()" : "NULL") + ", locale = '" + locale
        + "' WHERE id = '" + founder.id() + "'");
    assertThat(http.call(HttpMethod.PUT, "/api/v1/me/notification-settings", founder.token(), new JsonObject()
        .put("settings", new JsonObject().put("organisation.verified", "daily"))).status()).isEqualTo(200);
    assertThat(http.post("/api/v1/organisations/" + founder.organisationId() + "/verify", users.admin().token(), null).status())
        .isEqualTo(200);
    return founder;
  }

  private static long digests(User user) {
    return seinajoki.count("SELECT count(*) FROM mail_outbox WHERE template = 'digest' AND account_id = '" + user.id() + "'");
  }

  /** Both nodes' clocks a day ahead: every person's morning has come since anything now waiting was raised. */
  private static void nextMorning() {
    var tomorrow = seinajoki.clock().now().plusDays(1);
    seinajoki.clock().passes(tomorrow);
    umea.clock().passes(tomorrow);
  }

  @Test
  @DisplayName("daily notifications wait for the person's morning, then come in one digest in their language, linking to each page; unsubscribing from it turns every daily kind off")
  void oneDigestADay(Vertx vertx) throws Exception {
    Http http = new Http(vertx, seinajoki.port());
    Users users = new Users(http);
    User founder = waiting(http, users, "sv");
    Thread.sleep(1_000);
    assertThat(digests(founder)).as("not before the morning").isZero();

    nextMorning();
    Eventually.holds("the digest is queued", Duration.ofSeconds(15), () -> digests(founder) == 1);
    Thread.sleep(1_000);
    assertThat(digests(founder)).as("two nodes, many runs: one digest").isEqualTo(1);
    assertThat(seinajoki.count("SELECT count(*) FROM notification WHERE account_id = '" + founder.id()
        + "' AND delivery = 'daily' AND digested_at IS NULL")).isZero();
    assertThat(seinajoki.count("SELECT count(*) FROM account WHERE id = '" + founder.id() + "' AND digest_sent_at IS NOT NULL"))
        .isEqualTo(1);

    JsonObject mail = http.get("/api/v1/admin/mail?to=" + founder.email(), users.admin().token()).json().getJsonArray("items")
        .getJsonObject(0);
    assertThat(mail.getString("subject")).contains("Din dagliga sammanfattning");
    String text = mail.getString("text");
    assertThat(text).contains("verifierad").contains("https://hub.ntc.example/organisations/" + founder.organisationId() + "?lang=sv");

    String html = http.raw(HttpMethod.GET, "/admin/mail/" + mail.getString("id") + "/html",
        Http.headers("Cookie", "ntc_token=" + users.admin().token()), null).text();
    assertThat(PageHtml.parse(html).select("a[href^=https://hub.ntc.example/organisations/" + founder.organisationId() + "]"))
        .isNotEmpty();
    assertThat(PageHtml.parse(html).select("a[href*=/unsubscribe?token=]")).isNotEmpty();

    Matcher link = TOKEN.matcher(text);
    assertThat(link.find()).isTrue();
    String page = http.raw(HttpMethod.GET, "/unsubscribe?token=" + link.group(1) + "&lang=sv", MultiMap.caseInsensitiveMultiMap(), null)
        .text();
    assertThat(PageHtml.main(page).text()).contains("daglig").contains("Din organisation verifieras");
    assertThat(http.raw(HttpMethod.POST, "/api/v1/unsubscribe?token=" + link.group(1),
        Http.headers("Content-Type", "application/x-www-form-urlencoded"), "List-Unsubscribe=One-Click").status()).isIn(200, 204);
    JsonObject settings = http.get("/api/v1/me/notification-settings", founder.token()).json().getJsonObject("settings");
    assertThat(settings.getString("organisation.verified")).isEqualTo("off");
    assertThat(settings.getString("challenge.matching")).as("daily by default").isEqualTo("off");
    assertThat(settings.getString("showcase.in-followed-topic")).isEqualTo("off");
    assertThat(settings.getString("showcase.published")).as("mailed at once: untouched").isEqualTo("immediately");
  }

  @Test
  @DisplayName("runs that race on several connections (and both nodes) send each waiting person exactly one digest; unproven addresses get none")
  void concurrentRunsSendOnce(Vertx vertx) {
    Http http = new Http(vertx, seinajoki.port());
    Users users = new Users(http);
    List<User> people = new ArrayList<>();
    for (int i = 0; i < 6; i++) people.add(waiting(http, users, i % 2 == 0 ? "fi" : "en"));
    User unproven = waiting(http, users, "fi", false);

    Pool pool = Db.pool(vertx, Database.external(seinajoki.dbUrl()).connectOptions());
    try {
      Clock later = Clock.fixed(Instant.now().plus(Duration.ofDays(2)), ZoneOffset.UTC);
      List<Future<Long>> runs = new ArrayList<>();
      for (int i = 0; i < 4; i++) runs.add(new DigestService(pool, later).sendDue());
      nextMorning();
      Http.awaitResult(Future.all(runs));
      Eventually.holds("every digest is queued", Duration.ofSeconds(15), () -> people.stream().allMatch(p -> digests(p) == 1));
      Http.awaitResult(new DigestService(pool, later).sendDue());
      for (User person : people) assertThat(digests(person)).as(person.email()).isEqualTo(1);
      assertThat(digests(unproven)).isZero();
    } finally {
      pool.close();
    }
  }
}
