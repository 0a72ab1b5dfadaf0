package org.ntc.hub.advice;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.util.UUID;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.WebContext;

/** {@code /api/v1/advice-requests}: questions to the centre and their threads. */
public final class AdviceRoutes {
  private final AdviceService advice;

  public AdviceRoutes(AdviceService advice) {
    this.advice = advice;
  }

  public void mount(Router router) {
    router.post("/api/v1/advice-requests").respond(ctx -> {
      JsonObject body = Bodies.json(WebContext.signedIn(ctx));
      return advice.create(NewAdviceRequest.from(body), WebContext.viewer(ctx)).map(created -> {
        ctx.response().setStatusCode(201).putHeader("Location", "/api/v1/advice-requests/" + created.id());
        return created.toJson();
      });
    });
    router.get("/api/v1/advice-requests").respond(ctx -> {
      Viewer viewer = WebContext.viewer(ctx).requireSignedIn();
      Paging paging = Paging.from(ctx.queryParams(), 20);
      return advice.list(QueueFilter.from(ctx.queryParams()), paging, viewer).map(list -> list.toJson(paging));
    });
    router.get("/api/v1/advice-requests/:id").respond(ctx -> advice.thread(Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .map(AdviceThread::toJson));
    router.post("/api/v1/advice-requests/:id/assign").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      JsonObject body = Bodies.json(WebContext.staffOnly(ctx));
      return advice.assign(id, Assignment.from(body), WebContext.viewer(ctx), WebContext.address(ctx)).map(AdviceThread::toJson);
    });
    router.post("/api/v1/advice-requests/:id/handoff").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      JsonObject body = Bodies.json(WebContext.staffOnly(ctx));
      return advice.handOver(id, Handoff.from(body), WebContext.viewer(ctx), WebContext.address(ctx)).map(AdviceThread::toJson);
    });
    router.post("/api/v1/advice-requests/:id/messages").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      JsonObject body = Bodies.json(WebContext.signedIn(ctx));
      return advice.write(id, NewAdviceMessage.from(body), WebContext.viewer(ctx)).map(thread -> {
        ctx.response().setStatusCode(201);
        return thread.toJson();
      });
    });
    router.post("/api/v1/advice-requests/:id/wait").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      return advice.waitForRequester(id, WebContext.viewer(ctx)).map(AdviceThread::toJson);
    });
    router.post("/api/v1/advice-requests/:id/close").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      return advice.close(id, WebContext.viewer(ctx), WebContext.address(ctx)).map(AdviceThread::toJson);
    });
  }
}
