package org.ntc.hub.mail;

import io.vertx.ext.web.Router;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.WebContext;

/** {@code GET /api/v1/admin/mail}: the outbox, newest first, for admins. */
public final class MailRoutes {
  private final MailService mail;

  public MailRoutes(MailService mail) {
    this.mail = mail;
  }

  public void mount(Router router) {
    router.get("/api/v1/admin/mail").respond(ctx -> mail
        .outbox(WebContext.viewer(ctx), ctx.queryParams().get("to"), Paging.from(ctx.queryParams(), 20))
        .map(MailService.MailPage::toJson));
  }
}
