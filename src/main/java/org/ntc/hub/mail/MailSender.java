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
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
  /** A permanent refusal (5xx) this many times over gives the mail up. */
  private static final int PERMANENT_ATTEMPTS = 3;
  /** Replies that refuse this server's sign-in (RFC 4954), whatever the mail. */
  private static final Set<Integer> SIGN_IN_REFUSED = Set.of(530, 534, 535, 538);
  /** How long a stopping node lets the mail it is sending finish before it hands the rest back. */
  private static final long STOP_GRACE_MILLIS = 5_000;

  /**
   * How the sender paces itself.
   *
   * @param retryBaseMillis the pause after a first failed attempt; it doubles with each further one
   * @param timeoutMillis   the longest one mail may take, connecting included: a server that takes the
   *                        connection and never answers does not hold the sender
   * @param sweepMillis     how often the outbox is looked at when no notification wakes the sender
   */
  public record Pace(long retryBaseMillis, long timeoutMillis, long sweepMillis) {
    /** A lease outlives any send by far, so a live node never loses a mail it is still sending. */
    int leaseSeconds() {
      return (int) Math.max(30, 3 * timeoutMillis / 1000 + 10);
    }
  }

  private final Vertx vertx;
  private final MailOutbox outbox;
  private final MailRenderer renderer;
  private final MailClient client;
  private final String from;
  private final String sender;
  private final Pace pace;
  private final PgSubscriber subscriber;
  private long timer = -1;
  private boolean running;
  private boolean again;
  private boolean stopped;
  private Future<?> inFlight = Future.succeededFuture();

  public MailSender(Vertx vertx, MailOutbox outbox, MailRenderer renderer, SmtpServer server, String from, String sender,
                    Pace pace, PgConnectOptions connect) {
    this.vertx = vertx;
    this.outbox = outbox;
    this.renderer = renderer;
    this.client = MailClient.create(vertx, server.config(renderer.links().host(), pace.timeoutMillis()));
    this.from = from;
    this.sender = sender;
    this.pace = pace;
    this.subscriber = PgSubscriber.subscriber(vertx, connect).reconnectPolicy(attempts -> 1_000L);
  }

  public Future<Void> start() {
    subscriber.channel(CHANNEL).handler(payload -> wake());
    timer = vertx.setPeriodic(pace.sweepMillis(), id -> wake());
    return subscriber.connect().onFailure(err -> LOG.warning("mail notifications unavailable: " + err.getMessage()))
        .otherwiseEmpty().onComplete(done -> wake()).mapEmpty();
  }

  /**
   * Takes no more mail, lets what is being sent finish for a moment, hands back what is still
   * held (it becomes due at once for any node), then closes the connections.
   */
  public Future<Void> stop() {
    stopped = true;
    vertx.cancelTimer(timer);
    return inFlight.<Object>mapEmpty().timeout(STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS).otherwiseEmpty()
        .compose(done -> outbox.release(sender)
            .onFailure(err -> LOG.warning("mail still held was not handed back; it is sent once its lease runs out: " + err))
            .otherwiseEmpty())
        .eventually(() -> Future.join(subscriber.close(), client.close()))
        .mapEmpty();
  }

  private void wake() {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    again = false;
    Future<Integer> batch = outbox.claim(sender, pace.leaseSeconds(), BATCH)
        .compose(mails -> {
          List<Future<Void>> sends = new ArrayList<>();
          mails.forEach(mail -> sends.add(send(mail)));
          return Future.join(sends).map(mails.size());
        });
    inFlight = batch;
    batch.onComplete(result -> {
      running = false;
      if (result.failed()) {
        LOG.log(Level.FINE, "taking mail from the outbox failed; the timer retries", result.cause());
        return;
      }
      if (again || result.result() == BATCH) wake();
    });
  }

  private Future<Void> send(OutboxMail mail) {
    return compose(mail)
        .compose(rendered -> client.sendMail(message(mail, rendered)))
        .timeout(pace.timeoutMillis(), TimeUnit.MILLISECONDS)
        .compose(sent -> outbox.sent(mail.id(), sender).<Void>mapEmpty())
        .recover(err -> failed(mail, err));
  }

  /**
   * Filling two templates is the costly part of a mail (about 2 ms): it is done on a worker
   * thread, so that a batch of mail never holds an event loop that also serves pages.
   */
  private Future<MailRenderer.Rendered> compose(OutboxMail mail) {
    return vertx.executeBlocking(() -> {
      try {
        return renderer.render(mail, true).toCompletionStage().toCompletableFuture().get(pace.timeoutMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        throw new IllegalStateException("composing the mail took longer than " + pace.timeoutMillis() + " ms");
      } catch (ExecutionException e) {
        throw e.getCause() instanceof Exception cause ? cause : e;
      }
    }, false);
  }

  private Future<Void> failed(OutboxMail mail, Throwable err) {
    // A refused sign-in is the operator's to fix, not the mail's fault: such mail waits for the fix.
    boolean permanent = err instanceof SMTPException smtp && smtp.isPermanent() && !SIGN_IN_REFUSED.contains(smtp.getReplyCode());
    boolean giveUp = permanent && mail.attempts() >= PERMANENT_ATTEMPTS;
    String reason = err instanceof TimeoutException ? "no answer from the mail server within " + pace.timeoutMillis() + " ms"
        : String.valueOf(err.getMessage());
    LOG.log(giveUp ? Level.WARNING : Level.FINE, "mail " + mail.id() + " not sent (attempt " + mail.attempts() + "): " + reason);
    return outbox.retry(mail.id(), sender, reason, giveUp, backoffMillis(mail.attempts()) / 1000.0)
        .recover(again -> Future.succeededFuture());
  }

  /** Doubles from the base with each attempt, up to ninety times the base (15 minutes for the default 10 s). */
  long backoffMillis(int attempts) {
    long factor = 1L << Math.min(Math.max(attempts - 1, 0), 10);
    return Math.min(pace.retryBaseMillis() * factor, pace.retryBaseMillis() * 90);
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
