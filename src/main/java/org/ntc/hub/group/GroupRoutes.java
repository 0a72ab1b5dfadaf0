package org.ntc.hub.group;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.util.UUID;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.WebContext;

/** {@code /api/v1/groups}, {@code /api/v1/threads} and {@code /api/v1/posts}: theme groups, their threads and moderation. */
public final class GroupRoutes {
  private final GroupService groups;

  public GroupRoutes(GroupService groups) {
    this.groups = groups;
  }

  public void mount(Router router) {
    router.get("/api/v1/groups").respond(ctx -> {
      Paging paging = Paging.from(ctx.queryParams(), 20);
      String lang = Languages.of(ctx);
      return groups.list(paging).map(list -> paging.page(list.items().stream().map(g -> g.toJson(lang)).toList(), list.total()));
    });
    router.post("/api/v1/groups").respond(ctx -> {
      JsonObject body = Bodies.json(WebContext.staffOnly(ctx));
      return groups.create(NewGroup.from(body), WebContext.viewer(ctx)).map(created -> {
        ctx.response().setStatusCode(201).putHeader("Location", "/api/v1/groups/" + created.id());
        return created.toJson(Languages.of(ctx));
      });
    });
    router.get("/api/v1/groups/:id").respond(ctx -> groups.detail(Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .map(detail -> detail.toJson(Languages.of(ctx))));
    router.patch("/api/v1/groups/:id").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      JsonObject body = Bodies.json(WebContext.staffOnly(ctx));
      return groups.change(id, NewGroup.change(body), WebContext.viewer(ctx)).map(group -> group.toJson(Languages.of(ctx)));
    });
    router.post("/api/v1/groups/:id/members").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      return groups.join(id, WebContext.viewer(WebContext.signedIn(ctx))).compose(joined -> {
        if (joined) ctx.response().setStatusCode(201);
        return groups.detail(id, WebContext.viewer(ctx));
      }).map(detail -> detail.toJson(Languages.of(ctx)));
    });
    router.delete("/api/v1/groups/:id/members").respond(ctx -> groups.leave(Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .onSuccess(done -> ctx.response().setStatusCode(204)));
    router.get("/api/v1/groups/:id/threads").respond(ctx -> {
      Paging paging = Paging.from(ctx.queryParams(), 20);
      return groups.threads(Ids.path(ctx, "id"), paging)
          .map(list -> paging.page(list.items().stream().map(GroupThread::toJson).toList(), list.total()));
    });
    router.post("/api/v1/groups/:id/threads").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      JsonObject body = Bodies.json(WebContext.signedIn(ctx));
      return groups.startThread(id, NewThread.from(body), WebContext.viewer(ctx)).map(thread -> {
        ctx.response().setStatusCode(201).putHeader("Location", "/api/v1/threads/" + thread.thread().id());
        return thread.toJson(Languages.of(ctx));
      });
    });
    router.post("/api/v1/groups/:id/events").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      JsonObject body = Bodies.json(WebContext.staffOnly(ctx));
      return groups.attach(id, EventLink.from(body), WebContext.viewer(ctx)).map(detail -> detail.toJson(Languages.of(ctx)));
    });
    router.delete("/api/v1/groups/:id/events/:trainingId").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      UUID training = Ids.path(ctx, "trainingId");
      return groups.detach(id, training, WebContext.viewer(ctx)).onSuccess(done -> ctx.response().setStatusCode(204));
    });
    router.get("/api/v1/threads/:id").respond(ctx -> groups.thread(Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .map(thread -> thread.toJson(Languages.of(ctx))));
    router.post("/api/v1/threads/:id/posts").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      JsonObject body = Bodies.json(WebContext.signedIn(ctx));
      return groups.reply(id, NewPost.from(body), WebContext.viewer(ctx)).map(thread -> {
        ctx.response().setStatusCode(201);
        return thread.toJson(Languages.of(ctx));
      });
    });
    router.post("/api/v1/posts/:id/reports").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      JsonObject body = Bodies.json(WebContext.signedIn(ctx));
      return groups.report(id, Reason.from(body), WebContext.viewer(ctx)).map(post -> {
        ctx.response().setStatusCode(201);
        return post.toJson();
      });
    });
    router.post("/api/v1/posts/:id/hide").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      JsonObject body = Bodies.json(WebContext.staffOnly(ctx));
      return groups.hide(id, Reason.from(body), WebContext.viewer(ctx)).map(GroupPost::toJson);
    });
    router.post("/api/v1/posts/:id/restore").respond(ctx -> groups.restore(Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .map(GroupPost::toJson));
    router.post("/api/v1/posts/:id/keep").respond(ctx -> groups.dismissReports(Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .map(GroupPost::toJson));
    router.get("/api/v1/moderation/reports").respond(ctx -> {
      String lang = Languages.of(ctx);
      Paging paging = Paging.from(ctx.queryParams(), 50);
      return groups.reports(WebContext.viewer(ctx)).map(list -> paging.slice(list.stream().map(r -> r.toJson(lang)).toList()));
    });
  }
}
