package org.ntc.hub.contactpoint;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

public final class ContactPointRoutes {
  private final ContactPointRepository contactPoints;
  private final ContactPointService service;
  private final Views views;

  public ContactPointRoutes(ContactPointRepository contactPoints, ContactPointService service, Views views) {
    this.contactPoints = contactPoints;
    this.service = service;
    this.views = views;
  }

  public void mount(Router router) {
    router.get("/api/v1/contact-points").respond(ctx -> contactPoints.all()
        .map(list -> new JsonArray(list.stream().map(cp -> cp.toJson(Languages.of(ctx))).toList())));
    router.get("/api/v1/contact-points/:id").respond(ctx -> contactPoints.byId(ctx.pathParam("id"))
        .map(cp -> cp.toJson(Languages.of(ctx))));
    router.get("/api/v1/contact-points/:id/announcements").respond(ctx -> {
      Paging paging = Paging.from(ctx.queryParams(), 20);
      return service.announcements(ctx.pathParam("id"))
          .map(list -> paging.slice(list.stream().map(a -> a.toJson(Languages.of(ctx))).toList()));
    });
    router.post("/api/v1/contact-points/:id/announcements").respond(ctx -> service
        .announce(ctx.pathParam("id"), Bodies.json(ctx), WebContext.viewer(ctx), Languages.of(ctx))
        .onSuccess(created -> ctx.response().setStatusCode(201)));
    router.get("/api/v1/contact-points/:id/duty").respond(ctx -> service.onDuty(ctx.pathParam("id"))
        .map(people -> new JsonObject().put("contactPoint", ctx.pathParam("id")).put("onDuty", new JsonArray(people))));
    router.post("/api/v1/contact-points/:id/duty").respond(ctx -> service
        .setDuty(ctx.pathParam("id"), Bodies.json(ctx), WebContext.viewer(ctx)));

    router.get("/contact-points/:id").handler(ctx -> show(ctx, Map.of()));
    router.post("/contact-points/:id/announcements").handler(ctx -> {
      JsonObject form = Forms.json(ctx, Set.of());
      JsonObject text = new JsonObject();
      for (String lang : List.of("en", "fi", "sv")) {
        String value = form.getString("text_" + lang, "").strip();
        if (!value.isEmpty()) text.put(lang, value);
      }
      // Rules are checked as the future runs, so that a refusal comes back here to be shown on the form.
      Future.succeededFuture().compose(v -> service.announce(ctx.pathParam("id"), new JsonObject().put("text", text),
              WebContext.viewer(ctx), Languages.of(ctx)))
          .onSuccess(done -> Forms.redirect(ctx, "/contact-points/" + ctx.pathParam("id") + "#announcements"))
          .onFailure(err -> {
            if (!(err instanceof org.ntc.hub.platform.Invalid)) {
              ctx.fail(err);
              return;
            }
            ctx.response().setStatusCode(Forms.status(err));
            show(ctx, Map.of("errors", Forms.fieldErrors(err, Languages.of(ctx), "announcement.error"), "draft", form.getMap()));
          });
    });
    router.post("/contact-points/:id/duty").handler(ctx -> {
      JsonObject form = Forms.json(ctx, Set.of());
      service.setDuty(ctx.pathParam("id"), new JsonObject().put("onDuty", "true".equals(form.getString("onDuty"))),
              WebContext.viewer(ctx))
          .onSuccess(done -> Forms.redirect(ctx, "/contact-points/" + ctx.pathParam("id") + "#duty"))
          .onFailure(ctx::fail);
    });
  }

  private void show(RoutingContext ctx, Map<String, Object> extra) {
    String id = ctx.pathParam("id");
    String lang = Languages.of(ctx);
    Viewer viewer = WebContext.viewer(ctx);
    int status = ctx.response().getStatusCode();
    contactPoints.byId(id).compose(cp -> Future.all(service.announcements(id), service.onDuty(id)).map(all -> {
      Map<String, Object> model = new HashMap<>(extra);
      model.put("contactPoint", cp.toJson(lang));
      model.put("announcements", all.<List<Announcement>>resultAt(0).stream().map(a -> a.toJson(lang)
          .put("postedAtText", Times.shown(a.postedAt(), cp.timeZone(), lang)).getMap()).toList());
      List<JsonObject> people = all.resultAt(1);
      model.put("onDuty", people.stream().map(JsonObject::getMap).toList());
      boolean speaksHere = viewer.admin() || viewer.staffContactPoint().orElse("").equals(id);
      model.put("speaksHere", speaksHere);
      model.put("viewerOnDuty", viewer.signedIn() && people.stream().anyMatch(p -> p.getString("id").equals(viewer.id().toString())));
      return model;
    })).compose(model -> views.page(ctx, status, "contactpoint/show", model)).onFailure(ctx::fail);
  }
}
