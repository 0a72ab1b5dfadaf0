package org.ntc.hub.account;

import io.vertx.ext.web.Router;
import org.ntc.hub.platform.Authentication;
import org.ntc.hub.platform.Bodies;
import org.ntc.hub.platform.Ids;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.WebContext;

/** The account API: register, sign in and out, one's own data, staff grants, profiles. */
public final class AccountRoutes {
  private final AccountService accounts;
  private final StaffService staff;

  public AccountRoutes(AccountService accounts, StaffService staff) {
    this.accounts = accounts;
    this.staff = staff;
  }

  private AccountLifecycle lifecycle;

  /** The routes of proving an address and of changing or resetting a password. */
  public AccountRoutes withLifecycle(AccountLifecycle lifecycle) {
    this.lifecycle = lifecycle;
    return this;
  }

  public void mount(Router router) {
    if (lifecycle != null) mountLifecycle(router);
    router.post("/api/v1/auth/register").respond(ctx -> accounts
        .register(NewAccount.from(Bodies.json(ctx), Languages.of(ctx)), WebContext.address(ctx))
        .onSuccess(created -> ctx.response().setStatusCode(201))
        .map(AccountService.Registered::toJson));
    router.post("/api/v1/auth/login").respond(ctx -> accounts
        .login(Credentials.from(Bodies.json(ctx)), WebContext.address(ctx))
        .map(AccountService.SignedIn::toJson));
    router.post("/api/v1/auth/logout").respond(ctx -> accounts.logout(WebContext.viewer(ctx), WebContext.address(ctx))
        .onSuccess(done -> Authentication.clearCookie(ctx)));
    router.get("/api/v1/me").respond(ctx -> accounts.me(WebContext.viewer(ctx)).map(Me::toJson));
    router.patch("/api/v1/me").respond(ctx -> accounts
        .updateProfile(WebContext.viewer(ctx), ProfileChange.from(Bodies.json(ctx)))
        .map(Me::toJson));
    router.get("/api/v1/me/export").respond(ctx -> accounts.export(WebContext.viewer(ctx))
        .onSuccess(export -> ctx.response()
            .putHeader("Content-Disposition", "attachment; filename=\"ntc-hub-my-data.json\"")
            .putHeader("Cache-Control", "no-store"))
        .map(PersonalData::toJson));
    router.delete("/api/v1/me").respond(ctx -> accounts
        .erase(WebContext.viewer(ctx).requireSignedIn(), Credentials.confirmation(Bodies.json(ctx)), WebContext.address(ctx))
        .onSuccess(done -> Authentication.clearCookie(ctx)));
    router.get("/api/v1/people/:id").respond(ctx -> accounts.profile(Ids.path(ctx, "id"), WebContext.viewer(ctx))
        .map(Profile::toJson));
    router.post("/api/v1/admin/staff").respond(ctx -> staff
        .grantStaff(WebContext.viewer(ctx).requireAdmin(), StaffGrant.from(Bodies.json(ctx)), WebContext.address(ctx))
        .map(Account::staffJson));
    router.delete("/api/v1/admin/staff/:userId").respond(ctx -> staff
        .revokeStaff(WebContext.viewer(ctx), Ids.path(ctx, "userId"), WebContext.address(ctx)));
  }

  private void mountLifecycle(Router router) {
    router.post("/api/v1/auth/verify-email").respond(ctx -> lifecycle
        .verify(LifecycleRequests.TokenUse.from(Bodies.json(ctx)).token(), WebContext.address(ctx))
        .onSuccess(done -> ctx.response().setStatusCode(204)));
    router.post("/api/v1/me/verification").respond(ctx -> lifecycle.resend(WebContext.viewer(ctx))
        .onSuccess(done -> ctx.response().setStatusCode(202).end()));
    router.post("/api/v1/auth/password-reset").respond(ctx -> lifecycle
        .requestReset(LifecycleRequests.ResetRequest.from(Bodies.json(ctx)).email(), WebContext.address(ctx))
        .onSuccess(done -> ctx.response().setStatusCode(202).end()));
    router.post("/api/v1/auth/password-reset/confirm").respond(ctx -> lifecycle
        .confirmReset(LifecycleRequests.ResetConfirm.from(Bodies.json(ctx)), WebContext.address(ctx))
        .onSuccess(done -> ctx.response().setStatusCode(204)));
    router.put("/api/v1/me/password").respond(ctx -> lifecycle
        .changePassword(WebContext.viewer(ctx).requireSignedIn(), LifecycleRequests.PasswordChange.from(Bodies.json(ctx)),
            WebContext.address(ctx))
        .onSuccess(done -> ctx.response().setStatusCode(204)));
    router.put("/api/v1/me/email").respond(ctx -> lifecycle
        .changeEmail(WebContext.viewer(ctx).requireSignedIn(), LifecycleRequests.EmailChange.from(Bodies.json(ctx)),
            WebContext.address(ctx))
        .onSuccess(done -> ctx.response().setStatusCode(204)));
  }
}
