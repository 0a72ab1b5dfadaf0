package org.ntc.hub.admin;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ntc.hub.mail.MailService;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/**
 * {@code /admin/mail}: the outbox as a development mail catcher shows it, so that without a mail
 * server every mail a person would get can still be read, links and all.
 */
public final class AdminMailPages {
  private static final int PAGE_SIZE = 20;
  /** The HTML part is shown on its own, with no script, form or outside resource allowed to run. */
  private static final String MAIL_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";

  private final MailService mail;
  private final Views views;
  private final Optional<String> server;

  /** @param server the mail server in use, for the page to say where mail goes; empty when mail is only kept */
  public AdminMailPages(MailService mail, Views views, Optional<String> server) {
    this.mail = mail;
    this.views = views;
    this.server = server;
  }

  public void mount(Router router) {
    AdminPages.guarded(router.get("/admin/mail")).handler(this::outbox);
    AdminPages.guarded(router.get("/admin/mail/:id/html")).handler(this::html);
  }

  private void outbox(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    ZoneId zone = viewer.zone();
    Paging paging = Paging.from(ctx.queryParams(), PAGE_SIZE);
    String to = Optional.ofNullable(ctx.queryParams().get("to")).map(String::trim).orElse("");
    views.render(ctx, "admin/mail", mail.outbox(viewer, to, paging).map(page -> {
      Map<String, Object> model = new HashMap<>();
      model.put("to", to);
      server.ifPresent(s -> model.put("server", s));
      model.put("mails", page.items().stream().map(item -> {
        Map<String, Object> shown = new HashMap<>();
        shown.put("id", item.id().toString());
        shown.put("to", item.to());
        shown.put("subject", item.subject());
        shown.put("at", Times.shown(item.createdAt(), zone, lang));
        shown.put("status", item.status().shown());
        shown.put("statusText", I18n.text(lang, "mail.status." + item.status().shown()));
        if (item.attempts() > 1) shown.put("attempts", I18n.text(lang, "admin.mail.attempts", item.attempts()));
        if (item.sentAt() != null) shown.put("sentAt", Times.shown(item.sentAt(), zone, lang));
        if (item.lastError() != null) shown.put("error", item.lastError());
        shown.put("text", item.text());
        return shown;
      }).toList());
      String filter = to.isEmpty() ? "" : "&to=" + URLEncoder.encode(to, StandardCharsets.UTF_8);
      model.put("pager", paging.pager(page.total(), n -> "/admin/mail?page=" + n + filter));
      return model;
    }));
  }

  private void html(RoutingContext ctx) {
    mail.html(WebContext.viewer(ctx), Ids.path(ctx, "id")).onSuccess(html -> ctx.response()
        .putHeader("Content-Type", "text/html; charset=utf-8")
        .putHeader("Content-Security-Policy", MAIL_POLICY)
        .end(html)).onFailure(ctx::fail);
  }
}
