package org.ntc.hub.training;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import org.ntc.hub.material.Material;
import org.ntc.hub.material.MaterialService;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.SecurityHeaders;
import org.ntc.hub.platform.WebContext;

/** The trainings API, its calendar files, and the /trainings pages. */
public final class TrainingRoutes {
  private final TrainingService trainings;
  private final MaterialService materials;
  private final Views views;

  public TrainingRoutes(TrainingService trainings, MaterialService materials, Views views) {
    this.trainings = trainings;
    this.materials = materials;
    this.views = views;
  }

  /** The filters of a trainings listing, checked at the edge. */
  record Listing(OffsetDateTime from, OffsetDateTime to, String contactPoint, String audience, String language, Paging paging) {
    static Listing from(MultiMap params) {
      JsonObject query = Bodies.query(params);
      FieldErrors errors = new FieldErrors();
      OffsetDateTime from = time(query, "from", errors);
      OffsetDateTime to = time(query, "to", errors);
      String contactPoint = errors.oneOf(query, "contactPoint", Site.IDS, false);
      String audience = errors.oneOf(query, "audience", NewTraining.AUDIENCES, false);
      String language = errors.oneOf(query, "language", Set.copyOf(I18n.LANGUAGES), false);
      String month = errors.text(query, "month", 7, 7, false);
      if (month != null) {
        try {
          java.time.YearMonth ym = java.time.YearMonth.parse(month);
          from = ym.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
          to = ym.plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
          errors.add("month", "must look like 2027-03");
        }
      }
      errors.throwIfAny();
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
      return new Listing(from == null || from.isBefore(now) ? now : from, to == null ? now.plusYears(5) : to, contactPoint,
          audience, language, Paging.from(params, 20));
    }

    private static OffsetDateTime time(JsonObject query, String field, FieldErrors errors) {
      String value = errors.text(query, field, 10, 40, false);
      if (value == null) return null;
      try {
        return value.length() == 10 ? OffsetDateTime.parse(value + "T00:00:00Z") : OffsetDateTime.parse(value);
      } catch (DateTimeParseException e) {
        errors.add(field, "must be a date (2027-03-02) or ISO-8601 time with offset");
        return null;
      }
    }
  }

  public void mount(Router router) {
    router.get("/api/v1/trainings").respond(ctx -> {
      Listing l = Listing.from(ctx.queryParams());
      return trainings.list(l.from(), l.to(), l.contactPoint(), l.audience(), l.language(), l.paging(), Languages.of(ctx));
    });
    router.post("/api/v1/trainings").respond(ctx -> trainings.create(Bodies.json(ctx), WebContext.viewer(ctx), Languages.of(ctx))
        .onSuccess(created -> ctx.response().setStatusCode(201)));
    router.get("/api/v1/trainings/:id").respond(ctx -> trainings.find(Ids.path(ctx, "id"), WebContext.viewer(ctx), Languages.of(ctx)));
    router.post("/api/v1/trainings/:id/enrolments").respond(ctx -> trainings
        .enrol(Ids.path(ctx, "id"), Bodies.json(ctx), WebContext.viewer(ctx))
        .onSuccess(created -> ctx.response().setStatusCode(201)));
    router.delete("/api/v1/trainings/:id/enrolments/me").respond(ctx -> trainings.cancel(Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .map(done -> {
          ctx.response().setStatusCode(204);
          return null;
        }));
    router.get("/api/v1/trainings/:id/enrolments").respond(ctx -> {
      Paging paging = Paging.from(ctx.queryParams(), 20);
      return trainings.enrolments(Ids.path(ctx, "id"), WebContext.viewer(ctx)).map(paging::slice);
    });
    router.post("/api/v1/trainings/:id/attendance").respond(ctx -> trainings
        .markAttendance(Ids.path(ctx, "id"), Bodies.json(ctx), WebContext.viewer(ctx)));
    router.get("/api/v1/trainings/:id/certificate.pdf").handler(ctx -> trainings
        .certificate(Ids.path(ctx, "id"), WebContext.viewer(ctx), Languages.of(ctx), ctx.vertx())
        .onSuccess(pdf -> ctx.response().putHeader("Content-Type", "application/pdf")
            .putHeader("Content-Disposition", "attachment; filename=\"certificate-" + ctx.pathParam("id") + ".pdf\"")
            .putHeader("Cache-Control", "private, no-store")
            .end(io.vertx.core.buffer.Buffer.buffer(pdf)))
        .onFailure(ctx::fail));
    router.get("/api/v1/me/trainings").respond(ctx -> {
      WebContext.viewer(ctx).requireSignedIn();
      Paging paging = Paging.from(ctx.queryParams(), 20);
      return trainings.mine(WebContext.viewer(ctx)).map(paging::slice);
    });
    router.post("/api/v1/me/calendar-feed").respond(ctx -> trainings.rotateFeed(WebContext.viewer(ctx))
        .map(feed -> feed.put("url", SecurityHeaders.publicUrl(ctx) + feed.getString("url")))
        .onSuccess(created -> ctx.response().setStatusCode(201)));
    router.delete("/api/v1/me/calendar-feed").respond(ctx -> trainings.revokeFeed(WebContext.viewer(ctx)).map(done -> {
      ctx.response().setStatusCode(204);
      return null;
    }));
    router.get("/calendar/:file").handler(ctx -> {
      String file = ctx.pathParam("file");
      String lang = Languages.of(ctx);
      if (!file.endsWith(".ics")) {
        ctx.fail(new org.ntc.hub.platform.NotFound("No such calendar feed"));
        return;
      }
      trainings.feedCalendar(file.substring(0, file.length() - 4), lang, ctx.vertx())
          .onSuccess(ics -> ctx.response().putHeader("Content-Type", "text/calendar; charset=utf-8")
              .putHeader("Cache-Control", "private, max-age=300")
              .end(ics))
          .onFailure(ctx::fail);
    });
    router.post("/api/v1/trainings/:id/review").respond(ctx -> trainings
        .review(Ids.path(ctx, "id"), Bodies.json(ctx), WebContext.viewer(ctx), Languages.of(ctx)));
    router.get("/api/v1/trainings/:id/calendar.ics").handler(ctx -> {
      String lang = Languages.of(ctx);
      trainings.calendar(Ids.path(ctx, "id"), WebContext.viewer(ctx), lang, ctx.vertx())
          .onSuccess(ics -> ctx.response()
              .putHeader("Content-Type", "text/calendar; charset=utf-8")
              .putHeader("Content-Disposition", "attachment; filename=\"training-" + ctx.pathParam("id") + ".ics\"")
              .end(ics))
          .onFailure(ctx::fail);
    });
    router.get("/trainings").handler(ctx -> {
      String lang = Languages.of(ctx);
      Listing l = Listing.from(ctx.queryParams());
      views.render(ctx, "training/list", trainings.list(l.from(), l.to(), l.contactPoint(), l.audience(), l.language(), l.paging(), lang)
          .map(page -> Map.of("page", page.getMap(), "trainings", page.getJsonArray("items").stream()
              .map(t -> TrainingView.card((JsonObject) t, lang)).toList())));
    });
    router.get("/trainings/:id").handler(ctx -> {
      String lang = Languages.of(ctx);
      var viewer = WebContext.viewer(ctx);
      views.render(ctx, "training/show", trainings.find(Ids.path(ctx, "id"), viewer, lang)
          .compose(json -> io.vertx.core.Future.all(materials.ofTraining(Ids.path(ctx, "id"), viewer),
                  trainings.linkedShowcases(Ids.path(ctx, "id"), lang))
              .map(all -> {
                Map<String, Object> model = TrainingView.page(json, lang, viewer.signedIn());
                model.put("materials", all.<java.util.List<Material>>resultAt(0).stream()
                    .map(m -> Map.of("url", m.href(), "title", m.title().in(lang))).toList());
                model.put("showcases", all.<java.util.List<JsonObject>>resultAt(1).stream().map(JsonObject::getMap).toList());
                model.put("organiser", json.containsKey("joinLink") || viewer.staff());
                return model;
              })));
    });
    router.post("/trainings/:id/enrol").handler(ctx -> {
      JsonObject form = Forms.json(ctx, Set.of());
      trainings.enrol(Ids.path(ctx, "id"), form, WebContext.viewer(ctx))
          .onSuccess(done -> Forms.redirect(ctx, "/trainings/" + ctx.pathParam("id")))
          .onFailure(ctx::fail);
    });
    router.get("/trainings/:id/participants").handler(ctx -> {
      String lang = Languages.of(ctx);
      trainings.training(Ids.path(ctx, "id"), WebContext.viewer(ctx))
          .compose(training -> trainings.enrolments(training.id(), WebContext.viewer(ctx)).map(list -> Map.<String, Object>of(
              "training", TrainingView.card(training.toJson(lang, true), lang),
              "participants", list.stream().map(e -> {
                Map<String, Object> row = new java.util.HashMap<>(e.getMap());
                row.put("statusLabel", I18n.text(lang, "training.enrolment." + e.getString("status")));
                return row;
              }).toList())))
          .compose(model -> views.page(ctx, "training/participants", model))
          .onFailure(ctx::fail);
    });
    router.post("/trainings/:id/attendance").handler(ctx -> {
      JsonObject form = Forms.json(ctx, Set.of());
      form.put("attended", "true".equals(form.getString("attended")));
      trainings.markAttendance(Ids.path(ctx, "id"), form, WebContext.viewer(ctx))
          .onSuccess(done -> Forms.redirect(ctx, "/trainings/" + ctx.pathParam("id") + "/participants"))
          .onFailure(ctx::fail);
    });
    router.post("/trainings/:id/review").handler(ctx -> {
      JsonObject form = Forms.json(ctx, Set.of());
      if (form.getString("comment", "").isBlank()) form.remove("comment");
      trainings.review(Ids.path(ctx, "id"), form, WebContext.viewer(ctx), Languages.of(ctx))
          .onSuccess(done -> Forms.redirect(ctx, "/moderation"))
          .onFailure(ctx::fail);
    });
    router.post("/trainings/:id/cancel").handler(ctx -> trainings.cancel(Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .onSuccess(done -> Forms.redirect(ctx, "/trainings/" + ctx.pathParam("id")))
        .onFailure(ctx::fail));
  }

}
