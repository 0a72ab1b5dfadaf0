package org.ntc.hub;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import org.ntc.hub.account.AccountMails;
import org.ntc.hub.mail.MailLinks;
import org.ntc.hub.mail.MailRenderer;
import org.ntc.hub.notification.DigestMails;
import org.ntc.hub.notification.NotificationMails;
import org.ntc.hub.training.TrainingService;

/**
 * Which feature composes which mail. The same renderer serves the senders and the admins'
 * outbox page, so what an admin reads there is exactly what leaves.
 */
final class Mails {
  private Mails() {}

  static MailRenderer renderer(Vertx vertx, Pool pool, AppConfig config, String signingSecret, Clock clock) {
    MailLinks links = new MailLinks(config.publicUrl(), signingSecret);
    return new MailRenderer(links)
        .compose(NotificationMails.TEMPLATE, new NotificationMails(links)
            .attaching(TrainingService.calendarMails(vertx, pool, config.publicUrl().toString(), address(config.mailFrom()))))
        .compose(DigestMails.TEMPLATE, new DigestMails(links))
        .compose(AccountMails.VERIFY_EMAIL, AccountMails.of(links, AccountMails.VERIFY_EMAIL))
        .compose(AccountMails.PASSWORD_RESET, AccountMails.of(links, AccountMails.PASSWORD_RESET))
        .compose(AccountMails.PASSWORD_CHANGED, AccountMails.of(links, AccountMails.PASSWORD_CHANGED))
        .compose(AccountMails.EMAIL_CHANGED, AccountMails.of(links, AccountMails.EMAIL_CHANGED));
  }

  /** {@code NTC Hub <no-reply@example.org>} → {@code no-reply@example.org}: the organiser a calendar message names. */
  private static String address(String from) {
    int open = from.indexOf('<');
    int close = from.indexOf('>', open + 1);
    return open >= 0 && close > open ? from.substring(open + 1, close).trim() : from.trim();
  }
}
