package org.ntc.hub.showcase;

import io.vertx.ext.web.Router;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.WebContext;

/** The API of the conversation with a company: members reply, senders read their own threads. */
public final class MessageRoutes {
  private final MessageService messages;

  public MessageRoutes(MessageService messages) {
    this.messages = messages;
  }

  public void mount(Router router) {
    router.post("/api/v1/organisations/:id/messages/:messageId/reply").respond(ctx -> {
      Viewer viewer = WebContext.viewer(ctx).requireSignedIn();
      return messages.reply(Ids.path(ctx, "id"), Ids.path(ctx, "messageId"), NewReply.from(Bodies.json(ctx)), viewer)
          .onSuccess(reply -> ctx.response().setStatusCode(201))
          .map(MessageReply::toJson);
    });
    router.get("/api/v1/me/messages").respond(ctx -> messages
        .sent(WebContext.viewer(ctx), Paging.from(ctx.queryParams(), 20))
        .map(page -> page.toJson(Languages.of(ctx))));
  }
}
