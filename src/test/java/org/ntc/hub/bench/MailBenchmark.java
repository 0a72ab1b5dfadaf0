package org.ntc.hub.bench;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.ntc.hub.mail.MailLinks;
import org.ntc.hub.mail.MailRenderer;
import org.ntc.hub.mail.MailStatus;
import org.ntc.hub.mail.OutboxMail;
import org.ntc.hub.notification.NotificationMails;
import org.ntc.hub.support.FakeSmtp;
import org.ntc.hub.support.OutboxRows;
import org.ntc.hub.support.TestApp;
import org.ntc.hub.support.TestDatabase;

/**
 * The mail path of one node against a local SMTP server (an in-process fake that takes mail as
 * fast as it comes): how many mails a minute it sends, against composing alone in the same run;
 * how long a mail waits in the outbox (created_at to sent_at) under a steady load; and the same
 * load with the mail server away for a while, counting that nothing is lost or sent twice.
 * Arguments: burst size, steady rate per second, steady seconds, outage seconds.
 */
public final class MailBenchmark {
  private static final String[] KINDS = {"showcase.published", "training.published", "organisation.verified"};
  private static final String[] LANGS = {"fi", "sv", "en"};

  private MailBenchmark() {}

  public static void main(String[] args) throws Exception {
    int burst = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
    int rate = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    int outage = args.length > 3 ? Integer.parseInt(args[3]) : 60;

    double composed = composePerMinute(burst);
    try (FakeSmtp smtp = FakeSmtp.start().countOnly()) {
      TestApp app = TestApp.start(Map.of("NTC_SMTP_URL", smtp.url()));
      try {
        // 1. A burst: every mail queued in one transaction, sent as fast as the node can.
        app.execute(OutboxRows.queue(burst, "burst"));
        awaitAllSent(app, burst, 600);
        double spanSeconds = number(app, "SELECT extract(epoch FROM max(sent_at) - min(created_at)) FROM mail_outbox");
        double perMinute = burst / spanSeconds * 60;
        check(smtp, app, burst);

        // 2. A steady load: one mail committed at a time, `rate` a second.
        app.execute("DELETE FROM mail_outbox");
        smtp.reset();
        steady(app, rate, seconds, "steady", null, 0);
        awaitAllSent(app, (long) rate * seconds, 120);
        double[] wait = waits(app);
        check(smtp, app, (long) rate * seconds);

        // 3. The same load, the mail server away for `outage` seconds in the middle.
        app.execute("DELETE FROM mail_outbox");
        smtp.reset();
        int total = rate * (outage + 20);
        long began = System.nanoTime();
        steady(app, rate, outage + 20, "outage", smtp, outage);
        awaitAllSent(app, total, 900);
        double drain = (System.nanoTime() - began) / 1e9 - (outage + 20);
        double[] outageWait = waits(app);
        String duplicates = check(smtp, app, total);

        System.out.printf(Locale.ROOT, "%n| run | mails | result |%n| --- | --- | --- |%n");
        System.out.printf(Locale.ROOT, "| composing only (baseline, one thread) | %,d | %,.0f mails/min |%n", burst, composed);
        System.out.printf(Locale.ROOT, "| burst, queued at once, sent to local SMTP | %,d | %,.0f mails/min (%.2f of composing) |%n", burst,
            perMinute, perMinute / composed);
        System.out.printf(Locale.ROOT, "| steady %d/s for %d s: wait in outbox | %,d | p50 %.0f ms, p99 %.0f ms, max %.0f ms |%n", rate, seconds,
            rate * seconds, wait[0], wait[1], wait[2]);
        System.out.printf(Locale.ROOT, "| steady %d/s, server away %d s: wait in outbox | %,d | p50 %.1f s, p99 %.1f s, max %.1f s; "
            + "all sent %.1f s after the load ended; %s |%n", rate, outage, total, outageWait[0] / 1000, outageWait[1] / 1000,
            outageWait[2] / 1000, drain, duplicates);
      } finally {
        try {
          app.close();
        } catch (AssertionError blocked) {
          System.out.println("note: " + blocked.getMessage().lines().findFirst().orElse(""));
        }
      }
    }
    System.exit(0);
  }

  /** The baseline: the same mails composed (text and HTML, in their language) one after another, nothing sent. */
  private static double composePerMinute(int count) {
    MailLinks links = new MailLinks(URI.create("http://localhost:8080"), "benchmark-secret");
    MailRenderer renderer = new MailRenderer(links).compose(NotificationMails.TEMPLATE, new NotificationMails(links));
    List<OutboxMail> mails = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      JsonObject payload = new JsonObject().put("kind", KINDS[(i / 3) % 3]).put("notificationId", UUID.randomUUID().toString())
          .put("recipientName", "Henkilö " + i).put("title", new JsonObject().put("fi", "Kotihoidon esittely " + i)
              .put("sv", "Hemvårdsvisning " + i).put("en", "Home care showcase " + i))
          .put("showcaseId", UUID.randomUUID().toString()).put("trainingId", UUID.randomUUID().toString())
          .put("organisationId", UUID.randomUUID().toString());
      mails.add(new OutboxMail(UUID.randomUUID(), null, "burst-" + i + "@mail.test", LANGS[i % 3], NotificationMails.TEMPLATE, payload,
          "showcase.published", MailStatus.QUEUED, 0, null, OffsetDateTime.now(), null));
    }
    for (OutboxMail mail : mails.subList(0, Math.min(500, count))) render(renderer, mail);
    long began = System.nanoTime();
    for (OutboxMail mail : mails) render(renderer, mail);
    return count / ((System.nanoTime() - began) / 1e9) * 60;
  }

  private static void render(MailRenderer renderer, OutboxMail mail) {
    renderer.render(mail, true).toCompletionStage().toCompletableFuture().join();
  }

  /** One mail committed at a time, {@code rate} a second; the server goes away after 10 s for {@code outage} s. */
  private static void steady(TestApp app, int rate, int seconds, String tag, FakeSmtp smtp, int outage) throws Exception {
    try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(app.dbUrl())); Statement s = c.createStatement()) {
      long began = System.nanoTime();
      long interval = TimeUnit.SECONDS.toNanos(1) / rate;
      boolean away = false;
      for (int i = 1; i <= rate * seconds; i++) {
        long due = began + i * interval;
        long now = System.nanoTime();
        if (due > now) TimeUnit.NANOSECONDS.sleep(due - now);
        double elapsed = (System.nanoTime() - began) / 1e9;
        if (smtp != null && !away && elapsed >= 10 && elapsed < 10 + outage) {
          smtp.down();
          away = true;
        } else if (smtp != null && away && elapsed >= 10 + outage) {
          smtp.up();
          away = false;
        }
        s.execute(OutboxRows.queue(1, tag, i));
      }
      if (away) smtp.up();
    }
  }

  private static void awaitAllSent(TestApp app, long count, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (app.count("SELECT count(*) FROM mail_outbox WHERE status = 'sent'") < count) {
      if (System.nanoTime() > deadline) throw new IllegalStateException("not all " + count + " mails sent within " + seconds + " s");
      Thread.sleep(50);
    }
  }

  /** p50, p99 and max of created_at → sent_at, in milliseconds. */
  private static double[] waits(TestApp app) throws Exception {
    try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(app.dbUrl())); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("""
             SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY w), percentile_cont(0.99) WITHIN GROUP (ORDER BY w), max(w)
             FROM (SELECT extract(epoch FROM sent_at - created_at) * 1000 AS w FROM mail_outbox) t""")) {
      rs.next();
      return new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3)};
    }
  }

  private static double number(TestApp app, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(app.dbUrl())); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getDouble(1);
    }
  }

  /** Every outbox row arrived under its own Message-ID, exactly once. */
  private static String check(FakeSmtp smtp, TestApp app, long expected) {
    Map<String, Integer> taken = smtp.byMessageId();
    long twice = taken.values().stream().filter(n -> n > 1).count();
    long failed = app.count("SELECT count(*) FROM mail_outbox WHERE status <> 'sent'");
    String verdict = String.format(Locale.ROOT, "%d of %d arrived, %d twice, %d not sent", taken.size(), expected, twice, failed);
    if (taken.size() != expected || twice > 0 || failed > 0) throw new IllegalStateException(verdict);
    return verdict;
  }
}
