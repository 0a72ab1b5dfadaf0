package org.ntc.hub.visit;

import io.vertx.ext.web.Router;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.NotFound;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.WebContext;

/** Visits as JSON: a contact point's slots, booking and cancelling a place, and staff publishing and cancelling slots. */
public final class VisitRoutes {
  private final VisitService visits;

  public VisitRoutes(VisitService visits) {
    this.visits = visits;
  }

  public void mount(Router router) {
    router.get("/api/v1/contact-points/:id/slots").respond(ctx -> {
      Site site = Site.find(ctx.pathParam("id")).orElseThrow(() -> new NotFound("contact point", ctx.pathParam("id")));
      Paging paging = Paging.from(ctx.queryParams(), 50);
      SlotRange range = SlotRange.from(ctx.queryParams(), visits.now(), site.zone());
      String lang = Languages.of(ctx);
      return visits.slots(site.id(), range.from(), range.to(), WebContext.viewer(ctx)).map(listing -> paging.slice(listing.slots()
          .stream().map(slot -> slot.toJson(lang, false).put("bookedByMe", listing.mine().contains(slot.id()))).toList()));
    });
    router.post("/api/v1/contact-points/:id/slots").respond(ctx -> {
      visits.speaksFor(ctx.pathParam("id"), WebContext.viewer(ctx));
      return visits.create(ctx.pathParam("id"), NewSlot.from(Bodies.json(ctx), visits.now()), WebContext.viewer(ctx),
              WebContext.address(ctx))
          .onSuccess(created -> ctx.response().setStatusCode(201))
          .map(slot -> slot.toJson(Languages.of(ctx), true));
    });
    router.get("/api/v1/contact-points/:id/slots/:slotId/bookings").respond(ctx -> {
      Paging paging = Paging.from(ctx.queryParams(), 100);
      return visits.bookers(ctx.pathParam("id"), Ids.path(ctx, "slotId"), WebContext.viewer(ctx)).map(paging::slice);
    });
    router.delete("/api/v1/slots/:id").respond(ctx -> visits.cancelSlot(Ids.path(ctx, "id"), WebContext.viewer(ctx),
            WebContext.address(ctx))
        .onSuccess(done -> ctx.response().setStatusCode(204)));
    router.post("/api/v1/bookings").respond(ctx -> visits
        .book(NewBooking.from(Bodies.json(WebContext.signedIn(ctx))).slotId(), WebContext.viewer(ctx))
        .onSuccess(created -> ctx.response().setStatusCode(201))
        .map(booking -> booking.toJson(Languages.of(ctx))));
    router.delete("/api/v1/bookings/:id").respond(ctx -> visits.cancelBooking(Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .onSuccess(done -> ctx.response().setStatusCode(204)));
    router.get("/api/v1/me/bookings").respond(ctx -> {
      Paging paging = Paging.from(ctx.queryParams(), 50);
      return visits.mine(WebContext.viewer(ctx))
          .map(list -> paging.slice(list.stream().map(b -> b.toJson(Languages.of(ctx))).toList()));
    });
  }

}
