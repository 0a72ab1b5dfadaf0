package org.ntc.hub.account;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.FieldError;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.RetryLater;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;

/**
 * The account lifecycle for browsers: following a verification link (by pressing a button, as
 * mail scanners fetch links but never post forms), forgetting and resetting a password, and the
 * settings page where a person changes password and address.
 */
final class LifecyclePages {
  private static final String SETTINGS = "/account/settings";

  private final AccountLifecycle lifecycle;
  private final Views views;

  LifecyclePages(AccountLifecycle lifecycle, Views views) {
    this.lifecycle = lifecycle;
    this.views = views;
  }

  void mount(Router router) {
    router.get("/verify-email").handler(this::verifyPage);
    router.post("/verify-email").handler(this::verify);
    router.get("/forgot-password").handler(ctx -> views.page(ctx, "account/forgot-password",
        Map.of("sent", ctx.request().getParam("sent") != null, "form", Map.of())).onFailure(ctx::fail));
    router.post("/forgot-password").handler(this::forgot);
    router.get("/reset-password").handler(ctx -> views.page(ctx, "account/reset-password",
        Map.of("token", token(ctx.request().getParam("token")))).onFailure(ctx::fail));
    router.post("/reset-password").handler(this::reset);
    router.get(SETTINGS).handler(Forms::signInFirst).handler(this::settings);
    router.post(SETTINGS + "/verification").handler(Forms::signInFirst).handler(this::resend);
    router.post(SETTINGS + "/password").handler(Forms::signInFirst).handler(this::changePassword);
    router.post(SETTINGS + "/email").handler(Forms::signInFirst).handler(this::changeEmail);
  }

  private void verifyPage(RoutingContext ctx) {
    Map<String, Object> model = new HashMap<>();
    model.put("token", token(ctx.request().getParam("token")));
    model.put("done", ctx.request().getParam("done") != null);
    views.page(ctx, "account/verify-email", model).onFailure(ctx::fail);
  }

  private void verify(RoutingContext ctx) {
    JsonObject form = Forms.json(ctx, Set.of());
    Forms.submit(() -> lifecycle.verify(LifecycleRequests.TokenUse.from(form).token(), WebContext.address(ctx)),
        done -> Forms.redirect(ctx, "/verify-email?done=1"),
        err -> Forms.reshow(ctx, views, err, "account/verify-email", "verify.error",
            Map.of("token", token(form.getString("token")), "failed", true,
                "error", I18n.text(Languages.of(ctx), err instanceof Conflict ? "verify.taken" : "verify.failed"))));
  }

  private void forgot(RoutingContext ctx) {
    JsonObject form = Forms.json(ctx, Set.of());
    Forms.submit(() -> lifecycle.requestReset(LifecycleRequests.ResetRequest.from(form).email(), WebContext.address(ctx)),
        done -> Forms.redirect(ctx, "/forgot-password?sent=1"),
        err -> Forms.reshow(ctx, views, err, "account/forgot-password", "forgot.error", withTooMany(ctx, err,
            Map.of("form", Map.of("email", form.getString("email", ""))))));
  }

  private void reset(RoutingContext ctx) {
    JsonObject form = Forms.json(ctx, Set.of());
    Forms.submit(() -> lifecycle.confirmReset(LifecycleRequests.ResetConfirm.from(form), WebContext.address(ctx)),
        done -> Forms.redirect(ctx, "/login?reset=1"),
        err -> {
          Map<String, Object> model = new HashMap<>();
          model.put("token", token(form.getString("token")));
          if (err instanceof Invalid invalid && invalid.errors().stream().anyMatch(e -> e.field().equals("token"))) {
            model.put("badLink", true);
          }
          Forms.reshow(ctx, views, err, "account/reset-password", "reset.error", model);
        });
  }

  private void settings(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    views.render(ctx, "account/settings", lifecycle.status(viewer).map(status -> model(ctx, status)));
  }

  private Map<String, Object> model(RoutingContext ctx, AccountLifecycle.Status status) {
    Map<String, Object> model = new HashMap<>();
    model.put("email", status.email());
    model.put("verified", status.verified());
    status.pendingEmail().ifPresent(pending -> model.put("pendingEmail", pending));
    for (String flag : Set.of("sent", "passwordChanged", "emailRequested")) {
      model.put(flag, ctx.request().getParam(flag) != null);
    }
    model.put("errors", Map.of());
    return model;
  }

  private void resend(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    Forms.submit(() -> lifecycle.resend(viewer), done -> Forms.redirect(ctx, SETTINGS + "?sent=1"),
        err -> reshowSettings(ctx, viewer, err, "verificationError"));
  }

  private void changePassword(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    JsonObject form = Forms.json(ctx, Set.of());
    Forms.submit(() -> lifecycle.changePassword(viewer, LifecycleRequests.PasswordChange.from(form), WebContext.address(ctx)),
        done -> Forms.redirect(ctx, SETTINGS + "?passwordChanged=1"),
        err -> reshowSettings(ctx, viewer, err, "passwordError"));
  }

  /** The address form's password field is {@code emailPassword} on the page, as the password form has its own. */
  private void changeEmail(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    JsonObject form = Forms.json(ctx, Set.of());
    JsonObject body = new JsonObject().put("email", form.getValue("email")).put("password", form.getValue("emailPassword"));
    Forms.submit(() -> lifecycle.changeEmail(viewer, LifecycleRequests.EmailChange.from(body), WebContext.address(ctx)),
        done -> Forms.redirect(ctx, SETTINGS + "?emailRequested=1"),
        err -> reshowSettings(ctx, viewer, renamed(err), "emailError", Map.of("newEmail", form.getString("email", ""))));
  }

  private void reshowSettings(RoutingContext ctx, Viewer viewer, Throwable err, String messageKey) {
    reshowSettings(ctx, viewer, err, messageKey, Map.of());
  }

  private void reshowSettings(RoutingContext ctx, Viewer viewer, Throwable err, String place, Map<String, Object> extra) {
    Forms.reshow(ctx, views, err, "account/settings", "settings.error", () -> lifecycle.status(viewer).map(status -> {
      Map<String, Object> model = model(ctx, status);
      model.putAll(extra);
      String lang = Languages.of(ctx);
      if (err instanceof RetryLater) model.put(place, I18n.text(lang, "settings.tooMany"));
      else if (err instanceof Conflict) model.put(place, I18n.text(lang, place.equals("emailError") ? "register.emailTaken"
          : "settings.alreadyVerified"));
      return withTooMany(ctx, err, model);
    }));
  }

  private static Invalid renamedInvalid(Invalid invalid) {
    return new Invalid(invalid.errors().stream()
        .map(e -> e.field().equals("password") ? new FieldError("emailPassword", e.message()) : e).toList());
  }

  private static Throwable renamed(Throwable err) {
    return err instanceof Invalid invalid ? renamedInvalid(invalid) : err;
  }

  private static Map<String, Object> withTooMany(RoutingContext ctx, Throwable err, Map<String, Object> model) {
    if (!(err instanceof RetryLater)) return model;
    Map<String, Object> shown = new HashMap<>(model);
    shown.put("error", I18n.text(Languages.of(ctx), "settings.tooMany"));
    return shown;
  }

  /** A token as links carry it (URL-safe base64), or empty: nothing else is put back into a page. */
  private static String token(String token) {
    return token != null && token.length() <= 200 && token.matches("[A-Za-z0-9_-]+") ? token : "";
  }
}
