package org.ntc.hub.showcase;

import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/** A company's inbox: its members read what visitors wrote about its showcases and answer there. */
public final class MessagePages {
  private static final int PAGE_SIZE = 20;
  private final ShowcaseService showcases;
  private final MessageService messages;
  private final Views views;

  public MessagePages(ShowcaseService showcases, MessageService messages, Views views) {
    this.showcases = showcases;
    this.messages = messages;
    this.views = views;
  }

  public void mount(Router router) {
    router.get("/organisations/:id/messages").handler(Forms::signInFirst)
        .handler(ctx -> inbox(ctx, null, null).compose(model -> views.page(ctx, "organisation/messages", model))
            .onFailure(ctx::fail));
    router.post("/organisations/:id/messages/:messageId/reply").handler(Forms::signInFirst).handler(this::reply);
  }

  private void reply(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    UUID messageId = Ids.path(ctx, "messageId");
    String text = ctx.request().getFormAttribute("text");
    Forms.submit(() -> messages.reply(id, messageId, NewReply.from(Forms.json(ctx, Set.of())), WebContext.viewer(ctx)),
        sent -> Forms.redirect(ctx, "/organisations/" + id + "/messages?replied=" + messageId + "#message-" + messageId),
        err -> Forms.reshow(ctx, views, err, "organisation/messages", "messages.error",
            () -> inbox(ctx, messageId, text == null ? "" : text)));
  }

  /** The inbox page's model; a refused reply's message keeps what was written, its field named {@code text}. */
  private Future<Map<String, Object>> inbox(RoutingContext ctx, UUID refused, String written) {
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    UUID id = Ids.path(ctx, "id");
    Paging paging = Paging.from(ctx.queryParams(), PAGE_SIZE);
    String replied = ctx.queryParams().get("replied");
    return showcases.messages(id, viewer, paging).map(inbox -> {
      Map<String, Object> model = new HashMap<>();
      model.put("orgId", id.toString());
      model.put("orgName", viewer.memberships().stream().filter(m -> m.organisationId().equals(id))
          .map(Viewer.Membership::organisationName).findFirst().orElse(""));
      model.put("messages", inbox.items().stream().map(m -> received(m, viewer, lang, refused, written, replied)).toList());
      model.put("total", inbox.total());
      model.put("pager", paging.pager(inbox.total(), page -> "/organisations/" + id + "/messages?page=" + page));
      model.put("errors", Map.of());
      return model;
    });
  }

  private static Map<String, Object> received(ReceivedMessage message, Viewer viewer, String lang, UUID refused, String written,
                                              String replied) {
    Map<String, Object> shown = new HashMap<>(message.toJson().getMap());
    shown.put("showcaseTitle", message.showcaseTitle().in(lang));
    shown.put("atText", Times.shown(message.at(), viewer.zone(), lang));
    shown.put("replies", replies(message.replies(), viewer, lang));
    shown.put("refused", message.id().equals(refused));
    shown.put("written", message.id().equals(refused) ? written : "");
    shown.put("justReplied", message.id().toString().equals(replied));
    return shown;
  }

  /** Replies as a page shows them: who answered, and when in the reader's zone and language. */
  public static List<Map<String, Object>> replies(List<MessageReply> replies, Viewer viewer, String lang) {
    return replies.stream().map(reply -> {
      Map<String, Object> shown = new HashMap<>(reply.toJson().getMap());
      shown.put("by", reply.authorName() != null
          ? I18n.text(lang, "messages.replyBy", reply.authorName(), reply.organisationName())
          : reply.organisationName());
      shown.put("atText", Times.shown(reply.at(), viewer.zone(), lang));
      return shown;
    }).toList();
  }
}
