package org.ntc.hub.visit;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Problem;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/**
 * Visits as pages: the bookable visits on a contact point's page with a Book button, the person's own
 * bookings with cancel ({@code /account/visits}), and the staff page that publishes and cancels a contact
 * point's slots ({@code /contact-points/{id}/visits}). Plain forms, POST-redirect-GET.
 */
public final class VisitPages {
  /** How far ahead the contact point's page and the staff page look. */
  static final int DAYS_SHOWN = 60;
  private final VisitService visits;
  private final Views views;

  public VisitPages(VisitService visits, Views views) {
    this.visits = visits;
    this.views = views;
  }

  /** The contact point page's section of bookable visits. */
  public static Future<Map<String, Object>> section(VisitService visits, String contactPointId, Viewer viewer, String lang) {
    return visits.upcoming(contactPointId, DAYS_SHOWN, viewer).map(listing -> {
      Map<String, Object> model = new HashMap<>();
      model.put("contactPointId", listing.contactPoint().id());
      model.put("signedIn", viewer.signedIn());
      model.put("manage", viewer.speaksFor(listing.contactPoint()));
      model.put("slots", listing.slots().stream().map(slot -> {
        Map<String, Object> card = VisitView.slot(slot, lang, false);
        card.put("mine", listing.mine().contains(slot.id()));
        return card;
      }).toList());
      return model;
    });
  }

  public void mount(Router router) {
    router.get("/account/visits").handler(Forms::signInFirst).handler(ctx -> mine(ctx)
        .compose(model -> views.page(ctx, "visit/mine", model)).onFailure(ctx::fail));
    router.post("/visits/:slotId/book").handler(Forms::signInFirst).handler(this::book);
    router.post("/account/visits/:id/cancel").handler(Forms::signInFirst).handler(ctx -> Forms.submit(
        () -> visits.cancelBooking(Ids.path(ctx, "id"), WebContext.viewer(ctx)),
        done -> Forms.redirect(ctx, "/account/visits"), err -> refused(ctx, err, "/account/visits")));
    router.get("/contact-points/:id/visits").handler(Forms::signInFirst).handler(ctx -> manage(ctx, Map.of())
        .compose(model -> views.page(ctx, "visit/manage", model)).onFailure(ctx::fail));
    router.post("/contact-points/:id/visits").handler(Forms::signInFirst).handler(this::create);
    router.post("/contact-points/:id/visits/:slotId/cancel").handler(Forms::signInFirst).handler(ctx -> Forms.submit(
        () -> visits.cancelSlot(Ids.path(ctx, "slotId"), WebContext.viewer(ctx), WebContext.address(ctx)),
        done -> Forms.redirect(ctx, "/contact-points/" + ctx.pathParam("id") + "/visits"),
        err -> refused(ctx, err, "/contact-points/" + ctx.pathParam("id") + "/visits")));
  }

  private void book(RoutingContext ctx) {
    Forms.submit(() -> visits.book(Ids.path(ctx, "slotId"), WebContext.viewer(ctx)),
        booking -> Forms.redirect(ctx, "/account/visits?booked=" + booking.id()),
        err -> visits.slotOf(ctx.pathParam("slotId"))
            .onSuccess(slot -> refused(ctx, err, slot.map(s -> "/contact-points/" + s.contactPoint().id() + "#visits").orElse("/")))
            .onFailure(ctx::fail));
  }

  /** A refused action: what went wrong, in the reader's language, and the way back; not found and the like go to the error page. */
  private void refused(RoutingContext ctx, Throwable err, String back) {
    if (!(err instanceof Problem problem) || problem.status() != 409) {
      ctx.fail(err);
      return;
    }
    String lang = Languages.of(ctx);
    String key = "visit.refused." + switch (problem.getMessage() == null ? "" : problem.getMessage()) {
      case VisitService.FULL -> "full";
      case VisitService.TWICE -> "twice";
      case VisitService.BEGUN -> "begun";
      default -> "cancelled";
    };
    views.page(ctx, 409, "visit/refused", Map.of("message", I18n.text(lang, key), "back", back)).onFailure(ctx::fail);
  }

  private Future<Map<String, Object>> mine(RoutingContext ctx) {
    String lang = Languages.of(ctx);
    String booked = ctx.queryParams().get("booked");
    return visits.mine(WebContext.viewer(ctx)).map(list -> {
      Map<String, Object> model = new HashMap<>();
      model.put("bookings", list.stream().map(b -> {
        Map<String, Object> row = VisitView.slot(b.slot(), lang, true);
        row.put("bookingId", b.id().toString());
        row.put("contactPointId", b.slot().contactPoint().id());
        row.put("contactPointName", b.slot().contactPoint().name(lang));
        row.put("justBooked", b.id().toString().equals(booked));
        return row;
      }).toList());
      model.put("justBooked", list.stream().anyMatch(b -> b.id().toString().equals(booked)));
      return model;
    });
  }

  private Future<Map<String, Object>> manage(RoutingContext ctx, Map<String, Object> draft) {
    Viewer viewer = WebContext.viewer(ctx);
    Site site = visits.speaksFor(ctx.pathParam("id"), viewer);
    String lang = Languages.of(ctx);
    return visits.upcoming(site.id(), 366, viewer).compose(listing -> Future.all(listing.slots().stream()
            .map(slot -> visits.bookers(slot, viewer).map(bookers -> {
              Map<String, Object> card = VisitView.slot(slot, lang, true);
              card.put("bookers", bookers.stream().map(JsonObject::getMap).toList());
              return card;
            })).toList())
        .map(all -> {
          Map<String, Object> model = new HashMap<>();
          model.put("contactPoint", Map.of("id", site.id(), "name", site.name(lang)));
          model.put("slots", all.<Map<String, Object>>list());
          model.put("kinds", VisitView.kinds(lang, (String) draft.get("kind")));
          model.put("languages", I18n.LANGUAGES.stream().map(l -> Map.<String, Object>of("code", l, "label", I18n.text(lang, "spoken." + l),
              "checked", draft.get("languages") instanceof List<?> chosen && chosen.contains(l))).toList());
          model.put("draft", draft);
          return model;
        }));
  }

  private void create(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    JsonObject form = Forms.localisedBody(ctx, List.of("description"), Set.of("languages"));
    Map<String, Object> draft = Forms.json(ctx, Set.of("languages")).getMap();
    Forms.submit(() -> {
      Site site = visits.speaksFor(ctx.pathParam("id"), viewer);
      return visits.create(site.id(), NewSlot.from(NewSlot.fromForm(form, site.zone()), visits.now()), viewer, WebContext.address(ctx));
    }, done -> Forms.redirect(ctx, "/contact-points/" + ctx.pathParam("id") + "/visits"),
        err -> Forms.reshow(ctx, views, err, "visit/manage", "visit.error", () -> manage(ctx, draft)));
  }

}
