package org.ntc.hub.organisation;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.WebContext;

/** The organisations API. */
public final class OrganisationRoutes {
  private final OrganisationService organisations;

  public OrganisationRoutes(OrganisationService organisations) {
    this.organisations = organisations;
  }

  public void mount(Router router) {
    router.post("/api/v1/organisations").respond(ctx -> {
      WebContext.viewer(ctx).requireSignedIn();
      return organisations.create(NewOrganisation.from(Bodies.json(ctx), Languages.of(ctx)), WebContext.viewer(ctx),
              WebContext.address(ctx))
          .map(org -> {
            ctx.response().setStatusCode(201);
            return org.toJson(Languages.of(ctx));
          });
    });
    router.get("/api/v1/organisations").respond(ctx -> organisations.list(filter(ctx), Paging.from(ctx.queryParams(), 20),
        WebContext.viewer(ctx), Languages.of(ctx)));
    router.get("/api/v1/organisations/:id").respond(ctx -> organisations.find(Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .map(org -> org.toJson(Languages.of(ctx))));
    router.patch("/api/v1/organisations/:id").respond(ctx -> {
      WebContext.viewer(ctx).requireSignedIn();
      return organisations.update(Ids.path(ctx, "id"), NewOrganisation.change(Bodies.json(ctx), Languages.of(ctx)),
          WebContext.viewer(ctx)).map(org -> org.toJson(Languages.of(ctx)));
    });
    router.post("/api/v1/organisations/:id/verify").respond(ctx -> organisations
        .verify(Ids.path(ctx, "id"), WebContext.viewer(ctx), WebContext.address(ctx))
        .map(org -> org.toJson(Languages.of(ctx))));
    router.post("/api/v1/organisations/:id/members").respond(ctx -> {
      WebContext.viewer(ctx).requireSignedIn();
      JsonObject body = Bodies.json(ctx);
      FieldErrors errors = new FieldErrors();
      errors.onlyKnown(body, Set.of("email", "role"));
      String email = errors.email(body, "email", true);
      String role = errors.oneOf(body, "role", Set.of("admin", "member"), true);
      errors.throwIfAny();
      return organisations.addMember(Ids.path(ctx, "id"), email, role, WebContext.viewer(ctx), WebContext.address(ctx))
          .onSuccess(added -> ctx.response().setStatusCode(201));
    });
    router.get("/api/v1/organisations/:id/members").respond(ctx -> {
      Paging paging = Paging.from(ctx.queryParams(), 20);
      return organisations.members(Ids.path(ctx, "id"), WebContext.viewer(ctx)).map(paging::slice);
    });
    router.delete("/api/v1/organisations/:id/members/:accountId").respond(ctx -> organisations
        .removeMember(Ids.path(ctx, "id"), Ids.path(ctx, "accountId"), WebContext.viewer(ctx), WebContext.address(ctx))
        .map(done -> {
          ctx.response().setStatusCode(204);
          return null;
        }));
  }

  static OrganisationRepository.Filter filter(RoutingContext ctx) {
    FieldErrors errors = new FieldErrors();
    JsonObject query = Bodies.query(ctx.queryParams());
    String type = errors.oneOf(query, "type", NewOrganisation.TYPES, false);
    String country = errors.oneOf(query, "country", NewOrganisation.COUNTRIES, false);
    String q = errors.text(query, "q", 0, 100, false);
    errors.throwIfAny();
    return new OrganisationRepository.Filter(type, country, q);
  }
}
