package org.ntc.hub.account;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ntc.hub.platform.OrganisationType;
import org.ntc.hub.platform.Authentication;
import org.ntc.hub.platform.Conflict;
import org.ntc.hub.platform.Forms;
import org.ntc.hub.notification.Notification;
import org.ntc.hub.notification.NotificationService;
import org.ntc.hub.platform.I18n;
import org.ntc.hub.platform.Invalid;
import org.ntc.hub.platform.Times;
import org.ntc.hub.platform.Languages;
import org.ntc.hub.platform.Paging;
import org.ntc.hub.platform.TooManyAttempts;
import org.ntc.hub.platform.Viewer;
import org.ntc.hub.platform.SecurityHeaders;
import org.ntc.hub.platform.Views;
import org.ntc.hub.platform.WebContext;
import org.ntc.hub.showcase.ShowcaseService;
import org.ntc.hub.training.MyTraining;
import org.ntc.hub.training.TrainingService;

/** Sign-in, registration and the account page, for browsers; the same service as the API. */
public final class AccountPages {
  private final AccountService accounts;
  private final ShowcaseService showcases;
  private final TrainingService trainings;
  private final Views views;
  private final NotificationService notifications;

  /** The day's needs in followed categories, from the feature that holds them. */
  public interface Digest {
    Future<List<JsonObject>> of(Viewer viewer, String lang);
  }

  private Digest digest = (viewer, lang) -> Future.succeededFuture(List.of());

  public AccountPages withDigest(Digest digest) {
    this.digest = digest;
    return this;
  }

  public AccountPages(AccountService accounts, ShowcaseService showcases, TrainingService trainings,
                      NotificationService notifications, Views views) {
    this.notifications = notifications;
    this.accounts = accounts;
    this.showcases = showcases;
    this.trainings = trainings;
    this.views = views;
  }

  public void mount(Router router) {
    router.get("/login").handler(ctx -> views.page(ctx, "account/login", Map.of()).onFailure(ctx::fail));
    router.post("/login").handler(this::login);
    router.get("/register").handler(ctx -> views.page(ctx, "account/register", Map.of()).onFailure(ctx::fail));
    router.post("/register").handler(this::register);
    router.post("/logout").handler(ctx -> {
      Viewer viewer = WebContext.viewer(ctx);
      if (!viewer.signedIn()) {
        Forms.redirect(ctx, "/");
        return;
      }
      accounts.logout(viewer, WebContext.address(ctx)).onSuccess(done -> {
        Authentication.clearCookie(ctx);
        Forms.redirect(ctx, "/");
      }).onFailure(ctx::fail);
    });
    router.get("/account").handler(this::show);
    router.post("/account/profile").handler(this::updateProfile);
    router.post("/account/erase").handler(this::erase);
    router.post("/account/calendar-feed").handler(ctx -> trainings.rotateFeed(WebContext.viewer(ctx))
        .compose(feed -> accounts.me(WebContext.viewer(ctx)).compose(me -> views.page(ctx, "account/feed",
            Map.of("url", SecurityHeaders.publicUrl(ctx) + feed.path()))))
        .onFailure(ctx::fail));
  }

  private void login(RoutingContext ctx) {
    JsonObject form = Forms.json(ctx, Set.of());
    String lang = Languages.of(ctx);
    try {
      accounts.login(Credentials.from(form), WebContext.address(ctx)).onSuccess(signedIn -> {
        Authentication.setCookie(ctx, signedIn.token());
        Forms.redirect(ctx, "/account");
      }).onFailure(err -> loginFailed(ctx, form, err, lang));
    } catch (RuntimeException err) {
      loginFailed(ctx, form, err, lang);
    }
  }

  private void loginFailed(RoutingContext ctx, JsonObject form, Throwable err, String lang) {
    if (!Forms.shownOnForm(err)) {
      ctx.fail(err);
      return;
    }
    String message = err instanceof TooManyAttempts ? I18n.text(lang, "login.tooMany") : I18n.text(lang, "login.failed");
    if (err instanceof TooManyAttempts tooMany) ctx.response().putHeader("Retry-After", String.valueOf(tooMany.retryAfterSeconds()));
    views.page(ctx, Forms.status(err), "account/login", Map.of("email", form.getString("email", ""), "error", message))
        .onFailure(ctx::fail);
  }

  private void register(RoutingContext ctx) {
    JsonObject form = Forms.json(ctx, Set.of());
    String lang = Languages.of(ctx);
    Forms.submit(() -> {
      NewAccount account = NewAccount.from(form, lang);
      return accounts.register(account, WebContext.address(ctx))
          .compose(created -> accounts.login(new Credentials(account.email(), account.password()), WebContext.address(ctx)));
    }, signedIn -> {
      Authentication.setCookie(ctx, signedIn.token());
      Forms.redirect(ctx, "/account");
    }, err -> registerFailed(ctx, form, err, lang));
  }

  private void registerFailed(RoutingContext ctx, JsonObject form, Throwable err, String lang) {
    Map<String, Object> model = new HashMap<>();
    model.put("form", Map.of("name", form.getString("name", ""), "email", form.getString("email", "")));
    if (err instanceof Conflict) model.put("error", I18n.text(lang, "register.emailTaken"));
    if (err instanceof TooManyAttempts) model.put("error", I18n.text(lang, "register.tooMany"));
    Forms.reshow(ctx, views, err, "account/register", "register.error", model);
  }

  private void show(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    if (!viewer.signedIn()) {
      Forms.redirect(ctx, "/login");
      return;
    }
    String lang = Languages.of(ctx);
    views.render(ctx, "account/show", accounts.me(viewer).compose(me -> Future.all(companyDesk(viewer, lang), trainings.mine(viewer),
            notifications.recent(viewer, 20), digest.of(viewer, lang))
        .map(all -> {
          Map<String, Object> model = accountModel(me, ctx, Map.of());
          String zone = Times.zoneOf(viewer.staffContactPoint().orElse("seinajoki")).getId();
          model.put("notifications", all.<List<Notification>>resultAt(2).stream().map(n -> Map.<String, Object>of(
              "id", n.id().toString(), "text", n.text(lang), "link", n.link(), "unread", n.readAt() == null,
              "at", Times.rfc3339(n.createdAt()), "atText", Times.shown(n.createdAt(), zone, lang))).toList());
          model.put("unread", viewer.unreadNotifications());
          model.put("digest", all.<List<JsonObject>>resultAt(3).stream().map(JsonObject::getMap).toList());
          model.put("companies", all.resultAt(0));
          model.put("myTrainings", all.<List<MyTraining>>resultAt(1).stream().map(t -> Map.<String, Object>of(
              "id", t.trainingId().toString(), "title", t.title().in(lang), "status", t.status().label(lang),
              "attended", t.attended())).toList());
          return model;
        })));
  }

  private void updateProfile(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    if (!viewer.signedIn()) {
      Forms.redirect(ctx, "/login");
      return;
    }
    JsonObject form = Forms.json(ctx, Set.of("languages"));
    JsonObject visibility = new JsonObject();
    for (String field : ProfileChange.FIELDS_WITH_VISIBILITY) {
      Object level = form.remove("visibility." + field);
      if (level != null) visibility.put(field, level);
    }
    if (!form.containsKey("languages")) form.put("languages", new io.vertx.core.json.JsonArray());
    form.put("visibility", visibility);
    String lang = Languages.of(ctx);
    try {
      accounts.updateProfile(viewer, ProfileChange.from(form))
          .onSuccess(me -> Forms.redirect(ctx, "/account?saved=1"))
          .onFailure(err -> profileFailed(ctx, viewer, err, lang));
    } catch (RuntimeException err) {
      profileFailed(ctx, viewer, err, lang);
    }
  }

  private void profileFailed(RoutingContext ctx, Viewer viewer, Throwable err, String lang) {
    if (!Forms.shownOnForm(err)) {
      ctx.fail(err);
      return;
    }
    accounts.me(viewer)
        .compose(me -> views.page(ctx, Forms.status(err), "account/show",
            accountModel(me, ctx, Forms.fieldErrors(err, lang, "profile.error"))))
        .onFailure(ctx::fail);
  }

  private void erase(RoutingContext ctx) {
    Viewer viewer = WebContext.viewer(ctx);
    if (!viewer.signedIn()) {
      Forms.redirect(ctx, "/login");
      return;
    }
    if (!"yes".equals(ctx.request().getFormAttribute("confirm"))) {
      Forms.redirect(ctx, "/account?confirmErase=1#erase");
      return;
    }
    String lang = Languages.of(ctx);
    try {
      accounts.erase(viewer, Credentials.confirmation(Forms.json(ctx, Set.of())), WebContext.address(ctx)).onSuccess(done -> {
        Authentication.clearCookie(ctx);
        Forms.redirect(ctx, "/?erased=1");
      }).onFailure(err -> eraseFailed(ctx, viewer, err, lang));
    } catch (RuntimeException err) {
      eraseFailed(ctx, viewer, err, lang);
    }
  }

  private void eraseFailed(RoutingContext ctx, Viewer viewer, Throwable err, String lang) {
    if (!Forms.shownOnForm(err)) {
      ctx.fail(err);
      return;
    }
    String message = err instanceof TooManyAttempts ? I18n.text(lang, "login.tooMany")
        : err instanceof Invalid ? I18n.text(lang, "account.erasePasswordMissing")
        : I18n.text(lang, "account.erasePasswordWrong");
    if (err instanceof TooManyAttempts tooMany) ctx.response().putHeader("Retry-After", String.valueOf(tooMany.retryAfterSeconds()));
    accounts.me(viewer)
        .compose(me -> {
          Map<String, Object> model = accountModel(me, ctx, Map.of());
          model.put("eraseError", message);
          return views.page(ctx, Forms.status(err), "account/show", model);
        })
        .onFailure(ctx::fail);
  }

  /** A message to a company, its time in words in the reader's zone. */
  private static Map<String, Object> message(JsonObject message, Viewer viewer, String lang) {
    Map<String, Object> shown = new java.util.HashMap<>(message.getMap());
    String zone = Times.zoneOf(viewer.staffContactPoint().orElse("seinajoki")).getId();
    shown.put("atText", Times.shown(java.time.OffsetDateTime.parse(message.getString("at")), zone, lang));
    return shown;
  }

  /** For company members: their organisations' showcases with views and contacts, and the messages received. */
  private Future<List<Map<String, Object>>> companyDesk(Viewer viewer, String lang) {
    List<Future<Map<String, Object>>> desks = viewer.memberships().stream()
        .filter(m -> m.type() == OrganisationType.COMPANY)
        .map(m -> Future.all(showcases.ofOrganisation(m.organisationId(), viewer, lang),
                showcases.messages(m.organisationId(), viewer, new Paging(1, 10)))
            .map(all -> Map.<String, Object>of(
                "name", m.organisationName(),
                "showcases", all.<List<JsonObject>>resultAt(0).stream().map(sc -> Map.<String, Object>of(
                    "id", sc.getString("id"), "title", sc.getString("title"),
                    "status", I18n.text(lang, "showcase.status." + sc.getString("status")),
                    "views", sc.getJsonObject("stats").getLong("views"),
                    "contacts", sc.getJsonObject("stats").getLong("contacts"))).toList(),
                "messages", all.<JsonObject>resultAt(1).getJsonArray("items").stream()
                    .map(msg -> message((JsonObject) msg, viewer, lang)).toList())))
        .toList();
    return Future.all(desks).map(all -> desks.stream().map(Future::result).toList());
  }

  private static Map<String, Object> accountModel(JsonObject me, RoutingContext ctx, Map<String, Object> errors) {
    Map<String, Object> model = new HashMap<>();
    model.put("me", me.getMap());
    JsonObject profile = me.getJsonObject("profile");
    List<?> spoken = profile.getJsonArray("languages").getList();
    model.put("spoken", ProfileChange.SPOKEN.stream().sorted()
        .map(code -> Map.of("code", code, "checked", spoken.contains(code))).toList());
    JsonObject visibility = profile.getJsonObject("visibility");
    model.put("visibility", ProfileChange.FIELDS_WITH_VISIBILITY.stream().sorted()
        .map(field -> Map.of("field", field, "levels", ProfileChange.LEVELS.stream().sorted()
            .map(level -> Map.of("level", level, "selected", level.equals(visibility.getString(field, "members")))).toList()))
        .toList());
    model.put("locales", I18n.LANGUAGES.stream().map(code -> Map.of("code", code, "label", I18n.text(code, "language.name"),
        "selected", code.equals(me.getString("locale")))).toList());
    model.put("errors", errors);
    model.put("saved", ctx.request().getParam("saved") != null);
    model.put("confirmErase", ctx.request().getParam("confirmErase") != null);
    return model;
  }
}
