package org.ntc.hub.notification;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ntc.hub.mail.Composer;
import org.ntc.hub.mail.MailLinks;
import org.ntc.hub.mail.OutboxMail;
import org.ntc.hub.platform.Coded;

/**
 * The mail of one notification ({@code mail/notification}): the same sentence the site shows,
 * the page it leads to, and what a reviewer or organiser wrote with it. Files that belong with
 * a kind (a training's calendar entry) come from whoever is told of them through {@link #attaching}.
 */
public final class NotificationMails implements Composer {
  public static final String TEMPLATE = "notification";

  /** Files for one person's notification, such as the updated calendar entry of a rescheduled training. */
  @FunctionalInterface
  public interface Attachments {
    Future<List<Attachment>> of(Notification notification, UUID accountId, String lang);
  }

  private final MailLinks links;
  private Attachments attachments = (notification, accountId, lang) -> Future.succeededFuture(List.of());

  public NotificationMails(MailLinks links) {
    this.links = links;
  }

  public NotificationMails attaching(Attachments attachments) {
    this.attachments = attachments;
    return this;
  }

  @Override
  public Future<Composed> compose(OutboxMail mail, boolean withAttachments) {
    Notification notification = of(mail);
    String lang = mail.lang();
    JsonObject payload = notification.payload();
    Map<String, Object> model = new HashMap<>();
    model.put("recipientName", payload.getString("recipientName"));
    model.put("sentence", notification.text(lang));
    model.put("link", links.page(notification.link() + (notification.link().contains("#") ? "" : "?lang=" + lang)));
    if (payload.getString("comment") != null) model.put("comment", payload.getString("comment"));
    if (payload.getString("reason") != null) model.put("reason", payload.getString("reason"));
    Future<List<Attachment>> files = withAttachments && mail.accountId() != null
        ? attachments.of(notification, mail.accountId(), lang) : Future.succeededFuture(List.of());
    return files.map(list -> new Composed(notification.text(lang), model, list));
  }

  /** The notification the mail was queued for, from the payload the outbox keeps. */
  static Notification of(OutboxMail mail) {
    JsonObject payload = mail.payload();
    String id = payload.getString("notificationId");
    return new Notification(id == null ? null : UUID.fromString(id), Coded.of(NotificationKind.class, payload.getString("kind")),
        payload, mail.createdAt(), null);
  }
}
