package org.ntc.hub.training;

import java.util.function.BiFunction;
import io.vertx.core.json.JsonArray;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.material.Material;
import org.ntc.hub.material.MaterialService;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Review;
import org.ntc.hub.platform.SecurityHeaders;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/** The trainings API, its calendar files, and the /trainings pages. */
public final class TrainingRoutes {
  private final TrainingService trainings;
  private final MaterialService materials;
  private final Views views;
  private final Clock clock;

  public TrainingRoutes(TrainingService trainings, MaterialService materials, Views views, Clock clock) {
    this.clock = clock;
    this.trainings = trainings;
    this.materials = materials;
    this.views = views;
  }

  public void mount(Router router) {
    mountApi(router);
    mountFiles(router);
    new TrainingForms(trainings, views, clock).mount(router);
    new MatchmakingRoutes(trainings, views).mount(router);
    mountPages(router);
  }

  private void mountApi(Router router) {
    router.get("/api/v1/trainings").respond(ctx -> {
      TrainingQuery query = TrainingQuery.from(ctx.queryParams(), now());
      Paging paging = Paging.from(ctx.queryParams(), 20);
      String lang = Languages.of(ctx);
      return trainings.list(query, paging)
          .map(upcoming -> paging.page(upcoming.trainings().stream().map(t -> t.toJson(lang, false)).toList(), upcoming.total()));
    });
    router.post("/api/v1/trainings").respond(ctx -> {
      JsonObject body = Bodies.json(ctx);
      WebContext.viewer(ctx).requireSignedIn();
      return trainings.create(NewTraining.from(body, now()), WebContext.viewer(ctx)).map(created -> {
        ctx.response().setStatusCode(201);
        return created.toJson(Languages.of(ctx), true);
      });
    });
    router.patch("/api/v1/trainings/:id").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      JsonObject body = Bodies.json(ctx);
      WebContext.viewer(ctx).requireSignedIn();
      return trainings.change(id, TrainingChange.from(body), WebContext.viewer(ctx)).map(t -> t.toJson(Languages.of(ctx), true));
    });
    router.post("/api/v1/trainings/:id/cancel").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      JsonObject body = Bodies.json(ctx);
      WebContext.viewer(ctx).requireSignedIn();
      return trainings.callOff(id, TrainingCancellation.from(body), WebContext.viewer(ctx)).map(t -> t.toJson(Languages.of(ctx), true));
    });
    router.get("/api/v1/trainings/:id").respond(ctx -> trainings.find(Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .map(viewed -> viewed.toJson(Languages.of(ctx))));
    router.post("/api/v1/trainings/:id/enrolments").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      JsonObject body = Bodies.json(ctx);
      WebContext.viewer(ctx).requireSignedIn();
      return trainings.enrol(id, NewEnrolment.from(body), WebContext.viewer(ctx)).map(enrolment -> {
        ctx.response().setStatusCode(201);
        return enrolment.toJson();
      });
    });
    router.post("/api/v1/trainings/:id/enrolments/me/accept").respond(ctx -> trainings.accept(Ids.path(ctx, "id"),
        WebContext.viewer(ctx)).map(Enrolment::toJson));
    router.delete("/api/v1/trainings/:id/enrolments/me").respond(ctx -> trainings.cancel(Ids.path(ctx, "id"), WebContext.viewer(ctx)));
    router.get("/api/v1/trainings/:id/enrolments").respond(ctx -> {
      Paging paging = Paging.from(ctx.queryParams(), 20);
      return trainings.enrolments(Ids.path(ctx, "id"), WebContext.viewer(ctx))
          .map(list -> paging.slice(list.stream().map(Participant::toJson).toList()));
    });
    router.post("/api/v1/trainings/:id/attendance").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      JsonObject body = Bodies.json(ctx);
      WebContext.viewer(ctx).requireSignedIn();
      return trainings.markAttendance(id, AttendanceMark.from(body), WebContext.viewer(ctx)).map(mark -> mark.toJson(id));
    });
    router.get("/api/v1/me/trainings").respond(ctx -> {
      WebContext.viewer(ctx).requireSignedIn();
      Paging paging = Paging.from(ctx.queryParams(), 20);
      return trainings.mine(WebContext.viewer(ctx)).map(list -> paging.slice(list.stream().map(MyTraining::toJson).toList()));
    });
    router.post("/api/v1/me/calendar-feed").respond(ctx -> trainings.feeds().rotate(WebContext.viewer(ctx)).map(feed -> {
      ctx.response().setStatusCode(201);
      return new JsonObject().put("url", SecurityHeaders.publicUrl(ctx) + feed.path());
    }));
    router.delete("/api/v1/me/calendar-feed").respond(ctx -> trainings.feeds().revoke(WebContext.viewer(ctx)));
    router.post("/api/v1/trainings/:id/review").respond(ctx -> {
      UUID id = Ids.path(ctx, "id");
      JsonObject body = Bodies.json(ctx);
      WebContext.viewer(ctx).requireStaff();
      return trainings.review(id, Review.from(body), WebContext.viewer(ctx)).map(t -> t.toJson(Languages.of(ctx), true));
    });
  }

  /** A certificate and calendar files, written on a worker. */
  private void mountFiles(Router router) {
    router.get("/api/v1/trainings/:id/certificate.pdf").handler(ctx -> trainings
        .certificate(Ids.path(ctx, "id"), WebContext.viewer(ctx), Languages.of(ctx), ctx.vertx())
        .onSuccess(pdf -> ctx.response().putHeader("Content-Type", "application/pdf")
            .putHeader("Content-Disposition", "attachment; filename=\"certificate-" + ctx.pathParam("id") + ".pdf\"")
            .putHeader("Cache-Control", "private, no-store")
            .end(Buffer.buffer(pdf)))
        .onFailure(ctx::fail));
    router.get("/calendar/:file").handler(ctx -> {
      String file = ctx.pathParam("file");
      if (!file.endsWith(".ics")) {
        ctx.fail(new NotFound("No such calendar feed"));
        return;
      }
      trainings.feeds().calendar(file.substring(0, file.length() - 4), Languages.of(ctx), SecurityHeaders.publicUrl(ctx), ctx.vertx())
          .onSuccess(ics -> ctx.response().putHeader("Content-Type", "text/calendar; charset=utf-8")
              .putHeader("Cache-Control", "private, max-age=300")
              .end(ics))
          .onFailure(ctx::fail);
    });
    router.get("/api/v1/trainings/:id/calendar.ics").handler(ctx -> trainings
        .calendar(Ids.path(ctx, "id"), WebContext.viewer(ctx), Languages.of(ctx), SecurityHeaders.publicUrl(ctx), ctx.vertx())
        .onSuccess(ics -> ctx.response()
            .putHeader("Content-Type", "text/calendar; charset=utf-8")
            .putHeader("Content-Disposition", "attachment; filename=\"training-" + ctx.pathParam("id") + ".ics\"")
            .end(ics))
        .onFailure(ctx::fail));
  }

  private void mountPages(Router router) {
    router.get("/trainings").handler(ctx -> {
      TrainingQuery query = TrainingQuery.from(ctx.queryParams(), now());
      Paging paging = Paging.from(ctx.queryParams(), 20);
      String lang = Languages.of(ctx);
      boolean mayOffer = TrainingForms.mayOffer(WebContext.viewer(ctx));
      views.render(ctx, "training/list", trainings.list(query, paging).map(upcoming -> TrainingView.list(upcoming, lang, mayOffer, query.kind())));
    });
    router.get("/trainings/:id").handler(ctx -> views.render(ctx, "training/show", showModel(ctx)));
    router.post("/trainings/:id/enrol").handler(Forms::signInFirst).handler(ctx -> {
      UUID id = Ids.path(ctx, "id");
      Forms.submit(() -> trainings.enrol(id, NewEnrolment.from(Forms.json(ctx, Set.of())), WebContext.viewer(ctx)),
          done -> Forms.redirect(ctx, "/trainings/" + id), err -> reshowTraining(ctx, err));
    });
    router.post("/trainings/:id/accept").handler(Forms::signInFirst).handler(ctx -> {
      UUID id = Ids.path(ctx, "id");
      Forms.submit(() -> trainings.accept(id, WebContext.viewer(ctx)),
          done -> Forms.redirect(ctx, "/trainings/" + id), err -> reshowTraining(ctx, err));
    });
    router.post("/trainings/:id/cancel").handler(Forms::signInFirst).handler(ctx -> {
      UUID id = Ids.path(ctx, "id");
      Forms.submit(() -> trainings.cancel(id, WebContext.viewer(ctx)),
          done -> Forms.redirect(ctx, "/trainings/" + id), err -> reshowTraining(ctx, err));
    });
    router.get("/trainings/:id/participants").handler(Forms::signInFirst)
        .handler(ctx -> views.render(ctx, "training/participants", participantsModel(ctx)));
    router.post("/trainings/:id/attendance").handler(Forms::signInFirst).handler(ctx -> {
      UUID id = Ids.path(ctx, "id");
      JsonObject form = Forms.json(ctx, Set.of());
      form.put("attended", "true".equals(form.getString("attended")));
      Forms.submit(() -> trainings.markAttendance(id, AttendanceMark.from(form), WebContext.viewer(ctx)),
          done -> Forms.redirect(ctx, "/trainings/" + id + "/participants"), err -> reshowParticipants(ctx, err));
    });
    router.post("/trainings/:id/review").handler(Forms::signInFirst).handler(ctx -> {
      UUID id = Ids.path(ctx, "id");
      JsonObject form = Forms.json(ctx, Set.of());
      Forms.submit(() -> {
        WebContext.viewer(ctx).requireStaff();
        return trainings.review(id, Review.from(form), WebContext.viewer(ctx));
      }, done -> Forms.redirect(ctx, "/moderation"), ctx::fail);
    });
  }

  private Future<Map<String, Object>> showModel(RoutingContext ctx) {
    UUID id = Ids.path(ctx, "id");
    Viewer viewer = WebContext.viewer(ctx);
    String lang = Languages.of(ctx);
    return trainings.find(id, viewer).compose(viewed -> {
      Future<List<Material>> material = materials.ofTraining(id, viewer);
      Future<List<LinkedShowcase>> showcases = trainings.linkedShowcases(id);
      Future<JsonArray> entries = library.apply(id, lang);
      return Future.all(material, showcases, entries).map(done -> {
        Map<String, Object> model = TrainingView.page(viewed, material.result(), showcases.result(), viewer, lang);
        model.put("library", entries.result().getList());
        return model;
      });
    });
  }

  private Future<Map<String, Object>> participantsModel(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    return trainings.training(Ids.path(ctx, "id"), viewer).compose(training -> trainings.enrolments(training.id(), viewer)
        .map(list -> TrainingView.participants(training, list, Languages.of(ctx))));
  }

  /** The training page again, saying why the enrolment, its acceptance or its cancellation did not go through. */
  private void reshowTraining(RoutingContext ctx, Throwable err) {
    reshow(ctx, err, "training/show", this::showModel, model -> Boolean.TRUE.equals(model.get("enrolled"))
        ? ctx.request().path().endsWith("/accept") ? "training.error.noOffer" : "training.error.enrolled" : "training.error.closed");
  }

  /** The participants page again, saying why attendance could not be marked. */
  private void reshowParticipants(RoutingContext ctx, Throwable err) {
    reshow(ctx, err, "training/participants", this::participantsModel, model -> "training.error.notStarted");
  }

  /** A refused form on a page whose model is read again; a conflict is explained by the message {@code conflictKey} picks. */
  private void reshow(RoutingContext ctx, Throwable err, String template,
                      Function<RoutingContext, Future<Map<String, Object>>> model,
                      Function<Map<String, Object>, String> conflictKey) {
    Forms.reshow(ctx, views, err, template, "training.error", () -> model.apply(ctx).map(shown -> {
      Map<String, Object> page = new HashMap<>(shown);
      if (err instanceof Conflict) page.put("error", I18n.text(Languages.of(ctx), conflictKey.apply(shown)));
      return page;
    }));
  }

  /** Now on the node's clock, in UTC: where the default listing starts and what a new training must come after. */
  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private BiFunction<UUID, String, Future<JsonArray>> library = (id, lang) -> Future.succeededFuture(new JsonArray());

  /** The public library entries that name a training, for its page: supplied by the library. */
  public TrainingRoutes withLibrary(BiFunction<UUID, String, Future<JsonArray>> library) {
    this.library = library;
    return this;
  }
}
