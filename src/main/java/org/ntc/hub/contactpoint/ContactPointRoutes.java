package org.ntc.hub.contactpoint;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/** The contact points: their details, announcements and who is on duty, as JSON and as each one's page. */
public final class ContactPointRoutes {
  private final ContactPointService service;
  private final Views views;
  private PageSection visits = (id, viewer, lang) -> Future.succeededFuture(null);
  private PageSection events = (id, viewer, lang) -> Future.succeededFuture(null);

  /** Another feature's part of a contact point's page, such as its bookable visits; null leaves it out. */
  public interface PageSection {
    Future<Map<String, Object>> of(String contactPointId, Viewer viewer, String lang);
  }

  public ContactPointRoutes(ContactPointService service, Views views) {
    this.service = service;
    this.views = views;
  }

  /** The page's section of bookable visits. */
  public ContactPointRoutes withVisits(PageSection visits) {
    this.visits = visits;
    return this;
  }

  /** The page's section of the next trainings and events held there. */
  public ContactPointRoutes withEvents(PageSection events) {
    this.events = events;
    return this;
  }

  public void mount(Router router) {
    router.get("/api/v1/contact-points").respond(ctx -> service.all()
        .map(list -> new JsonArray(list.stream().map(cp -> cp.toJson(Languages.of(ctx))).toList())));
    router.post("/api/v1/contact-points").respond(ctx -> {
      Viewer admin = WebContext.viewer(ctx).requireAdmin();
      return service.create(NewContactPoint.from(Bodies.json(ctx)), admin, WebContext.address(ctx))
          .onSuccess(created -> ctx.response().setStatusCode(201))
          .map(cp -> cp.toJson(Languages.of(ctx)));
    });
    router.patch("/api/v1/contact-points/:id").respond(ctx -> {
      Viewer admin = WebContext.viewer(ctx).requireAdmin();
      return service.update(ctx.pathParam("id"), ContactPointChange.from(Bodies.json(ctx)), admin, WebContext.address(ctx))
          .map(cp -> cp.toJson(Languages.of(ctx)));
    });
    router.get("/api/v1/contact-points/:id").respond(ctx -> service.find(ctx.pathParam("id"))
        .map(cp -> cp.toJson(Languages.of(ctx))));
    router.get("/api/v1/contact-points/:id/announcements").respond(ctx -> {
      Paging paging = Paging.from(ctx.queryParams(), 20);
      return service.announcements(ctx.pathParam("id"))
          .map(list -> paging.slice(list.stream().map(a -> a.toJson(Languages.of(ctx))).toList()));
    });
    router.post("/api/v1/contact-points/:id/announcements").respond(ctx -> {
      Viewer viewer = WebContext.viewer(ctx).requireStaff();
      return service.announce(ctx.pathParam("id"), NewAnnouncement.from(Bodies.json(ctx)), viewer)
          .onSuccess(created -> ctx.response().setStatusCode(201))
          .map(posted -> posted.toJson(Languages.of(ctx)));
    });
    router.get("/api/v1/contact-points/:id/duty").respond(ctx -> service.onDuty(ctx.pathParam("id")).map(Duty::toJson));
    router.post("/api/v1/contact-points/:id/duty").respond(ctx -> {
      Viewer viewer = WebContext.viewer(ctx).requireStaff();
      return service.setDuty(ctx.pathParam("id"), DutyChange.from(Bodies.json(ctx)), viewer).map(Duty::toJson);
    });

    router.get("/contact-points/:id").handler(ctx -> page(ctx)
        .compose(model -> views.page(ctx, "contactpoint/show", model))
        .onFailure(ctx::fail));
    router.post("/contact-points/:id/announcements").handler(this::announce);
    router.post("/contact-points/:id/duty").handler(ctx -> {
      JsonObject form = Forms.json(ctx, Set.of());
      Forms.submit(() -> service.setDuty(ctx.pathParam("id"), new DutyChange("true".equals(form.getString("onDuty"))),
              WebContext.viewer(ctx)),
          done -> Forms.redirect(ctx, "/contact-points/" + ctx.pathParam("id") + "#duty"),
          ctx::fail);
    });
  }

  private void announce(RoutingContext ctx) {
    JsonObject form = Forms.json(ctx, Set.of());
    Forms.submit(() -> {
      Viewer viewer = WebContext.viewer(ctx).requireStaff();
      return service.announce(ctx.pathParam("id"), NewAnnouncement.fromForm(form), viewer);
    }, done -> Forms.redirect(ctx, "/contact-points/" + ctx.pathParam("id") + "#announcements"),
        err -> Forms.reshow(ctx, views, err, "contactpoint/show", "announcement.error", () -> page(ctx).map(model -> {
          model.put("draft", form.getMap());
          return model;
        })));
  }

  /** The way there on OpenStreetMap's route planner, from wherever the reader starts: a plain link too. */
  static String directionsUrl(double lat, double lon) {
    return String.format(Locale.ROOT, "https://www.openstreetmap.org/directions?to=%.5f%%2C%.5f", lat, lon);
  }

  /** The place on OpenStreetMap: a plain link, so the page loads nothing from elsewhere. */
  static String mapUrl(double lat, double lon) {
    String at = String.format(Locale.ROOT, "%.5f/%.5f", lat, lon);
    return String.format(Locale.ROOT, "https://www.openstreetmap.org/?mlat=%.5f&mlon=%.5f#map=17/", lat, lon) + at;
  }

  /** A contact point's page: its details, what its staff announced, who is on duty, and the other features' sections. */
  private Future<Map<String, Object>> page(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    String lang = Languages.of(ctx);
    Viewer viewer = WebContext.viewer(ctx);
    return service.find(id).compose(cp -> {
      Future<List<Announcement>> announcements = service.announcements(id);
      Future<Duty> duty = service.onDuty(id);
      Future<Map<String, Object>> visitSection = visits.of(id, viewer, lang);
      Future<Map<String, Object>> eventSection = events.of(id, viewer, lang);
      return Future.all(announcements, duty, visitSection, eventSection).map(all -> {
        Map<String, Object> model = new HashMap<>();
        model.put("contactPoint", cp.toJson(lang));
        model.put("introductionLang", cp.introduction().languageOf(lang));
        model.put("openingHoursLang", cp.openingHours().languageOf(lang));
        model.put("directionsLang", cp.directions().languageOf(lang));
        model.put("countryLabel", I18n.text(lang, "country." + cp.country().name()));
        if (cp.lat() != null && cp.lon() != null) {
          model.put("mapUrl", mapUrl(cp.lat(), cp.lon()));
          model.put("directionsUrl", directionsUrl(cp.lat(), cp.lon()));
        }
        model.put("announcements", announcements.result().stream().map(a -> a.toJson(lang)
            .put("postedAtText", Times.shown(a.postedAt(), cp.site().zone(), lang)).getMap()).toList());
        model.put("onDuty", duty.result().people().stream().map(p -> p.toJson().getMap()).toList());
        model.put("speaksHere", viewer.speaksFor(cp.site()));
        model.put("viewerOnDuty", viewer.signedIn() && duty.result().includes(viewer.id()));
        if (visitSection.result() != null) model.put("visits", visitSection.result());
        if (eventSection.result() != null) model.put("events", eventSection.result());
        return model;
      });
    });
  }
}
