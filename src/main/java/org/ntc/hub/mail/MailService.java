package org.ntc.hub.mail;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;

/** Queuing mail in a feature's transaction, and the outbox as admins read it. */
public final class MailService {
  private final MailOutbox outbox;
  private final MailRenderer renderer;

  /** One mail as an admin reads it: where it went, what it said, how far it got. */
  public record ShownMail(UUID id, String to, String subject, MailStatus status, OffsetDateTime createdAt,
                          OffsetDateTime sentAt, int attempts, String lastError, String text, boolean transactional) {
    public JsonObject toJson() {
      return new JsonObject().put("id", id.toString()).put("to", to).put("subject", subject).put("status", status.shown())
          .put("createdAt", Times.rfc3339(createdAt)).put("sentAt", Times.rfc3339(sentAt)).put("attempts", attempts)
          .put("lastError", lastError).put("text", text);
    }
  }

  public record MailPage(List<ShownMail> items, long total, Paging paging) {
    public JsonObject toJson() {
      return paging.page(items.stream().map(ShownMail::toJson).toList(), total);
    }
  }

  public MailService(MailOutbox outbox, MailRenderer renderer) {
    this.outbox = outbox;
    this.renderer = renderer;
  }

  /** Queues the mail in the caller's transaction. */
  public Future<Void> queue(SqlClient tx, Mail mail) {
    return outbox.queue(tx, mail);
  }

  /** The outbox newest first, each mail composed as it was or will be sent; {@code to} narrows it to one address. */
  public Future<MailPage> outbox(Viewer viewer, String to, Paging paging) {
    viewer.requireAdmin();
    String address = to == null || to.isBlank() ? null : to.trim();
    Future<List<OutboxMail>> page = outbox.newest(address, paging.pageSize(), paging.offset());
    Future<Long> total = outbox.count(address);
    return Future.all(page, total).compose(done -> {
      List<Future<ShownMail>> shown = new ArrayList<>();
      page.result().forEach(mail -> shown.add(show(mail)));
      return Future.all(shown).map(all -> new MailPage(all.<ShownMail>list(), total.result(), paging));
    });
  }

  /** One mail's HTML part, as its recipient's mail program shows it. */
  public Future<String> html(Viewer viewer, UUID id) {
    viewer.requireAdmin();
    return outbox.byId(id).compose(mail -> renderer.render(mail, false).map(MailRenderer.Rendered::html)
        // The outbox list already says why such a mail is stuck; its own page must not fail with it.
        .otherwise(err -> "<!DOCTYPE html><html lang=\"en\"><title>Mail</title><p>This mail cannot be composed: its template '"
            + mail.template().replaceAll("[^a-z0-9-]", "") + "' is unknown to this version of NTC Hub.</p></html>"));
  }

  private Future<ShownMail> show(OutboxMail mail) {
    return renderer.render(mail, false)
        .map(rendered -> new ShownMail(mail.id(), mail.to(), rendered.subject(), mail.status(), mail.createdAt(), mail.sentAt(),
            mail.attempts(), mail.lastError(), rendered.text(), mail.transactional()))
        // A mail that cannot be composed is still listed, so an admin sees that it is stuck and why.
        .otherwise(err -> new ShownMail(mail.id(), mail.to(), "(" + mail.template() + ")", mail.status(), mail.createdAt(),
            mail.sentAt(), mail.attempts(), String.valueOf(err.getMessage()), "", mail.transactional()));
  }

  /** In an erasure's transaction: the person's mail goes from the outbox, so their address stays nowhere. */
  public Future<Void> forget(SqlClient tx, UUID accountId) {
    return outbox.forget(tx, accountId);
  }
}
