package org.ntc.hub.organisation;

import io.vertx.ext.web.Router;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.WebContext;

/** The organisations API. */
public final class OrganisationRoutes {
  private final OrganisationService organisations;

  public OrganisationRoutes(OrganisationService organisations) {
    this.organisations = organisations;
  }

  public void mount(Router router) {
    router.post("/api/v1/organisations").respond(ctx -> {
      Viewer viewer = WebContext.viewer(ctx).requireSignedIn();
      return organisations.create(NewOrganisation.from(Bodies.json(ctx), Languages.of(ctx)), viewer, WebContext.address(ctx))
          .onSuccess(org -> ctx.response().setStatusCode(201))
          .map(org -> org.toJson(Languages.of(ctx)));
    });
    router.get("/api/v1/organisations").respond(ctx -> organisations
        .list(OrganisationSearch.from(ctx.queryParams()), WebContext.viewer(ctx))
        .map(page -> page.toJson(Languages.of(ctx))));
    router.get("/api/v1/organisations/:id").respond(ctx -> organisations.find(Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .map(org -> org.toJson(Languages.of(ctx))));
    router.patch("/api/v1/organisations/:id").respond(ctx -> {
      Viewer viewer = WebContext.viewer(ctx).requireSignedIn();
      return organisations.update(Ids.path(ctx, "id"), NewOrganisation.change(Bodies.json(ctx), Languages.of(ctx)), viewer)
          .map(org -> org.toJson(Languages.of(ctx)));
    });
    router.post("/api/v1/organisations/:id/verify").respond(ctx -> organisations
        .verify(Ids.path(ctx, "id"), WebContext.viewer(ctx), WebContext.address(ctx))
        .map(org -> org.toJson(Languages.of(ctx))));
    router.post("/api/v1/organisations/:id/members").respond(ctx -> {
      Viewer viewer = WebContext.viewer(ctx).requireSignedIn();
      NewMember member = NewMember.from(Bodies.json(ctx));
      return organisations.addMember(Ids.path(ctx, "id"), member, viewer, WebContext.address(ctx))
          .onSuccess(added -> ctx.response().setStatusCode(201))
          .map(MemberAdded::toJson);
    });
    router.get("/api/v1/organisations/:id/members").respond(ctx -> {
      Paging paging = Paging.from(ctx.queryParams(), 20);
      return organisations.members(Ids.path(ctx, "id"), WebContext.viewer(ctx))
          .map(members -> paging.slice(members.stream().map(Member::toJson).toList()));
    });
    router.delete("/api/v1/organisations/:id/members/:accountId").respond(ctx -> organisations
        .removeMember(Ids.path(ctx, "id"), Ids.path(ctx, "accountId"), WebContext.viewer(ctx), WebContext.address(ctx)));
  }
}
