package org.ntc.hub.mail;

import io.vertx.ext.web.Router;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.WebContext;

/** {@code GET /api/v1/admin/mail}: the outbox, newest first, for admins. */
public final class MailRoutes {
  private static final int MAX_ADDRESS = 320;
  private final MailService mail;

  public MailRoutes(MailService mail) {
    this.mail = mail;
  }

  public void mount(Router router) {
    router.get("/api/v1/admin/mail").respond(ctx -> mail
        .outbox(WebContext.viewer(ctx), to(ctx.queryParams().get("to")), Paging.from(ctx.queryParams(), 20))
        .map(MailService.MailPage::toJson));
  }

  private static String to(String address) {
    if (address != null && address.length() > MAX_ADDRESS) throw new Invalid("to", "an address has at most " + MAX_ADDRESS + " characters");
    return address;
  }
}
