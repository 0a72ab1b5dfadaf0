package org.ntc.hub.notification;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ntc.hub.mail.Composer;
import org.ntc.hub.mail.MailLinks;
import org.ntc.hub.mail.OutboxMail;
import org.ntc.hub.platform.Coded;
import org.ntc.hub.platform.I18n;

/** The daily digest ({@code mail/digest}): each waiting notification's sentence and a link to its page, oldest first. */
public final class DigestMails implements Composer {
  public static final String TEMPLATE = "digest";

  private final MailLinks links;

  public DigestMails(MailLinks links) {
    this.links = links;
  }

  @Override
  public Future<Composed> compose(OutboxMail mail, boolean withAttachments) {
    String lang = mail.lang();
    JsonArray stored = mail.payload().getJsonArray("items", new JsonArray());
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < stored.size(); i++) {
      JsonObject item = stored.getJsonObject(i);
      Optional<NotificationKind> kind = Coded.find(NotificationKind.class, item.getString("kind"));
      if (kind.isEmpty()) continue;
      String id = item.getString("notificationId");
      Notification notification = new Notification(id == null ? null : UUID.fromString(id), kind.get(),
          item.getJsonObject("payload", new JsonObject()), mail.createdAt(), null);
      String link = notification.link();
      items.add(Map.of("sentence", notification.text(lang),
          "link", links.page(link + (link.contains("#") ? "" : "?lang=" + lang))));
    }
    Map<String, Object> model = new HashMap<>();
    model.put("recipientName", mail.payload().getString("recipientName"));
    model.put("items", items);
    model.put("accountUrl", links.page("/account?lang=" + lang + "#notifications"));
    model.put("choicesUrl", links.page("/account/settings/notifications?lang=" + lang));
    return Future.succeededFuture(Composed.of(I18n.text(lang, "mail.digest.subject", items.size()), model));
  }
}
