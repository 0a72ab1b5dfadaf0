package org.ntc.hub.mail;

import io.vertx.core.Future;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Views;

/**
 * Composes a mail from its outbox row: the feature's {@link Composer} says what it is about,
 * the templates {@code mail/<template>.txt.hbs} and {@code .html.hbs} say it in the recipient's
 * language, and every mail gets the same footer: where settings are and, unless the mail is
 * transactional, a one-click unsubscribe.
 */
public final class MailRenderer {
  private final Map<String, Composer> composers = new HashMap<>();
  private final MailLinks links;

  /** A mail ready for the wire. {@code oneClick} is the RFC 8058 address, null for transactional mail. */
  public record Rendered(String subject, String text, String html, List<Composer.Attachment> attachments, String oneClick) {}

  public MailRenderer(MailLinks links) {
    this.links = links;
  }

  public MailLinks links() {
    return links;
  }

  /** The feature that queues mail of this template says what it contains. */
  public MailRenderer compose(String template, Composer composer) {
    composers.put(template, composer);
    return this;
  }

  public Future<Rendered> render(OutboxMail mail, boolean withAttachments) {
    Composer composer = composers.get(mail.template());
    if (composer == null) return Future.failedFuture(new IllegalStateException("no composer for mail template " + mail.template()));
    return composer.compose(mail, withAttachments).map(composed -> {
      String lang = I18n.supported(mail.lang()) ? mail.lang() : I18n.FALLBACK;
      Map<String, Object> model = new HashMap<>(composed.model());
      model.put("lang", lang);
      model.put("subject", composed.subject());
      model.put("siteUrl", links.page("/?lang=" + lang));
      model.put("settingsUrl", links.page("/account/settings?lang=" + lang));
      boolean canUnsubscribe = !mail.transactional() && mail.accountId() != null;
      if (canUnsubscribe) model.put("unsubscribeUrl", links.unsubscribePage(mail.accountId(), mail.unsubscribe()) + "&lang=" + lang);
      String name = "mail/" + mail.template();
      return new Rendered(composed.subject(), tidy(Views.mailText(name, model)), Views.mailHtml(name, model), composed.attachments(),
          canUnsubscribe ? links.oneClick(mail.accountId(), mail.unsubscribe()) : null);
    });
  }

  /**
   * Template blocks leave blank lines where a section is left out; a reader sees paragraphs, so
   * runs of blank lines become one and the text starts with its first word.
   */
  static String tidy(String text) {
    String lines = text.replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    // "-- " (with its space) opens the signature: mail programs recognise it only so.
    return lines.replace("\n--\n", "\n-- \n") + "\n";
  }
}
