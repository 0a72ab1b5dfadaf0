package org.ntc.hub.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ntc.hub.support.Eventually;
import org.ntc.hub.support.FakeSmtp;
import org.ntc.hub.support.Http;
import org.ntc.hub.support.OutboxRows;
import org.ntc.hub.support.PageHtml;
import org.ntc.hub.support.TestApp;
import org.ntc.hub.support.Users;

/**
 * What the outbox promises when the mail server is away, refuses, hangs, or when nodes share
 * the work or die: every mail arrives once, under the Message-ID it was given when queued.
 */
@ExtendWith(VertxExtension.class)
class MailReliabilityTest {
  private static final String HOST = "hub.ntc.example";
  private static final Duration WITHIN = Duration.ofSeconds(30);

  private static TestApp node(FakeSmtp smtp, String... more) {
    Map<String, String> env = new HashMap<>(Map.of("NTC_SMTP_URL", smtp.url(), "NTC_PUBLIC_URL", "https://" + HOST,
        "NTC_MAIL_RETRY_MILLIS", "100", "NTC_MAIL_TIMEOUT_MILLIS", "1500"));
    for (int i = 0; i < more.length; i += 2) env.put(more[i], more[i + 1]);
    return TestApp.start(env);
  }

  /** Every queued mail was taken exactly once, under the Message-ID its outbox row gives it. */
  private static void eachDeliveredOnce(TestApp app, FakeSmtp smtp, long expected) {
    Eventually.holds("all " + expected + " mails sent", WITHIN,
        () -> app.count("SELECT count(*) FROM mail_outbox WHERE status = 'sent'") == expected);
    Map<String, Integer> taken = smtp.byMessageId();
    assertThat(taken).as("one Message-ID per mail").hasSize((int) expected);
    assertThat(taken.values()).as("none twice").allMatch(n -> n == 1);
    assertThat(app.count("SELECT count(*) FROM mail_outbox WHERE id::text || '@" + HOST + "' NOT IN ("
        + String.join(",", taken.keySet().stream().map(id -> "'" + id.substring(1, id.length() - 1) + "'").toList()) + ")"))
        .as("each outbox row is one of the mails taken").isZero();
  }

  @Test
  @DisplayName("with the mail server away, mail waits with growing pauses between attempts; once it is back, every mail arrives once")
  void serverAwayThenBack() {
    try (FakeSmtp smtp = FakeSmtp.away(); TestApp app = node(smtp)) {
      app.execute(OutboxRows.queue(12, "away"));
      Eventually.holds("every mail tried twice", WITHIN,
          () -> app.count("SELECT count(*) FROM mail_outbox WHERE attempts >= 2 AND status = 'queued' AND last_error IS NOT NULL") == 12);
      sleep(2_500);
      // 100 ms doubling: 0.1 + 0.2 + 0.4 + 0.8 + 1.6 s; without backoff a 100 ms retry would have tried 25 times.
      assertThat(app.count("SELECT max(attempts) FROM mail_outbox")).as("pauses grow").isBetween(3L, 8L);
      assertThat(app.count("SELECT count(*) FROM mail_outbox WHERE status <> 'queued' AND status <> 'sending'")).isZero();
      smtp.up();
      eachDeliveredOnce(app, smtp, 12);
    }
  }

  @Test
  @DisplayName("a server that refuses for now (4xx) is tried again and again and the mail goes once it takes it; none is given up")
  void refusedForNow() {
    try (FakeSmtp smtp = FakeSmtp.start().mode(FakeSmtp.Mode.REFUSE_FOR_NOW); TestApp app = node(smtp)) {
      app.execute(OutboxRows.queue(3, "later"));
      Eventually.holds("four attempts each", WITHIN,
          () -> app.count("SELECT count(*) FROM mail_outbox WHERE attempts >= 4 AND last_error LIKE '%451%'") == 3);
      assertThat(app.count("SELECT count(*) FROM mail_outbox WHERE status = 'failed'")).isZero();
      smtp.mode(FakeSmtp.Mode.ACCEPT);
      eachDeliveredOnce(app, smtp, 3);
    }
  }

  @Test
  @DisplayName("a mail refused for good (5xx) three times is given up as failed, and admins read why on /admin/mail and in the API")
  void refusedForGood(Vertx vertx) {
    try (FakeSmtp smtp = FakeSmtp.start().mode(FakeSmtp.Mode.REFUSE_FOR_GOOD); TestApp app = node(smtp)) {
      app.execute(OutboxRows.queue(1, "nobody"));
      Eventually.holds("given up", WITHIN, () -> app.count("SELECT count(*) FROM mail_outbox WHERE status = 'failed'") == 1);
      sleep(500);
      assertThat(app.count("SELECT attempts FROM mail_outbox")).isEqualTo(3);
      assertThat(smtp.taken()).isZero();

      Http http = new Http(vertx, app.port());
      Users users = new Users(http);
      JsonObject listed = http.get("/api/v1/admin/mail?to=nobody-1@mail.test", users.admin().token()).json()
          .getJsonArray("items").getJsonObject(0);
      assertThat(listed.getString("status")).isEqualTo("failed");
      assertThat(listed.getString("lastError")).contains("550");
      Element item = PageHtml.main(http.get("/admin/mail?lang=en", users.admin().token()).text()).selectFirst(".mail-item");
      assertThat(item.text()).contains("nobody-1@mail.test").contains("Failed").contains("550").contains("Attempts: 3");
      Element fi = PageHtml.main(http.get("/admin/mail?lang=fi", users.admin().token()).text()).selectFirst(".mail-item");
      assertThat(fi.select(".badge").text()).isEqualTo("Epäonnistui");
    }
  }

  @Test
  @DisplayName("a server that takes the connection and never answers does not hold the sender: the attempt times out and the mail goes later")
  void silentServer() {
    try (FakeSmtp smtp = FakeSmtp.start().mode(FakeSmtp.Mode.SILENT); TestApp app = node(smtp)) {
      app.execute(OutboxRows.queue(2, "silent"));
      Eventually.holds("timed out", WITHIN,
          () -> app.count("SELECT count(*) FROM mail_outbox WHERE status = 'queued' AND last_error LIKE 'no answer%'") == 2);
      smtp.mode(FakeSmtp.Mode.ACCEPT);
      eachDeliveredOnce(app, smtp, 2);
    }
  }

  @Test
  @DisplayName("two nodes on one database both send, and each mail arrives exactly once")
  void twoNodes() {
    try (FakeSmtp smtp = FakeSmtp.start().delay(5); TestApp one = node(smtp);
         TestApp two = node(smtp, "NTC_DB_URL", one.dbUrl().toString())) {
      one.execute(OutboxRows.queue(300, "two"));
      eachDeliveredOnce(one, smtp, 300);
      assertThat(one.count("SELECT count(DISTINCT leased_by) FROM mail_outbox")).as("both nodes sent").isEqualTo(2);
    }
  }

  @Test
  @DisplayName("a mail held by a node that died mid-send goes out from another once the lease runs out, with the same Message-ID")
  void deadNode() {
    try (FakeSmtp smtp = FakeSmtp.start(); TestApp app = node(smtp)) {
      app.execute(OutboxRows.queue(2, "orphan").replace("FROM generate_series", ", 'sending', 1, 'dead-node', now() + "
          + "make_interval(secs => CASE WHEN i = 1 THEN -60 ELSE 3600 END) FROM generate_series")
          .replace("payload, unsubscribe)", "payload, unsubscribe, status, attempts, leased_by, lease_until)"));
      Eventually.holds("the expired lease is taken over", WITHIN,
          () -> app.count("SELECT count(*) FROM mail_outbox WHERE status = 'sent'") == 1);
      sleep(500);
      assertThat(app.count("SELECT count(*) FROM mail_outbox WHERE status = 'sending' AND leased_by = 'dead-node'"))
          .as("a lease still running is left alone").isEqualTo(1);
      assertThat(app.count("SELECT attempts FROM mail_outbox WHERE status = 'sent'")).isEqualTo(2);
      assertThat(smtp.byMessageId()).hasSize(1).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
      String id = smtp.byMessageId().keySet().iterator().next();
      assertThat(app.count("SELECT count(*) FROM mail_outbox WHERE status = 'sent' AND '<' || id || '@" + HOST + ">' = '" + id + "'"))
          .as("the Message-ID is the one the outbox row gave it").isEqualTo(1);
    }
  }

  @Test
  @DisplayName("a node that stops lets the mail it is sending finish, hands back the rest, and another node sends those once")
  void stopsCleanly() {
    try (FakeSmtp smtp = FakeSmtp.start().delay(200)) {
      TestApp first = node(smtp);
      first.execute(OutboxRows.queue(40, "stop"));
      Eventually.holds("sending has begun", WITHIN, () -> smtp.taken() >= 2);
      long started = System.nanoTime();
      first.close();
      assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the node stops promptly").isLessThan(Duration.ofSeconds(15));
      assertThat(first.count("SELECT count(*) FROM mail_outbox WHERE status = 'sending'")).as("nothing left held").isZero();
      assertThat(first.count("SELECT count(*) FROM mail_outbox WHERE status = 'queued'")).as("some left to send").isPositive();
      try (TestApp second = node(smtp, "NTC_DB_URL", first.dbUrl().toString())) {
        eachDeliveredOnce(second, smtp, 40);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
