package org.ntc.hub.account;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import java.util.UUID;
import org.ntc.hub.platform.Authentication;
import org.ntc.hub.platform.Site;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.FieldErrors;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.WebContext;

/** The account API: register, sign in and out, one's own data, staff grants, profiles. */
public final class AccountRoutes {
  private final AccountService accounts;

  public AccountRoutes(AccountService accounts) {
    this.accounts = accounts;
  }

  public void mount(Router router) {
    router.post("/api/v1/auth/register").respond(ctx -> accounts
        .register(NewAccount.from(Bodies.json(ctx), Languages.of(ctx)), WebContext.address(ctx))
        .onSuccess(created -> ctx.response().setStatusCode(201)));
    router.post("/api/v1/auth/login").respond(ctx -> accounts
        .login(Credentials.from(Bodies.json(ctx)), WebContext.address(ctx))
        .map(AccountService.SignedIn::toJson));
    router.post("/api/v1/auth/logout").respond(ctx -> accounts.logout(WebContext.viewer(ctx), WebContext.address(ctx))
        .map(done -> {
          Authentication.clearCookie(ctx);
          ctx.response().setStatusCode(204);
          return null;
        }));
    router.get("/api/v1/me").respond(ctx -> accounts.me(WebContext.viewer(ctx)));
    router.patch("/api/v1/me").respond(ctx -> accounts.updateProfile(WebContext.viewer(ctx), ProfileChange.from(Bodies.json(ctx))));
    router.get("/api/v1/me/export").respond(ctx -> accounts.export(WebContext.viewer(ctx)).map(export -> {
      ctx.response().putHeader("Content-Disposition", "attachment; filename=\"ntc-hub-my-data.json\"")
          .putHeader("Cache-Control", "no-store");
      return export;
    }));
    router.delete("/api/v1/me").respond(ctx -> {
      WebContext.viewer(ctx).requireSignedIn();
      return accounts.erase(WebContext.viewer(ctx), Credentials.confirmation(Bodies.json(ctx)), WebContext.address(ctx))
          .map(done -> {
            Authentication.clearCookie(ctx);
            ctx.response().setStatusCode(204);
            return null;
          });
    });
    router.get("/api/v1/people/:id").respond(ctx -> accounts.profile(Ids.path(ctx, "id"), WebContext.viewer(ctx)));
    router.post("/api/v1/admin/staff").respond(ctx -> grantStaff(ctx));
    router.delete("/api/v1/admin/staff/:userId").respond(ctx -> accounts
        .revokeStaff(WebContext.viewer(ctx), Ids.path(ctx, "userId"), WebContext.address(ctx))
        .map(done -> {
          ctx.response().setStatusCode(204);
          return null;
        }));
  }

  private io.vertx.core.Future<JsonObject> grantStaff(RoutingContext ctx) {
    WebContext.viewer(ctx).requireAdmin();
    JsonObject body = Bodies.json(ctx);
    FieldErrors errors = new FieldErrors();
    errors.onlyKnown(body, Set.of("userId", "contactPoint"));
    UUID userId = errors.uuid(body, "userId", true);
    String contactPoint = errors.oneOf(body, "contactPoint", Site.IDS, true);
    errors.throwIfAny();
    return accounts.grantStaff(WebContext.viewer(ctx), userId, contactPoint, WebContext.address(ctx));
  }
}
