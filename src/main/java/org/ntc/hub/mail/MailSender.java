package org.ntc.hub.mail;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.mail.MailAttachment;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.SMTPException;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox over SMTP, one batch at a time, on every node; the lease in {@link MailOutbox}
 * keeps two nodes off the same mail. PostgreSQL wakes it when mail is committed, a timer
 * otherwise. A server that is away or refuses delays mail with growing pauses and loses none;
 * only a mail the server rejects for good, again and again, is given up (and stays readable in
 * the outbox). Each mail's Message-ID comes from its outbox id, so one sent twice after a node
 * died mid-send is recognisably the same mail.
 */
public final class MailSender {
  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
  private static final String CHANNEL = "ntc_mail";
  private static final int BATCH = 20;
  private static final int LEASE_SECONDS = 120;
  /** A permanent refusal (5xx) this many times over gives the mail up. */
  private static final int PERMANENT_ATTEMPTS = 3;

  private final Vertx vertx;
  private final MailOutbox outbox;
  private final MailRenderer renderer;
  private final MailClient client;
  private final String from;
  private final String sender;
  private final long retryBaseMillis;
  private final PgSubscriber subscriber;
  private long timer = -1;
  private boolean running;
  private boolean again;
  private boolean stopped;

  public MailSender(Vertx vertx, MailOutbox outbox, MailRenderer renderer, SmtpServer server, String from, String sender,
                    long retryBaseMillis, PgConnectOptions connect) {
    this.vertx = vertx;
    this.outbox = outbox;
    this.renderer = renderer;
    this.client = MailClient.create(vertx, server.config(renderer.links().host()));
    this.from = from;
    this.sender = sender;
    this.retryBaseMillis = retryBaseMillis;
    this.subscriber = PgSubscriber.subscriber(vertx, connect).reconnectPolicy(attempts -> 1_000L);
  }

  public Future<Void> start(long sweepMillis) {
    subscriber.channel(CHANNEL).handler(payload -> wake());
    timer = vertx.setPeriodic(sweepMillis, id -> wake());
    return subscriber.connect().onFailure(err -> LOG.warning("mail notifications unavailable: " + err.getMessage()))
        .otherwiseEmpty().onComplete(done -> wake()).mapEmpty();
  }

  public Future<Void> stop() {
    stopped = true;
    vertx.cancelTimer(timer);
    return Future.join(subscriber.close(), client.close()).mapEmpty();
  }

  private void wake() {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    again = false;
    outbox.claim(sender, LEASE_SECONDS, BATCH)
        .compose(batch -> {
          List<Future<Void>> sends = new ArrayList<>();
          batch.forEach(mail -> sends.add(send(mail)));
          return Future.join(sends).map(batch.size());
        })
        .onComplete(result -> {
          running = false;
          if (result.failed()) {
            LOG.log(Level.FINE, "taking mail from the outbox failed; the timer retries", result.cause());
            return;
          }
          if (again || result.result() == BATCH) wake();
        });
  }

  private Future<Void> send(OutboxMail mail) {
    return renderer.render(mail, true)
        .compose(rendered -> client.sendMail(message(mail, rendered)))
        .compose(sent -> outbox.sent(mail.id(), sender).<Void>mapEmpty())
        .recover(err -> failed(mail, err));
  }

  private Future<Void> failed(OutboxMail mail, Throwable err) {
    boolean permanent = err instanceof SMTPException smtp && smtp.isPermanent();
    boolean giveUp = permanent && mail.attempts() >= PERMANENT_ATTEMPTS;
    long delaySeconds = Math.max(1, backoffMillis(mail.attempts()) / 1000);
    LOG.log(giveUp ? Level.WARNING : Level.FINE, "mail " + mail.id() + " not sent (attempt " + mail.attempts() + "): " + err.getMessage());
    return outbox.retry(mail.id(), sender, String.valueOf(err.getMessage()), giveUp, delaySeconds)
        .recover(again -> Future.succeededFuture());
  }

  /** Doubles from the base with each attempt, up to ninety times the base (15 minutes for the default 10 s). */
  long backoffMillis(int attempts) {
    long factor = 1L << Math.min(Math.max(attempts - 1, 0), 10);
    return Math.min(retryBaseMillis * factor, retryBaseMillis * 90);
  }

  private MailMessage message(OutboxMail mail, MailRenderer.Rendered rendered) {
    MultiMap headers = MultiMap.caseInsensitiveMultiMap()
        .add("Message-ID", "<" + mail.id() + "@" + renderer.links().host() + ">")
        .add("Auto-Submitted", "auto-generated")
        .add("Content-Language", mail.lang());
    if (rendered.oneClick() != null) {
      headers.add("List-Unsubscribe", "<" + rendered.oneClick() + ">");
      headers.add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
    MailMessage message = new MailMessage().setFrom(from).setTo(mail.to()).setSubject(rendered.subject())
        .setText(rendered.text()).setHtml(rendered.html()).setHeaders(headers);
    if (!rendered.attachments().isEmpty()) {
      List<MailAttachment> files = new ArrayList<>();
      for (Composer.Attachment a : rendered.attachments()) {
        files.add(MailAttachment.create().setName(a.name()).setContentType(a.contentType()).setData(Buffer.buffer(a.data())));
      }
      message.setAttachment(files);
    }
    return message;
  }
}
