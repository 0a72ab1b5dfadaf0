package org.ntc.hub.account;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.ntc.hub.mail.Composer;
import org.ntc.hub.mail.MailLinks;
import org.ntc.hub.mail.OutboxMail;
import org.ntc.hub.platform.I18n;

/**
 * The account's own mails: the link that proves an address ({@code verify-email}), the reset
 * link ({@code password-reset}), and the notices that the password or the address changed.
 */
public final class AccountMails implements Composer {
  public static final String VERIFY_EMAIL = "verify-email";
  public static final String PASSWORD_RESET = "password-reset";
  public static final String PASSWORD_CHANGED = "password-changed";
  public static final String EMAIL_CHANGED = "email-changed";

  private final MailLinks links;
  private final String template;

  private AccountMails(MailLinks links, String template) {
    this.links = links;
    this.template = template;
  }

  /** The composer of one of the account's templates. */
  public static AccountMails of(MailLinks links, String template) {
    return new AccountMails(links, template);
  }

  @Override
  public Future<Composed> compose(OutboxMail mail, boolean withAttachments) {
    JsonObject payload = mail.payload();
    Map<String, Object> model = new HashMap<>();
    if (payload.getString("name") != null) model.put("recipientName", payload.getString("name"));
    String token = payload.getString("token");
    if (token != null) {
      String page = template.equals(VERIFY_EMAIL) ? "/verify-email" : "/reset-password";
      model.put("link", links.page(page + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
    }
    if (payload.getString("newEmail") != null) model.put("newEmail", payload.getString("newEmail"));
    model.put("forgotUrl", links.page("/forgot-password"));
    String subject = I18n.text(mail.lang(), "mail." + template + ".subject");
    return Future.succeededFuture(Composed.of(subject, model));
  }
}
